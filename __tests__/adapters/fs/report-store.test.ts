import { describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DirectoryReportStore } from '../../../src/adapters/fs/report-store.js';

describe('DirectoryReportStore', () => {
  it('writes the whole report under its name and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-store-'));
    const file = await new DirectoryReportStore(dir).write('Run_1', ['{"a":', '1}']);
    expect(file).toBe(path.join(dir, 'Run_1.json'));
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['Run_1.json']);
  });

  it('never overwrites: a second report with the same name gets _2', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-store-'));
    const store = new DirectoryReportStore(dir);
    await store.write('Run', ['"first"']);
    const second = await store.write('Run', ['"second"']);
    expect(path.basename(second)).toBe('Run_2.json');
    expect(await readFile(path.join(dir, 'Run.json'), 'utf8')).toBe('"first"\n');
    expect((await readdir(dir)).sort()).toEqual(['Run.json', 'Run_2.json']);
  });

  it('leaves nothing behind when the report cannot be produced', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-store-'));
    function* failing(): Generator<string> {
      yield '{';
      throw new Error('report builder broke');
    }
    await expect(new DirectoryReportStore(dir).write('Run', failing())).rejects.toThrow(
      'report builder broke',
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

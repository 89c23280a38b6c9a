import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readReportDirectory, readReportFiles } from '../../../src/adapters/fs/baseline-reports.js';

const report = (name: string) => JSON.stringify({ benchmark_name: name, models: [] });

describe('baseline report files', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-baseline-files-'));
    mkdirSync(path.join(dir, 'base', 'nested'), { recursive: true });
    writeFileSync(path.join(dir, 'base', 'math.json'), report('Simple Math'));
    writeFileSync(path.join(dir, 'base', 'nested', 'strings.json'), report('Strings'));
    writeFileSync(path.join(dir, 'base', 'notes.json'), '{"hello": 1}');
    writeFileSync(path.join(dir, 'base', 'broken.json'), '{');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the reports a glob names and says which files it skipped and why', async () => {
    const read = await readReportFiles(['base/*.json', 'missing/*.json'], dir);

    expect(read.reports.map((r) => [path.relative(dir, r.path), r.report.benchmark_name])).toEqual([
      [path.join('base', 'math.json'), 'Simple Math'],
    ]);
    expect(read.skipped).toEqual([
      '"missing/*.json" matches no file',
      expect.stringMatching(/broken\.json: .*JSON/),
      expect.stringMatching(/notes\.json: not an exbench report \(benchmark_name: /),
    ]);
  });

  it('says a named file that is not there could not be read', async () => {
    const read = await readReportFiles(['base/gone.json'], dir);

    expect(read.reports).toEqual([]);
    expect(read.skipped).toEqual([expect.stringMatching(/gone\.json: .*ENOENT: no such file/)]);
  });

  it('reads every report under a folder, nested ones too', async () => {
    const read = await readReportDirectory(path.join(dir, 'base'));

    expect(read.reports.map((r) => r.report.benchmark_name).sort()).toEqual(['Simple Math', 'Strings']);
    expect(read.skipped).toHaveLength(2);
  });

  it('says so when a folder holds no JSON file', async () => {
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);

    expect(await readReportDirectory(empty)).toEqual({ reports: [], skipped: [`no JSON file in ${empty}`] });
  });
});

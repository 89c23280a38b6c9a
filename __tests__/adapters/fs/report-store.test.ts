import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import os from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DirectoryReportStore } from '../../../src/adapters/fs/report-store.js';
import { parseBenchmarkFile } from '../../../src/config/benchmark-file.js';
import { runBenchmarkJob } from '../../../src/app/benchmark-job.js';
import { ConfigurationError } from '../../../src/errors.js';
import type { ReportStore } from '../../../src/ports.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../../support/fakes.js';

const scratch = (): string => mkdtempSync(path.join(tmpdir(), 'exbench-store-'));

describe('DirectoryReportStore.prepare', () => {
  it('creates a missing folder and leaves nothing behind', async () => {
    const dir = path.join(scratch(), 'a', 'b');
    await new DirectoryReportStore(dir).prepare();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses a path that is a file, naming how it was given, the path and the reason', async () => {
    const file = path.join(scratch(), 'report.json');
    writeFileSync(file, '{}');
    const store = new DirectoryReportStore(file, '--output-dir');
    await expect(store.prepare()).rejects.toThrow(ConfigurationError);
    await expect(store.prepare()).rejects.toThrow(
      new RegExp(`^--output-dir: cannot write reports to ${file} \\((EEXIST|ENOTDIR)`),
    );
  });

  // Root writes anywhere; the runner and most users do not.
  const unprivileged = typeof process.getuid === 'function' && process.getuid() !== 0;
  (unprivileged ? it : it.skip)('refuses a read-only folder', async () => {
    const dir = scratch();
    chmodSync(dir, 0o555);
    await expect(new DirectoryReportStore(dir).prepare()).rejects.toThrow(/EACCES/);
  });
});

describe('runBenchmarkJob and the report', () => {
  const benchmark = parseBenchmarkFile(
    'benchmark_name: "Say"\nbase_prompt: "say {{w}}"\nevaluator: raw_string_evaluator\nprompts:\n  - dynamic_variables: { w: "hi" }\n    expectation: "hi"\n',
    'say.yaml',
  );
  const ports = () => {
    const server = new FakeModelServer(() => generation({ response: 'hi' }));
    server.local.add('m');
    return {
      server,
      runner: new FakeCodeRunner(),
      clock: new FakeClock(),
      logger: new RecordingLogger(),
      redact: (text: string) => text,
    };
  };
  const meta = { exbenchVersion: 'test', benchmarkPath: 'say.yaml' };

  it('checks the report folder before the first request', async () => {
    const file = path.join(scratch(), 'not-a-folder');
    writeFileSync(file, '');
    const p = ports();
    await expect(
      runBenchmarkJob(
        benchmark,
        runSettings({ models: ['m'] }),
        { ...p, reports: new DirectoryReportStore(file) },
        meta,
      ),
    ).rejects.toThrow(ConfigurationError);
    expect(p.server.requests).toEqual([]);
  });

  it('writes the report to the fallback folder when the write fails at the end, and says where', async () => {
    const failing: ReportStore = {
      location: '/gone',
      prepare: () => Promise.resolve(),
      write: () => Promise.reject(new Error('ENOSPC: no space left on device')),
      writeFolder: () => Promise.reject(new Error('ENOSPC: no space left on device')),
    };
    const fallbackDir = scratch();
    const p = ports();
    const job = await runBenchmarkJob(
      benchmark,
      runSettings({ models: ['m'] }),
      { ...p, reports: failing, fallbackReports: new DirectoryReportStore(fallbackDir) },
      meta,
    );
    expect(path.dirname(job.reportPath)).toBe(fallbackDir);
    expect(readdirSync(fallbackDir)).toHaveLength(1);
    const errors = p.logger.lines.filter((l) => l.level === 'error').map((l) => l.message);
    expect(errors).toContainEqual(expect.stringContaining('could not write the report to /gone (ENOSPC'));
  });
});

describe('DirectoryReportStore', () => {
  it('writes the whole report under its name and leaves no temporary file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-store-'));
    const file = await new DirectoryReportStore(dir).write('Run_1', ['{"a":', '1}']);
    expect(file).toBe(path.join(dir, 'Run_1.json'));
    expect(await readFile(file, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['Run_1.json']);
  });

  it('writes a report of many pieces byte for byte: multi-byte text across writes, pieces larger than a write', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-store-'));
    const pieces = [
      ...Array.from({ length: 30_000 }, (_, i) => `"row ${i}: 24 ✓ 数学 🧮",`),
      'x'.repeat(200_000),
      '"end"',
    ];
    async function* asynchronously(): AsyncGenerator<string> {
      for (const piece of pieces) yield await Promise.resolve(piece);
    }
    const store = new DirectoryReportStore(dir);
    const file = await store.write('Many', pieces);
    const folder = await store.writeFolder('Folder', [{ name: 'report.json', chunks: asynchronously() }]);
    expect(await readFile(file, 'utf8')).toBe(`${pieces.join('')}\n`);
    expect(await readFile(folder[0] ?? '', 'utf8')).toBe(pieces.join(''));
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

describe('DirectoryReportStore.writeFolder', () => {
  const files = (tag: string) => [
    { name: 'Run.json', chunks: [`{"run":"${tag}"}`] },
    { name: 'models/a.json', chunks: ['{"model":"a"}'] },
    { name: 'index.html', chunks: ['<!DOCTYPE html>'] },
  ];

  it('writes every file into the folder, as given, and returns their paths in order', async () => {
    const dir = scratch();
    const written = await new DirectoryReportStore(dir).writeFolder('Run', files('first'));
    const folder = path.join(dir, 'Run');
    expect(written).toEqual([
      path.join(folder, 'Run.json'),
      path.join(folder, 'models', 'a.json'),
      path.join(folder, 'index.html'),
    ]);
    expect(await readFile(path.join(folder, 'Run.json'), 'utf8')).toBe('{"run":"first"}');
    expect(await readdir(dir)).toEqual(['Run']);
  });

  it('never replaces a folder: a second one with the same name gets _2, an empty one too', async () => {
    const dir = scratch();
    const store = new DirectoryReportStore(dir);
    await store.writeFolder('Run', files('first'));
    const second = await store.writeFolder('Run', files('second'));
    expect(path.relative(dir, second[0] ?? '')).toBe(path.join('Run_2', 'Run.json'));
    expect(await readFile(path.join(dir, 'Run', 'Run.json'), 'utf8')).toBe('{"run":"first"}');
  });

  it('leaves no folder when a file cannot be produced, and refuses a name that leaves the folder', async () => {
    const dir = scratch();
    function* failing(): Generator<string> {
      yield '<';
      throw new Error('renderer broke');
    }
    const store = new DirectoryReportStore(dir);
    await expect(store.writeFolder('Run', [{ name: 'index.html', chunks: failing() }])).rejects.toThrow(
      'renderer broke',
    );
    await expect(store.writeFolder('Run', [{ name: '../escaped.json', chunks: ['{}'] }])).rejects.toThrow(
      'is not a relative path',
    );
    expect(await readdir(dir)).toEqual([]);
  });
});

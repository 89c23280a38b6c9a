/** Fields exbench does not know are warned of before the run, once each, with where they are. */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DirectoryReportStore } from '../../src/adapters/fs/report-store.js';
import { runBenchmarkJob } from '../../src/app/benchmark-job.js';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

const FILE = `benchmark_name: "Notes"
base_prompt: "Say {{word}}"
evaluator: raw_string_evaluator
author: someone
prompts:
  - dynamic_variables: { word: a }
    expectation: a
    note: first
  - dynamic_variables: { word: b }
    expectation: b
    note: second
  - dynamic_variables: { word: c }
    expectation: c
    source: book
`;

describe('a file with fields exbench does not know', () => {
  it('warns of each once, with its line and rows, and runs every row', async () => {
    const server = new FakeModelServer((request) => generation({ response: request.prompt.slice(4) }));
    server.local.add('m1');
    const logger = new RecordingLogger();
    const job = await runBenchmarkJob(
      parseBenchmarkFile(FILE, 'notes.yaml'),
      runSettings({ models: ['m1'] }),
      {
        server,
        runner: new FakeCodeRunner(),
        clock: new FakeClock(),
        logger,
        redact: (text: string) => text,
        reports: new DirectoryReportStore(mkdtempSync(path.join(tmpdir(), 'exbench-unknown-'))),
      },
      { exbenchVersion: 'test', benchmarkPath: 'notes.yaml' },
    );
    expect(logger.lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([
      'notes.yaml: unknown field "author" is ignored',
      'notes.yaml:8: unknown field "note" in 2 rows (the first is row 1) is ignored',
      'notes.yaml:14: unknown field "source" in row 3 is ignored',
    ]);
    expect(job.run.models[0]?.rows.map((row) => row.status)).toEqual(['passed', 'passed', 'passed']);
  });
});

/**
 * A run with a journal holds its results slimmed and writes the report's results back from the
 * journal. What a user sees must not change: the report equals the one a run without a journal
 * writes, every prompt and answer included, also past the failing results held whole.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { DirectoryReportStore } from '../../src/adapters/fs/report-store.js';
import { runBenchmarkJob } from '../../src/app/benchmark-job.js';
import { WHOLE_FAILING_ROWS_KEPT } from '../../src/app/run-journal.js';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import type { GenerateRequest } from '../../src/ports.js';
import type { Report } from '../../src/report/report-schema.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

/** More failing rows than are held whole, then passing ones; every prompt names its row. */
const ROWS = WHOLE_FAILING_ROWS_KEPT + 20;
const SECRET = 'sk-journal-secret-1234';

const benchmark = parseBenchmarkFile(
  [
    'benchmark_name: "Echo"',
    'base_prompt: "Say word {{w}}"',
    'evaluator: raw_string_evaluator',
    'prompts:',
    ...Array.from({ length: ROWS }, (_, i) => [
      `  - dynamic_variables: { w: "w${i}" }`,
      `    expectation: "w${i}"`,
    ]).flat(),
  ].join('\n'),
  'echo.yaml',
);

/** Long enough that a slimmed row would not keep it whole. */
const PADDING = ' and so on'.repeat(40);

/**
 * Rows below WHOLE_FAILING_ROWS_KEPT + 10 are answered wrong, at length and leaking the secret; the
 * rest right.
 */
function answer(request: GenerateRequest) {
  const word = /word (w\d+)/.exec(request.prompt)?.[1] ?? '';
  const index = Number(word.slice(1));
  return generation({
    response: index < WHOLE_FAILING_ROWS_KEPT + 10 ? `wrong ${SECRET} for ${word}${PADDING}` : word,
  });
}

async function run(journal: boolean, formats: string[] = ['json']) {
  const dir = mkdtempSync(path.join(tmpdir(), 'exbench-journaled-'));
  const server = new FakeModelServer(answer);
  server.local.add('m1');
  server.local.add('m2');
  const result = await runBenchmarkJob(
    benchmark,
    runSettings({ models: ['m1', 'm2'], formats: formats as never }),
    {
      server,
      runner: new FakeCodeRunner(),
      clock: new FakeClock(),
      logger: new RecordingLogger(),
      redact: (text: string) => text.replaceAll(SECRET, '***'),
      reports: new DirectoryReportStore(dir),
      journal,
    },
    { exbenchVersion: 'test', benchmarkPath: 'echo.yaml' },
  );
  const text = readFileSync(result.reportPath, 'utf8');
  return { result, text, report: JSON.parse(text) as Report };
}

describe('the report of a run with a journal', () => {
  it('is the report a run without one writes, every prompt and answer in it', async () => {
    const [held, journaled] = [await run(false), await run(true)];
    expect(journaled.report).toEqual(held.report);
    const results = journaled.report.models.flatMap((model) => model.results);
    expect(results).toHaveLength(2 * ROWS);
    const last = results.at(-1);
    expect(last?.input_prompt).toBe(`Say word w${ROWS - 1}`);
    expect(last?.prompt_response.response).toBe(`w${ROWS - 1}`);
    // A failing row past those held whole still has its answer, redacted.
    const lateFailure = journaled.report.models[1]?.results[WHOLE_FAILING_ROWS_KEPT + 5];
    expect(lateFailure?.prompt_response.response).toBe(
      `wrong *** for w${WHOLE_FAILING_ROWS_KEPT + 5}${PADDING}`,
    );
    expect(journaled.text).not.toContain(SECRET);
  });

  it('keeps what a comparison reads in the report handed back', async () => {
    const [held, journaled] = [await run(false), await run(true)];
    const verdicts = (report: Report) =>
      report.models.map((model) => model.results.map((r) => [r.index, r.status, r.reason, r.yaml_line]));
    expect(verdicts(journaled.result.report)).toEqual(verdicts(held.result.report));
    expect(journaled.result.report.models.map((m) => m.accuracy)).toEqual(
      held.result.report.models.map((m) => m.accuracy),
    );
  });

  it('writes every result whole into the other formats too', async () => {
    const { result } = await run(true, ['json', 'csv']);
    const csvFile = result.reportFiles.find((file) => file.endsWith('.csv') && !file.endsWith('.models.csv'));
    expect(csvFile).toBeDefined();
    const lines = parseCsv<Record<string, string>>(readFileSync(csvFile ?? '', 'utf8'), { columns: true });
    expect(lines).toHaveLength(2 * ROWS);
    const late = WHOLE_FAILING_ROWS_KEPT + 5;
    expect(lines[ROWS + late]?.execution_result).toBe(`wrong *** for w${late}${PADDING}`);
    expect(lines.at(-1)?.execution_result).toBe(`w${ROWS - 1}`);
  });
});

describe('the report files of a benchmark whose name holds a secret', () => {
  it('are named with the secret hidden, journal and format folder too', async () => {
    const named = parseBenchmarkFile(
      [
        `benchmark_name: "Echo ${SECRET}"`,
        'base_prompt: "Say word {{w}}"',
        'evaluator: raw_string_evaluator',
        'prompts:',
        '  - dynamic_variables: { w: "w0" }',
        '    expectation: "w0"',
      ].join('\n'),
      'named.yaml',
    );
    for (const formats of [['json'], ['json', 'csv']]) {
      const dir = mkdtempSync(path.join(tmpdir(), 'exbench-named-'));
      const server = new FakeModelServer(answer);
      server.local.add('m1');
      const result = await runBenchmarkJob(
        named,
        runSettings({ models: ['m1'], formats: formats as never }),
        {
          server,
          runner: new FakeCodeRunner(),
          clock: new FakeClock(),
          logger: new RecordingLogger(),
          redact: (text: string) => text.replaceAll(SECRET, '***'),
          reports: new DirectoryReportStore(dir),
          journal: true,
        },
        { exbenchVersion: 'test', benchmarkPath: 'named.yaml' },
      );
      const names = readdirSync(dir, { recursive: true }).map(String);
      expect(names.length).toBeGreaterThan(1);
      expect(names.filter((name) => name.includes(SECRET))).toEqual([]);
      expect(result.reportFiles.every((file) => readFileSync(file).length > 0)).toBe(true);
    }
  });
});

import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { buildJsonReport, MEASUREMENT_NOTES } from '../../src/report/json-report.js';
import { FIXTURE_REPORT, missingFields, shape } from '../support/predecessor-files.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { ModelServerError } from '../../src/ports.js';
import { readReport, reportSchema, REPORT_FORMAT } from '../../src/report/report-schema.js';

const predecessor = JSON.parse(readFileSync(FIXTURE_REPORT, 'utf8')) as unknown;

const FILE = parseBenchmarkFile(
  `benchmark_name: "Simple Function Coder Micro"
purpose: "Evaluate"
base_prompt: "Write {{function}} and call it with {{arguments}}"
evaluator: "execute_python_code_with_string_output"
prompts:
  - dynamic_variables: { function: "add", arguments: "1, 2" }
    expectation: "3.0"
  - dynamic_variables: { function: "reverse", arguments: "'ab'" }
    expectation: "ba"
`,
  'coder.yaml',
);

async function sampleReport() {
  const server = new FakeModelServer((request, call) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready', loadDurationNs: 2.5e9 });
    if (request.model === 'down') return new ModelServerError('boom', 500, true);
    return generation({ response: '```python\nprint(' + (call % 2 === 0 ? '3' : "'ba'") + ')\n```' });
  });
  server.local.add('qwen2.5-coder:1.5b');
  server.local.add('down');
  const runner = new FakeCodeRunner();
  runner.outcomes.set("print('ba')", { stdout: 'ba\n' });
  runner.outcomes.set('print(3)', { stdout: '3\n' });
  const run = await runBenchmark(FILE, runSettings({ models: ['qwen2.5-coder:1.5b'] }), {
    server,
    runner,
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
  return buildJsonReport(run, { exbenchVersion: '0.1.0', benchmarkPath: 'coder.yaml' });
}

describe('buildJsonReport', () => {
  it("keeps every field of the predecessor's report, with the same types", async () => {
    const ours = JSON.parse(JSON.stringify(await sampleReport())) as unknown;
    expect(missingFields(ours, predecessor)).toEqual([]);
    expect(shape(predecessor).size).toBeGreaterThan(30);
  });

  it('grades like the predecessor: a printed 3 matches an expected "3.0", and records the rule that judged', async () => {
    const report = await sampleReport();
    const results = report.models[0]?.results ?? [];
    expect(
      results.map((r) => [r.index, r.correct, r.execution_result, r.expected_result, r.comparison]),
    ).toEqual([
      [1, true, '3\n', '3.0', 'absolute_1e-6'],
      [2, true, 'ba\n', 'ba', 'string'],
    ]);
    expect(report).toMatchObject({
      overall_correct_count: 2,
      overall_incorrect_count: 0,
      overall_accuracy: 1,
    });
  });

  it('adds speed distributions, the warm-up load, and says how each figure was obtained', async () => {
    const report = await sampleReport();
    const model = report.models[0];
    expect(model?.decode_tokens_per_second).toMatchObject({ n: 2, median: 50, mean: 50 });
    expect(model?.time_to_first_token_ms).toMatchObject({ n: 2, median: 120 });
    expect(model?.warmup_load_duration_ms).toBe(2500);
    expect(model?.average_load_duration_ms).toBe(1);
    expect(report.measurement).toEqual(MEASUREMENT_NOTES);
    expect(report).toMatchObject({
      evaluator: 'execute_python_code_with_string_output',
      executor: 'python3',
    });
    expect(report.ollama).toEqual({ host: 'http://fake:11434', version: '0.12.0' });
    expect(report.started_at).toBe('2026-11-23T12:00:00.000Z');
  });
});

/** A run with every branch of the report: a passing model, a model that fails on the server, a skipped provider. */
async function fullReport(): Promise<unknown> {
  const server = new FakeModelServer((request) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready' });
    if (request.model === 'flaky') return new ModelServerError('connection reset', null, false);
    return generation({ response: '```python\nprint(3)\n```', thinking: 'add them' });
  });
  server.local.add('qwen2.5-coder:1.5b');
  server.local.add('flaky');
  const runner = new FakeCodeRunner();
  runner.outcomes.set('print(3)', { stdout: '3\n' });
  const file = parseBenchmarkFile(
    `benchmark_name: "Every branch"
base_prompt: "Print {{n}}"
evaluator: "execute_python_code_with_num_output"
models: ["qwen2.5-coder:1.5b", "flaky", "anthropic~claude-3-5-sonnet-latest"]
prompts:
  - dynamic_variables: { n: 3 }
    expectation: 3
`,
    'every-branch.yaml',
  );
  const run = await runBenchmark(file, runSettings({ models: [] }), {
    server,
    runner,
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
  const report = buildJsonReport(run, {
    exbenchVersion: '0.1.0',
    benchmarkPath: 'coder.yaml',
    environment: {
      os: { platform: 'linux', release: '6.8.0', version: null },
      arch: 'x64',
      cpu: { model: 'AMD EPYC', cores: 4 },
      memoryBytes: 2 ** 34,
      gpus: [{ name: 'NVIDIA T4', memory: '15360 MiB', driver: '550.1' }],
      runner: {
        imageOs: 'ubuntu24',
        imageVersion: '1',
        name: 'GitHub Actions 2',
        environment: 'github-hosted',
      },
    },
  });
  return JSON.parse(JSON.stringify(report)) as unknown;
}

describe('the report schema', () => {
  it('describes every field the writer writes: a field missing from the schema fails here, not silently', async () => {
    const written = await fullReport();
    // zod drops keys a schema does not name, so equality proves schema and writer agree field by field.
    expect(reportSchema().parse(written)).toStrictEqual(written);
    expect(written).toMatchObject({ report_format: REPORT_FORMAT });
  });

  it("reads the predecessor's report, which has no report_format", () => {
    expect(readReport(predecessor)).toMatchObject({
      ok: true,
      report: { benchmark_name: 'Fixture: String Output' },
    });
  });

  it('reads back what the writer wrote', async () => {
    expect(readReport(await fullReport())).toMatchObject({
      ok: true,
      report: { benchmark_name: 'Every branch' },
    });
  });

  it('names the field a current-format report lacks', async () => {
    const written = (await fullReport()) as { models: { status?: string }[] };
    delete written.models[1]?.status;
    expect(readReport(written)).toEqual({
      ok: false,
      problem: expect.stringMatching(/^models\[1\]\.status: /) as unknown as string,
    });
  });

  it('refuses a report_format it does not know, naming the ones it reads', () => {
    expect(readReport({ report_format: 'exbench-report/9', benchmark_name: 'Math', models: [] })).toEqual({
      ok: false,
      problem: expect.stringContaining(
        'report_format: "exbench-report/9" is not a format this exbench reads',
      ) as unknown as string,
    });
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import type { GenerateRequest } from '../../src/ports.js';
import { compareReports } from '../../src/core/regression/compare-reports.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { describePlan, expandVariants } from '../../src/core/run-targets.js';
import type { RunSettings } from '../../src/core/types.js';
import { buildJsonReport } from '../../src/report/json-report.js';
import { readReport, type Report } from '../../src/report/report-schema.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

/** `rows` rows `Print <i> + 1`, expecting `<i + 1>`, and whatever extra top-level YAML is given. */
function mathFile(rows: number, extra = '') {
  return parseBenchmarkFile(
    `benchmark_name: "Math"
base_prompt: "Print {{statement}}"
evaluator: "execute_python_code_with_num_output"
${extra}
prompts:
${Array.from({ length: rows }, (_, i) => `  - dynamic_variables: { statement: "${i} + 1" }\n    expectation: "${i + 1}"`).join('\n')}
`,
    'math.yaml',
  );
}

/** A model that prints the right sum unless `wrong(row, request)` says otherwise. */
function server(wrong: (row: number, request: GenerateRequest) => boolean = () => false): FakeModelServer {
  const fake = new FakeModelServer((request) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready' });
    const expr = request.prompt.replace('Print ', '');
    const row = Number(expr.split(' + ')[0]);
    return generation({
      response: '```python\nprint(' + (wrong(row, request) ? `${expr} + 1` : expr) + ')\n```',
    });
  });
  fake.local.add('qwen');
  fake.local.add('llama');
  return fake;
}

async function run(file: ReturnType<typeof mathFile>, fake: FakeModelServer, settings: Partial<RunSettings>) {
  const logger = new RecordingLogger();
  const result = await runBenchmark(file, runSettings(settings), {
    server: fake,
    runner: new FakeCodeRunner(),
    clock: new FakeClock(),
    logger,
  });
  const read = readReport(
    JSON.parse(
      JSON.stringify(buildJsonReport(result, { exbenchVersion: '0.1.0', benchmarkPath: 'math.yaml' })),
    ),
  );
  if (!read.ok) throw new Error(read.problem);
  return { run: result, report: read.report as Report, logger };
}

const generations = (fake: FakeModelServer) => fake.requests.filter((r) => r.prompt !== WARMUP_PROMPT);
const warmups = (fake: FakeModelServer) => fake.requests.filter((r) => r.prompt === WARMUP_PROMPT);

describe('repeats', () => {
  it('asks every row N times, varies a fixed seed per repeat and records it', async () => {
    const fake = server();
    const { report, logger } = await run(mathFile(3), fake, {
      models: ['qwen'],
      repeat: 4,
      options: { temperature: 0.7, seed: 42 },
    });
    expect(generations(fake)).toHaveLength(12);
    expect(new Set(generations(fake).map((r) => r.options?.seed))).toEqual(new Set([42, 43, 44, 45]));
    const qwen = report.models[0];
    expect(qwen?.results.filter((r) => r.index === 1).map((r) => [r.repeat, r.seed])).toEqual([
      [1, 42],
      [2, 43],
      [3, 44],
      [4, 45],
    ]);
    expect(qwen?.rows).toEqual([
      { index: 1, runs: 4, passes: 4, pass_rate: 1 },
      { index: 2, runs: 4, passes: 4, pass_rate: 1 },
      { index: 3, runs: 4, passes: 4, pass_rate: 1 },
    ]);
    expect(qwen).toMatchObject({
      repeat: 4,
      accuracy_interval_method: 'bootstrap_wilson_floor',
      pass_at_k: { '1': 1 },
    });
    expect(logger.messages('warning').join('\n')).toContain('repeat r uses seed + r - 1');
    // Told once the server answers, before any model is asked anything.
    expect(logger.messages('info').slice(0, 2)).toEqual([
      'Ollama 0.12.0 at http://fake:11434',
      'Plan: 1 model × 3 rows × 4 repeats = 12 requests',
    ]);
  });

  it('keeps the seed with fixedSeed, and says repeats will then agree', async () => {
    const fake = server();
    const { logger } = await run(mathFile(2), fake, {
      models: ['qwen'],
      repeat: 3,
      fixedSeed: true,
      options: { seed: 7 },
    });
    expect(new Set(generations(fake).map((r) => r.options?.seed))).toEqual(new Set([7]));
    expect(logger.messages('warning').join('\n')).toContain('repeats will usually give the same answer');
  });

  it("takes the file's repeat when the caller gives none, and the caller's over it", async () => {
    const file = mathFile(2, 'repeat: 3');
    const fromFile = server();
    await run(file, fromFile, { models: ['qwen'] });
    expect(generations(fromFile)).toHaveLength(6);
    const fromCaller = server();
    await run(file, fromCaller, { models: ['qwen'], repeat: 2 });
    expect(generations(fromCaller)).toHaveLength(4);
  });

  it('gives per-row pass rates and pass@k from the repeats', async () => {
    // Row 0 is right only on the first of 5 repeats (seed 0); the others always.
    const fake = server((row, request) => row === 0 && request.options?.seed !== 0);
    const { report } = await run(mathFile(2), fake, { models: ['qwen'], repeat: 5, options: { seed: 0 } });
    const qwen = report.models[0];
    expect(qwen?.rows?.map((r) => r.pass_rate)).toEqual([0.2, 1]);
    expect(qwen?.accuracy).toBeCloseTo(0.6, 12);
    // Row 0: pass@1 = 0.2, pass@5 = 1 (one of 5 passed); row 1 always passes.
    expect(qwen?.pass_at_k?.['1']).toBeCloseTo(0.6, 12);
    expect(qwen?.pass_at_k?.['5']).toBeCloseTo(1, 12);
    expect(qwen?.pass_at_k?.['10']).toBeUndefined();
  });
});

describe('sweeps', () => {
  it('names each combination of swept values, the first option varying slowest', () => {
    expect(expandVariants({ temperature: [0, 1], top_p: [0.9, 1] }).map((v) => v.name)).toEqual([
      'temperature=0, top_p=0.9',
      'temperature=0, top_p=1',
      'temperature=1, top_p=0.9',
      'temperature=1, top_p=1',
    ]);
    expect(describePlan(3, { temperature: [0, 0.5, 1] }, 12, 5)).toBe(
      '3 models × 3 temperatures × 12 rows × 5 repeats = 540 requests',
    );
  });

  it('runs every model at every swept value, as variants in the report, warming each model up once', async () => {
    const fake = server();
    const { report, logger } = await run(mathFile(2), fake, {
      models: ['qwen', 'llama'],
      sweep: { temperature: [0, 0.5, 1] },
    });
    expect(report.models.map((m) => [m.model, m.variant, m.options?.temperature])).toEqual([
      ['qwen', 'temperature=0', 0],
      ['qwen', 'temperature=0.5', 0.5],
      ['qwen', 'temperature=1', 1],
      ['llama', 'temperature=0', 0],
      ['llama', 'temperature=0.5', 0.5],
      ['llama', 'temperature=1', 1],
    ]);
    expect(generations(fake).map((r) => [r.model, r.options?.temperature])).toContainEqual(['llama', 0.5]);
    expect(warmups(fake).map((r) => r.model)).toEqual(['qwen', 'llama']);
    expect(logger.messages('info')[1]).toBe(
      'Plan: 2 models × 3 temperatures × 2 rows × 1 repeat = 12 requests',
    );
    expect(logger.groups).toContain('Model qwen @ temperature=0.5');
    expect(report.heatmap).toEqual({
      options: ['temperature'],
      models: ['qwen', 'llama'],
      variants: ['temperature=0', 'temperature=0.5', 'temperature=1'],
      success_rate: [
        [1, 1, 1],
        [1, 1, 1],
      ],
    });
  });

  it('warms up again for a swept option that changes what Ollama loads (num_ctx)', async () => {
    const fake = server();
    await run(mathFile(1), fake, { models: ['qwen'], sweep: { num_ctx: [2048, 4096] } });
    expect(warmups(fake).map((r) => r.options?.num_ctx)).toEqual([2048, 4096]);
  });

  it("sweeps the file's options unless the caller fixed that option", async () => {
    const file = mathFile(1, 'sweep: {temperature: [0, 1]}');
    const swept = await run(file, server(), { models: ['qwen'], options: {} });
    expect(swept.report.models.map((m) => m.variant)).toEqual(['temperature=0', 'temperature=1']);
    const fixed = await run(file, server(), { models: ['qwen'], options: { temperature: 0.3 } });
    expect(fixed.report.models.map((m) => m.variant)).toEqual([null]);
  });
});

describe('the gate with repeats and variants', () => {
  it('pairs each variant with its own on base and judges it by per-row pass rates', async () => {
    const file = mathFile(12);
    const settings = { models: ['qwen'], repeat: 4, options: { seed: 100 }, sweep: { temperature: [0, 1] } };
    const base = await run(file, server(), settings);
    // On head, at temperature 1 rows 0-7 are right in only one repeat of four.
    const head = await run(
      file,
      server((row, request) => request.options?.temperature === 1 && row < 8 && request.options.seed !== 100),
      settings,
    );
    const comparison = compareReports(base.report, head.report);
    expect(comparison.models.map((m) => [m.model, m.verdict])).toEqual([
      ['qwen @ temperature=0', 'unchanged'],
      ['qwen @ temperature=1', 'regressed'],
    ]);
    const hot = comparison.models[1];
    expect(hot?.accuracy).toMatchObject({ test: 'sign', pairedRows: 12, worse: 8, better: 0, head: 0.5 });
    expect(hot?.flipped[0]?.head).toMatchObject({ passRate: 0.25, results: 4 });
    expect(comparison.regressions).toEqual([
      expect.stringMatching(/^qwen @ temperature=1: accuracy 100\.0% → 50\.0%/),
    ]);
  });

  it('does not pair a variant with another, nor with the unswept model', async () => {
    const file = mathFile(4);
    const base = await run(file, server(), { models: ['qwen'], sweep: { temperature: [0] } });
    const head = await run(file, server(), { models: ['qwen'], sweep: { temperature: [1] } });
    const comparison = compareReports(base.report, head.report);
    expect(comparison.models.map((m) => [m.model, m.verdict])).toEqual([
      ['qwen @ temperature=1', 'added'],
      ['qwen @ temperature=0', 'removed'],
    ]);
  });
});

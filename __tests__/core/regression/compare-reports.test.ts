import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../../src/config/benchmark-file.js';
import { runBenchmark, WARMUP_PROMPT } from '../../../src/core/run-benchmark.js';
import { compareReports } from '../../../src/core/regression/compare-reports.js';
import type { ComparableReport } from '../../../src/core/regression/report-input.js';
import { readReport } from '../../../src/report/report-schema.js';
import { buildJsonReport } from '../../../src/report/json-report.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../../support/fakes.js';
import { environment, model, passing, report, spread, type RowSpec } from '../../support/report-factory.js';

/** 20 rows with speeds spread around the given medians. */
function rows(
  n: number,
  correct: (i: number) => boolean,
  speed: { tps?: number; ttft?: number; total?: number } = {},
): RowSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    correct: correct(i),
    tokensPerSecond: spread(speed.tps ?? 50, i, n),
    ttftMs: spread(speed.ttft ?? 120, i, n),
    totalMs: spread(speed.total ?? 2000, i, n),
  }));
}

const all = () => true;

describe('compareReports', () => {
  it('finds nothing to report when head repeats base', () => {
    const base = report([
      model('qwen', rows(20, all)),
      model(
        'llama',
        rows(20, (i) => i % 2 === 0),
      ),
    ]);
    const comparison = compareReports(base, base);
    expect(comparison.regressed).toBe(false);
    expect(comparison.regressions).toEqual([]);
    expect(comparison.models.map((m) => [m.model, m.verdict])).toEqual([
      ['qwen', 'unchanged'],
      ['llama', 'unchanged'],
    ]);
    const qwen = comparison.models[0];
    expect(qwen?.accuracy).toMatchObject({ pairedRows: 20, base: 1, head: 1, change: 0, test: 'mcnemar' });
    expect(qwen?.speed.map((s) => [s.figure, s.ratio, s.verdict])).toEqual([
      ['decode_tokens_per_second', 1, 'unchanged'],
      ['time_to_first_token_ms', 1, 'unchanged'],
      ['total_duration_ms', 1, 'unchanged'],
    ]);
  });

  it('flags a significant accuracy drop and lists the rows that flipped with their code and output', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([
      model(
        'qwen',
        rows(20, (i) => i >= 8),
      ),
    ]);
    const comparison = compareReports(base, head);
    const qwen = comparison.models[0];
    expect(qwen?.verdict).toBe('regressed');
    expect(qwen?.accuracy).toMatchObject({ base: 1, head: 0.6, worse: 8, better: 0, verdict: 'regressed' });
    expect(qwen?.accuracy?.pHeadWorse).toBeCloseTo(1 / 256, 12);
    expect(qwen?.flipped).toHaveLength(8);
    expect(qwen?.flipped[0]).toEqual({
      index: 1,
      variables: { n: '1' },
      expected: '1',
      base: {
        passRate: 1,
        results: 1,
        status: 'passed',
        reason: null,
        executionResult: '1',
        extractedCode: 'print(1)',
      },
      head: {
        passRate: 0,
        results: 1,
        status: 'failed',
        reason: 'got 0, expected 1',
        executionResult: '0',
        extractedCode: 'print(0)',
      },
    });
    expect(comparison.regressed).toBe(true);
    expect(comparison.regressions).toEqual([
      'qwen: accuracy 100.0% → 60.0% (8 row(s) worse, 0 better, p = 0.004)',
    ]);
  });

  it('does not flag a drop that chance explains, but still lists the flipped rows', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([
      model(
        'qwen',
        rows(20, (i) => i >= 2),
      ),
    ]);
    const qwen = compareReports(base, head).models[0];
    expect(qwen?.accuracy).toMatchObject({ worse: 2, pHeadWorse: 0.25, verdict: 'unchanged' });
    expect(qwen?.verdict).toBe('unchanged');
    expect(qwen?.flipped.map((row) => row.index)).toEqual([1, 2]);
  });

  it('does not flag a significant drop smaller than min-accuracy-drop', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([
      model(
        'qwen',
        rows(20, (i) => i >= 8),
      ),
    ]);
    expect(compareReports(base, head, { minAccuracyDrop: 0.5 }).models[0]?.verdict).toBe('unchanged');
    expect(compareReports(base, head, { minAccuracyDrop: 0.4 }).models[0]?.verdict).toBe('regressed');
  });

  it('weighs discordant rows only: rows that flip both ways cancel out', () => {
    const base = report([
      model(
        'qwen',
        rows(20, (i) => i < 10),
      ),
    ]);
    const head = report([
      model(
        'qwen',
        rows(20, (i) => i >= 10),
      ),
    ]);
    const qwen = compareReports(base, head).models[0];
    expect(qwen?.accuracy).toMatchObject({ base: 0.5, head: 0.5, worse: 10, better: 10, pTwoSided: 1 });
    expect(qwen?.fixed).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(qwen?.verdict).toBe('unchanged');
  });

  it('calls a significant rise an improvement', () => {
    const base = report([
      model(
        'qwen',
        rows(20, (i) => i >= 8),
      ),
    ]);
    const head = report([model('qwen', rows(20, all))]);
    expect(compareReports(base, head).models[0]?.accuracy?.verdict).toBe('improved');
    expect(compareReports(base, head).regressed).toBe(false);
  });

  it('flags a slowdown whose whole interval lies beyond max-slowdown, and a speed-up as improved', () => {
    const base = report([model('qwen', rows(20, all, { tps: 50, ttft: 120, total: 2000 }))]);
    const head = report([model('qwen', rows(20, all, { tps: 35, ttft: 80, total: 2100 }))]);
    const comparison = compareReports(base, head);
    const [decode, ttft, total] = comparison.models[0]?.speed ?? [];
    expect(decode).toMatchObject({ baseMedian: 50, headMedian: 35, verdict: 'regressed' });
    expect(decode?.ratio).toBeCloseTo(0.7, 10);
    expect(decode?.upper).toBeLessThan(1 / 1.1);
    expect(ttft?.verdict).toBe('improved');
    // 5 % slower is within max-slowdown whatever the interval.
    expect(total?.verdict).toBe('unchanged');
    expect(comparison.models[0]?.verdict).toBe('regressed');
    expect(comparison.regressions).toEqual([
      expect.stringMatching(
        /^qwen: decode tok\/s median 50\.0 → 35\.0 \(×0\.70, interval 0\.\d\d–0\.\d\d\)$/,
      ),
    ]);
  });

  it('gives the same verdict and interval for the same seed', () => {
    const base = report([model('qwen', rows(20, all, { tps: 50 }))]);
    const head = report([model('qwen', rows(20, all, { tps: 45 }))]);
    const first = compareReports(base, head, { seed: 7 });
    expect(compareReports(base, head, { seed: 7 })).toEqual(first);
  });

  it('shows speed as not comparable on different hardware or Ollama, and still judges accuracy', () => {
    const base = report([model('qwen', rows(20, all, { tps: 50 }))]);
    const head = report(
      [
        model(
          'qwen',
          rows(20, (i) => i >= 8, { tps: 20 }),
        ),
      ],
      {
        ollama: { version: '0.13.0' },
        environment: environment({
          cpu: { model: 'Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz', cores: 4 },
        }),
      },
    );
    const comparison = compareReports(base, head);
    expect(comparison.environment.speedComparable).toBe(false);
    expect(comparison.environment.reasons).toEqual([
      'Ollama: 0.12.3 → 0.13.0',
      'CPU: AMD EPYC 7763 64-Core Processor → Intel(R) Xeon(R) Platinum 8370C CPU @ 2.80GHz',
    ]);
    const qwen = comparison.models[0];
    expect(qwen?.speed.every((s) => s.verdict === 'not comparable')).toBe(true);
    expect(qwen?.speed[0]?.reason).toMatch(/^different environment: Ollama: 0\.12\.3 → 0\.13\.0; CPU: /);
    // Shown, not judged: the figures are still there.
    expect(qwen?.speed[0]?.ratio).toBeCloseTo(0.4, 10);
    expect(qwen?.accuracy?.verdict).toBe('regressed');
    expect(qwen?.verdict).toBe('regressed');
    expect(comparison.regressions).toHaveLength(1);
  });

  it('does not judge speed across request concurrencies, saying why, but still judges accuracy', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report(
      [
        model(
          'qwen',
          rows(20, (i) => i >= 8, { tps: 20 }),
        ),
      ],
      {
        settings: { request_concurrency: 4 },
      },
    );
    const comparison = compareReports(base, head);
    expect(comparison.environment.reasons).toEqual([
      'requests at once: 1 → 4 (requests served together each run slower)',
    ]);
    const qwen = comparison.models[0];
    expect(qwen?.speed.every((s) => s.verdict === 'not comparable')).toBe(true);
    expect(qwen?.speed[0]?.reason).toBe(
      'different environment: requests at once: 1 → 4 (requests served together each run slower)',
    );
    expect(qwen?.accuracy?.verdict).toBe('regressed');
  });

  it('judges speed between a report from before concurrency was recorded and a serial run', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([model('qwen', rows(20, all))], { settings: { request_concurrency: 1 } });
    expect(compareReports(base, head).environment.speedComparable).toBe(true);
  });

  it('says "not comparable" for a model when only its speed could not be judged', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([model('qwen', rows(20, all))], {
      environment: environment({ gpus: [{ name: 'NVIDIA A10G', memory: '23028 MiB', driver: '550.54' }] }),
    });
    const comparison = compareReports(base, head);
    expect(comparison.environment.reasons).toEqual(['GPU: none → NVIDIA A10G, 23028 MiB, driver 550.54']);
    expect(comparison.models[0]?.verdict).toBe('not comparable');
    expect(comparison.models[0]?.accuracy?.verdict).toBe('unchanged');
  });

  it('reports a model on one side only as added or removed, never as a regression', () => {
    const base = report([model('qwen', rows(20, all)), model('old', rows(20, all))]);
    const head = report([
      model('qwen', rows(20, all)),
      model(
        'new',
        rows(20, () => false),
      ),
    ]);
    const comparison = compareReports(base, head);
    expect(comparison.models.map((m) => [m.model, m.verdict])).toEqual([
      ['qwen', 'unchanged'],
      ['new', 'added'],
      ['old', 'removed'],
    ]);
    expect(comparison.regressed).toBe(false);
  });

  it('flags a changed digest next to the model', () => {
    const base = report([model('qwen', rows(20, all))]);
    const head = report([model('qwen', rows(20, all), { details: { digest: 'sha256:0123456789abcdef99' } })]);
    const qwen = compareReports(base, head).models[0];
    expect(qwen?.digest).toEqual({ base: 'sha256:qwen', head: 'sha256:0123456789abcdef99', changed: true });
    expect(qwen?.notes).toContain('model digest changed: qwen → 0123456789ab');
  });

  it('compares only rows that are the same on both sides', () => {
    const base = report([model('qwen', rows(20, all))]);
    const headModel = model(
      'qwen',
      rows(22, (i) => i !== 0),
    );
    const first = headModel.results[0];
    if (first) first.dynamic_variables = { n: 'changed' };
    const qwen = compareReports(base, report([headModel])).models[0];
    expect(qwen?.accuracy).toMatchObject({ pairedRows: 19, worse: 0 });
    expect(qwen?.notes).toEqual([
      '1 row(s) changed between base and head and are not compared',
      '2 row(s) present on one side only are not compared',
    ]);
  });

  it('compares per-row pass rates with a sign test when rows were repeated', () => {
    const repeated = (passesPerRow: (i: number) => number) =>
      model(
        'qwen',
        Array.from({ length: 10 }, (_, i) =>
          [0, 1, 2].map((k) => ({ correct: k < passesPerRow(i), index: i + 1 })),
        ).flat(),
      );
    const base = report([repeated(() => 3)]);
    const head = report([repeated((i) => (i < 8 ? 1 : 3))]);
    const qwen = compareReports(base, head).models[0];
    expect(qwen?.accuracy).toMatchObject({ test: 'sign', pairedRows: 10, worse: 8, better: 0 });
    expect(qwen?.accuracy?.head).toBeCloseTo(0.4667, 3);
    expect(qwen?.accuracy?.verdict).toBe('regressed');
    expect(qwen?.flipped[0]?.head).toMatchObject({ passRate: 1 / 3, results: 3, status: 'failed' });
  });

  it("reads the predecessor's report: zeros are absent figures, rows are paired through prompt_iterations", () => {
    const predecessor = (correct: boolean[]): ComparableReport => ({
      benchmark_name: 'Math',
      prompt_iterations: correct.map((_, i) => ({ dynamic_variables: { n: i + 1 } })),
      models: [
        {
          model: 'openai~gpt-4o-mini',
          results: correct.map((ok, i) => ({
            index: i + 1,
            correct: ok,
            expected_result: String(i + 1),
            execution_result: ok ? String(i + 1) : '0',
            prompt_response: { tokens_per_second: 0, total_duration_ms: 1000 + i, errored: null },
          })),
        },
      ],
    });
    const base = predecessor(Array.from({ length: 10 }, () => true));
    const head = report(
      [
        model(
          'openai~gpt-4o-mini',
          rows(10, (i) => i >= 6),
        ),
      ],
      { environment: null },
    );
    const comparison = compareReports(base, head);
    const gpt = comparison.models[0];
    expect(gpt?.accuracy).toMatchObject({ pairedRows: 10, worse: 6, verdict: 'regressed' });
    expect(gpt?.speed[0]).toMatchObject({ verdict: 'not comparable', reason: 'no decode tok/s on base' });
    expect(gpt?.speed[1]).toMatchObject({ verdict: 'not comparable', reason: 'no TTFT ms on base' });
    expect(gpt?.speed[2]?.verdict).toBe('regressed');
    expect(comparison.environment.notes).toContain(
      'the machine was not recorded on base and head; speed is compared without checking it',
    );
  });

  it('leaves errored rows out of speed and does not judge speed on too few rows', () => {
    const erroredRows = rows(20, all).map((row, i) => (i < 17 ? { ...row, correct: false } : row));
    const head = model('qwen', erroredRows);
    head.results.slice(0, 17).forEach((r) => {
      r.status = 'errored';
      r.prompt_response = { tokens_per_second: 0, total_duration_ms: 0, errored: true };
    });
    const speed = compareReports(report([model('qwen', rows(20, all))]), report([head])).models[0]?.speed;
    expect(speed?.[0]).toMatchObject({
      headCount: 3,
      verdict: 'not comparable',
      reason: 'fewer than 5 answered rows on a side',
    });
  });

  it('compares nothing across different benchmarks, and says why naming both', () => {
    const comparison = compareReports(
      report([model('qwen', passing(5))]),
      report([model('qwen', passing(5))], { benchmark_name: 'Strings' }),
    );
    expect(comparison.benchmark).toEqual({ base: 'Math', head: 'Strings', same: false });
    expect(comparison.models[0]).toMatchObject({ verdict: 'not comparable', accuracy: { pairedRows: 0 } });
    expect(comparison.regressed).toBe(false);
    expect(comparison.mismatch).toBe('the reports are of different benchmarks: base "Math", head "Strings"');
  });

  it('finds the reports not comparable when not one row of a model pairs', () => {
    const base = report([model('qwen', passing(5))]);
    const changed = report([model('qwen', passing(5))]);
    for (const r of changed.models[0]?.results ?? []) r.expected_result = `${String(r.expected_result)}0`;
    expect(compareReports(base, changed).mismatch).toMatch(
      /^no row of the head report matches a row of the base report .* for qwen: base "Math", head "Math"/,
    );
  });

  it('finds a head report with no models not comparable', () => {
    const comparison = compareReports(report([model('qwen', passing(5))]), report([]));
    expect(comparison.mismatch).toBe('the head report has no models (base "Math", head "Math")');
  });

  it('finds reports that share no model not comparable, rather than calling it no regression', () => {
    const comparison = compareReports(
      report([model('qwen', passing(5))]),
      report([model('phi', passing(5))]),
    );
    expect(comparison.mismatch).toBe(
      'the reports share no model, so nothing can be judged: base has qwen; head has phi',
    );
    expect(comparison.models.map((m) => m.verdict)).toEqual(['added', 'removed']);
  });

  it('leaves a comparison of matching reports without a mismatch, even when a model errored on one side', () => {
    const base = report([model('qwen', passing(5)), model('phi', passing(5))]);
    const head = report([model('qwen', passing(5)), model('phi', [], { status: 'unavailable' })]);
    expect(compareReports(base, head).mismatch).toBeNull();
  });

  it.each([
    ['llama3.2', 'llama3.2:latest'],
    ['qwen2.5-coder:14b', 'ollama~qwen2.5-coder:14b'],
    ['ollama~Llama3.2', 'registry.ollama.ai/library/llama3.2:latest'],
  ])(
    'pairs %s on base with %s on head as one model, and finds its drop a regression',
    (baseName, headName) => {
      // 13 of 15 right (86.7 %) on base, none on head.
      const base = report([
        model(
          baseName,
          rows(15, (i) => i < 13),
        ),
      ]);
      const head = report([
        model(
          headName,
          rows(15, () => false),
        ),
      ]);
      const comparison = compareReports(base, head);
      expect(comparison.models.map((m) => [m.model, m.verdict])).toEqual([[headName, 'regressed']]);
      expect(comparison.regressed).toBe(true);
      expect(comparison.regressions[0]).toMatch(/accuracy 86\.7% → 0\.0%/);
    },
  );

  it('keeps models of other names, tags or namespaces apart', () => {
    const base = report([model('llama3.2:1b', passing(5)), model('me/llama3.2', passing(5))]);
    const head = report([model('llama3.2', passing(5)), model('llama3.2:1b', passing(5))]);
    expect(compareReports(base, head).models.map((m) => [m.model, m.verdict])).toEqual([
      ['llama3.2', 'added'],
      ['llama3.2:1b', 'unchanged'],
      ['me/llama3.2', 'removed'],
    ]);
  });

  it('compares two reports the engine wrote', async () => {
    const file = parseBenchmarkFile(
      `benchmark_name: "Math"
purpose: "p"
base_prompt: "Print {{statement}}"
evaluator: "execute_python_code_with_num_output"
prompts:
${Array.from({ length: 12 }, (_, i) => `  - dynamic_variables: { statement: "${i} + 1" }\n    expectation: "${i + 1}"`).join('\n')}
`,
      'math.yaml',
    );
    const engineReport = async (wrongRows: number) => {
      const server = new FakeModelServer((request) => {
        if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready' });
        const expr = request.prompt.replace('Print ', '');
        const n = Number(expr.split(' + ')[0]);
        return generation({
          response: '```python\nprint(' + (n < wrongRows ? `${expr} + 1` : expr) + ')\n```',
        });
      });
      server.local.add('qwen');
      const run = await runBenchmark(file, runSettings({ models: ['qwen'] }), {
        server,
        runner: new FakeCodeRunner(),
        clock: new FakeClock(),
        logger: new RecordingLogger(),
      });
      const read = readReport(
        JSON.parse(
          JSON.stringify(buildJsonReport(run, { exbenchVersion: '0.1.0', benchmarkPath: 'math.yaml' })),
        ),
      );
      if (!read.ok) throw new Error(read.problem);
      return read.report;
    };
    const comparison = compareReports(await engineReport(0), await engineReport(6));
    const qwen = comparison.models[0];
    expect(qwen?.accuracy).toMatchObject({ base: 1, head: 0.5, worse: 6, verdict: 'regressed' });
    expect(qwen?.flipped[0]).toMatchObject({
      index: 1,
      variables: { statement: '0 + 1' },
      expected: '1',
      head: { reason: 'got 2, expected 1', executionResult: '2\n', extractedCode: 'print(0 + 1 + 1)' },
    });
    // Every row has identical fake timings: a ratio of exactly 1 on every figure.
    expect(qwen?.speed.map((s) => [s.ratio, s.verdict])).toEqual([
      [1, 'unchanged'],
      [1, 'unchanged'],
      [1, 'unchanged'],
    ]);
  });
});

describe('readReport', () => {
  it('names the first field that makes a value not a report', () => {
    expect(readReport({ benchmark_name: 'Math' })).toEqual({
      ok: false,
      problem: expect.stringMatching(/^models: /) as unknown as string,
    });
    expect(
      readReport({
        benchmark_name: 'Math',
        models: [{ model: 'q', results: [{ correct: 'yes' }] }],
      }),
    ).toEqual({
      ok: false,
      problem: expect.stringMatching(/^models\[0\]\.results\[0\]\.correct: /) as unknown as string,
    });
    expect(readReport([1, 2])).toMatchObject({ ok: false });
  });
});

describe('compareReports with rows the server failed', () => {
  const outage = (n: number, from: number, count: number): RowSpec[] =>
    Array.from({ length: n }, (_, i) => ({ correct: true, serverError: i >= from && i < from + count }));

  it('calls a model inconclusive, never regressed, when the server failed more than 10 % of its rows', () => {
    const base = report([model('m', passing(12))]);
    const head = report([model('m', outage(12, 4, 6))]);
    const comparison = compareReports(base, head);
    const [m] = comparison.models;
    expect(m?.verdict).toBe('inconclusive');
    expect(comparison.regressed).toBe(false);
    expect(comparison.regressions).toEqual([]);
    expect(comparison.inconclusive).toEqual([expect.stringMatching(/^m: inconclusive: .*6 of 12 on head/)]);
    // The paired test sees only the rows both sides answered: 6, all passing on both.
    expect(m?.accuracy).toMatchObject({ pairedRows: 6, serverErrored: { base: 0, head: 6 }, worse: 0 });
  });

  it('does not judge speed measured through an outage: a slower first token is no regression then', () => {
    const base = report([model('m', rows(20, all, { ttft: 100 }))]);
    const slowedByOutage = rows(20, all, { ttft: 400 }).map((row, i) => ({ ...row, serverError: i < 5 }));
    const comparison = compareReports(base, report([model('m', slowedByOutage)]));
    const [m] = comparison.models;
    expect(m?.verdict).toBe('inconclusive');
    const ttft = m?.speed.find((s) => s.figure === 'time_to_first_token_ms');
    expect(ttft?.verdict).toBe('not comparable');
    expect(ttft?.reason).toMatch(/server failed too many rows/);
  });

  it('judges the answered rows and counts a few server-failed rows apart', () => {
    const base = report([model('m', passing(20))]);
    const head = report([model('m', outage(20, 3, 1))]);
    const comparison = compareReports(base, head);
    const [m] = comparison.models;
    expect(m?.verdict).toBe('unchanged');
    expect(m?.accuracy).toMatchObject({
      pairedRows: 19,
      base: 1,
      head: 1,
      serverErrored: { base: 0, head: 1 },
    });
    expect(m?.notes).toContain(
      'rows errored by the server (not the model): 0 of 20 on base, 1 of 20 on head; left out of the comparison',
    );
  });

  it('calls a head whose every row the server failed inconclusive, not another version of the benchmark', () => {
    const comparison = compareReports(
      report([model('m', passing(8))]),
      report([model('m', outage(8, 0, 8))]),
    );
    expect(comparison.mismatch).toBeNull();
    expect(comparison.models[0]?.verdict).toBe('inconclusive');
    expect(comparison.regressed).toBe(false);
  });

  it('is inconclusive when the baseline is the side the server failed', () => {
    const comparison = compareReports(
      report([model('m', outage(10, 0, 5))]),
      report([model('m', passing(10))]),
    );
    expect(comparison.models[0]?.verdict).toBe('inconclusive');
  });

  it('still flags a real drop when the server failed no row', () => {
    const head: RowSpec[] = passing(30).map((row, i) => ({ ...row, correct: i >= 12 }));
    const comparison = compareReports(report([model('m', passing(30))]), report([model('m', head)]));
    expect(comparison.models[0]?.verdict).toBe('regressed');
    expect(comparison.inconclusive).toEqual([]);
  });
});

describe('compareReports with an interrupted run', () => {
  it('leaves rows not run out of the comparison instead of counting them as failed', () => {
    const notRun = (n: number, ran: number): RowSpec[] =>
      Array.from({ length: n }, (_, i) => ({ correct: true, notRun: i >= ran }));
    const comparison = compareReports(report([model('m', passing(10))]), report([model('m', notRun(10, 4))]));
    const [m] = comparison.models;
    expect(comparison.regressed).toBe(false);
    expect(m?.accuracy).toMatchObject({ pairedRows: 4, base: 1, head: 1, worse: 0 });
    expect(m?.flipped).toEqual([]);
  });
});

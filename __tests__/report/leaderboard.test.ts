import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { EVALUATORS } from '../../src/core/evaluators.js';
import type { BenchmarkRun, ModelRun } from '../../src/core/types.js';
import { accuracyChart, mermaidLabel } from '../../src/report/accuracy-chart.js';
import { buildLeaderboard } from '../../src/report/leaderboard.js';
import { generation, runSettings } from '../support/fakes.js';
import { failedRow, modelRun as completedModel, rowResult } from '../support/run-factory.js';

const BENCHMARK = parseBenchmarkFile(
  `benchmark_name: "B"
purpose: "p"
base_prompt: "{{x}}"
evaluator: "raw_string_evaluator"
prompts:
  - dynamic_variables: { x: "1" }
    expectation: "1"
`,
  'b.yaml',
);

/** A model with `passed` of `rows` right, decoding at `tps` with first tokens after `ttft` ms. */
function modelRun(
  spec: string,
  {
    passed,
    rows = 4,
    tps = 50,
    ttft = 100,
    totalMs = 1000,
  }: { passed: number; rows?: number; tps?: number; ttft?: number; totalMs?: number },
): ModelRun {
  const answer = generation({
    evalCount: 100,
    evalDurationNs: (100 / tps) * 1e9,
    timeToFirstTokenMs: ttft,
    totalDurationNs: totalMs * 1e6,
  });
  const results = Array.from({ length: rows }, (_, index) =>
    index < passed
      ? rowResult({ index, generation: answer })
      : failedRow(index, 'wrong', { generation: answer }),
  );
  return completedModel(spec, results);
}

function run(models: ModelRun[]): BenchmarkRun {
  return {
    benchmark: BENCHMARK,
    evaluator: EVALUATORS.raw_string_evaluator,
    executor: null,
    host: 'h',
    serverVersion: '0.12.0',
    settings: runSettings(),
    status: 'completed',
    sandbox: { tier: 'process', isolates: [], doesNotIsolate: [], warning: null },
    startedAt: new Date(0),
    finishedAt: new Date(0),
    models,
  };
}

const places = (board: ReturnType<typeof buildLeaderboard>): [number, string][] =>
  board.ranked.map((entry) => [entry.rank, entry.model.ref.spec]);

describe('buildLeaderboard', () => {
  it('sorts by accuracy, then by decode speed, whatever the input order', () => {
    const board = buildLeaderboard(
      run([
        modelRun('slow-right', { passed: 4, tps: 10 }),
        modelRun('half', { passed: 2, tps: 90 }),
        modelRun('fast-right', { passed: 4, tps: 60 }),
      ]),
    );
    expect(places(board)).toEqual([
      [1, 'fast-right'],
      [2, 'slow-right'],
      [3, 'half'],
    ]);
  });

  it('gives models with the same accuracy and decode speed one rank and skips the next', () => {
    const board = buildLeaderboard(
      run([
        modelRun('b', { passed: 3, tps: 40 }),
        modelRun('a', { passed: 3, tps: 40 }),
        modelRun('c', { passed: 1, tps: 40 }),
      ]),
    );
    expect(places(board)).toEqual([
      [1, 'a'],
      [1, 'b'],
      [3, 'c'],
    ]);
  });

  it('crowns nobody in a column where every model ties, and every model tied for the best otherwise', () => {
    const board = buildLeaderboard(
      run([
        modelRun('a', { passed: 4, ttft: 80 }),
        modelRun('b', { passed: 4, ttft: 80 }),
        modelRun('c', { passed: 2, ttft: 200 }),
      ]),
    );
    const won = Object.fromEntries(
      board.awards.map((award) => [award.kind, award.winners.map((m) => m.ref.spec)]),
    );
    // Every model decodes at 50 tok/s: no decode award.
    expect(won).toEqual({ accuracy: ['a', 'b'], ttft: ['a', 'b'], accuracyPerSecond: ['a', 'b'] });
  });

  it('awards accuracy per second of total time to the model that buys its accuracy quickest', () => {
    const board = buildLeaderboard(
      run([
        modelRun('careful', { passed: 4, totalMs: 4000 }),
        modelRun('quick', { passed: 3, totalMs: 500 }),
      ]),
    );
    const perSecond = board.awards.find((award) => award.kind === 'accuracyPerSecond');
    expect(perSecond?.winners.map((m) => m.ref.spec)).toEqual(['quick']);
    expect(board.awards.find((award) => award.kind === 'accuracy')?.winners.map((m) => m.ref.spec)).toEqual([
      'careful',
    ]);
  });

  it('leaves models that ran no rows off the ranking and crowns nobody with one ranked model', () => {
    const skipped: ModelRun = { ...modelRun('embed', { passed: 0 }), status: 'skipped' };
    const board = buildLeaderboard(run([skipped, modelRun('only', { passed: 1 })]));
    expect(places(board)).toEqual([[1, 'only']]);
    expect(board.unranked.map((m) => m.ref.spec)).toEqual(['embed']);
    expect(board.awards).toEqual([]);
  });
});

describe('accuracyChart', () => {
  it('draws a bar per ranked model in leaderboard order', () => {
    const chart = accuracyChart(
      buildLeaderboard(run([modelRun('b', { passed: 1 }), modelRun('a', { passed: 3 })])),
    );
    expect(chart).toContain('x-axis ["a", "b"]');
    expect(chart).toContain('bar [75.0, 25.0]');
  });

  it('is left out with fewer than two models', () => {
    expect(accuracyChart(buildLeaderboard(run([modelRun('a', { passed: 3 })])))).toBeNull();
  });

  it('keeps a hostile model name from closing the label, the list or the block', () => {
    const hostile = 'x"]\n    bar [1]\n```\n<script>';
    expect(mermaidLabel(hostile)).toBe('x___    bar _1_______script_');
    const chart = accuracyChart(
      buildLeaderboard(run([modelRun(hostile, { passed: 1 }), modelRun('a', { passed: 3 })])),
    );
    const lines = chart?.split('\n') ?? [];
    expect(lines.filter((line) => line.includes('```'))).toEqual(['```mermaid', '```']);
    expect(lines.filter((line) => line.trim().startsWith('bar'))).toHaveLength(1);
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { compareReports } from '../../src/core/regression/compare-reports.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import type { RenderedComparison } from '../../src/report/comparison-markdown.js';
import type { RenderedRun } from '../../src/report/markdown.js';
import { byteLength } from '../../src/report/markdown-text.js';
import { planPublishing, type PublishInput } from '../../src/report/publish-plan.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { model, passing, report } from '../support/report-factory.js';

/** One model answering `n` rows of "print n"; rows in `wrong` print something else. */
async function renderedRun(n: number, wrong: readonly number[] = []): Promise<RenderedRun> {
  const prompts = Array.from(
    { length: n },
    (_, i) => `  - dynamic_variables: { n: "${i + 1}" }\n    expectation: "${i + 1}"`,
  ).join('\n');
  const benchmark = parseBenchmarkFile(
    `benchmark_name: Count\nbase_prompt: "Print {{n}}"\nevaluator: execute_python_code_with_num_output\nprompts:\n${prompts}\n`,
    'count.yaml',
  );
  const server = new FakeModelServer((request) => {
    if (request.prompt === WARMUP_PROMPT) return generation({ response: 'ready' });
    const row = Number(/Print (\d+)/.exec(request.prompt)?.[1]);
    const printed = wrong.includes(row) ? row + 1 : row;
    return generation({ response: '```python\nprint(' + printed + ')\n```' });
  });
  server.local.add('qwen');
  const run = await runBenchmark(benchmark, runSettings({ models: ['qwen'] }), {
    server,
    runner: new FakeCodeRunner(),
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  });
  return { run, reportPath: 'reports/Count.json' };
}

function regressed(): RenderedComparison {
  const base = report([model('qwen', passing(20))]);
  const head = report([
    model('qwen', [...passing(10), ...Array.from({ length: 10 }, () => ({ correct: false }))]),
  ]);
  const comparison = compareReports(base, head);
  expect(comparison.regressed).toBe(true);
  return { comparison, baseLabel: 'main' };
}

function input(overrides: Partial<PublishInput> = {}): PublishInput {
  return {
    runs: [],
    comparisons: [],
    problems: [],
    policy: { comment: 'true', failOnError: true, failOnRegression: true },
    context: { pullRequest: true, hasToken: true },
    limits: { summaryBytes: 1024 * 1024, commentChars: 65_536 },
    markerLength: 60,
    ...overrides,
  };
}

describe('planPublishing', () => {
  it('posts the comment and passes the step when everything passed', async () => {
    const plan = planPublishing(input({ runs: [await renderedRun(2)] }));
    expect(plan.comment).toEqual({ kind: 'post', body: plan.commentBody });
    expect(plan.failure).toBeNull();
    expect(plan.warnings).toEqual([]);
    expect(plan.summary).toContain('Count');
  });

  it('under on-change only updates an earlier comment when everything passed', async () => {
    const policy = { comment: 'on-change', failOnError: true, failOnRegression: true } as const;
    expect(planPublishing(input({ runs: [await renderedRun(2)], policy })).comment.kind).toBe('update-only');
    expect(planPublishing(input({ runs: [await renderedRun(2, [2])], policy })).comment.kind).toBe('post');
    expect(planPublishing(input({ problems: ['bad.yaml: no prompts'], policy })).comment.kind).toBe('post');
    expect(planPublishing(input({ comparisons: [regressed()], policy })).comment.kind).toBe('post');
  });

  it('comments nowhere with comment false, outside a pull request, or without a token (saying so)', () => {
    const off = { comment: 'false', failOnError: true, failOnRegression: true } as const;
    expect(planPublishing(input({ policy: off })).comment).toMatchObject({ kind: 'skip', level: 'debug' });
    expect(planPublishing(input({ context: { pullRequest: false, hasToken: true } })).comment).toEqual({
      kind: 'skip',
      level: 'debug',
      reason: 'this run was not started by a pull request.',
    });
    expect(planPublishing(input({ context: { pullRequest: true, hasToken: false } })).comment).toMatchObject({
      kind: 'skip',
      level: 'notice',
      reason: expect.stringContaining('github-token input is empty'),
    });
  });

  it('fails the step on problems with fail-on-error, and only warns without it', () => {
    const problems = ['a.yaml: model x could not be run: gone', 'b.yaml: not valid YAML'];
    expect(planPublishing(input({ problems })).failure).toBe(problems.join('\n'));
    const lenient = planPublishing(
      input({ problems, policy: { comment: 'true', failOnError: false, failOnRegression: true } }),
    );
    expect(lenient.failure).toBeNull();
    expect(lenient.warnings).toEqual(problems.map((p) => `${p} (not failing: fail-on-error is false)`));
  });

  it('fails the step on a regression with fail-on-regression, and only warns without it', () => {
    const comparisons = [regressed()];
    const strict = planPublishing(input({ comparisons }));
    expect(strict.failure).toContain('qwen');
    const lenient = planPublishing(
      input({ comparisons, policy: { comment: 'true', failOnError: true, failOnRegression: false } }),
    );
    expect(lenient.failure).toBeNull();
    expect(lenient.warnings[0]).toMatch(/^Regression \(not failing: fail-on-regression is false\):\n.*qwen/);
  });

  it('keeps the comment within the limit less the marker, and the summary within its own', async () => {
    const runs = [
      await renderedRun(
        40,
        Array.from({ length: 40 }, (_, i) => i + 1),
      ),
    ];
    const limits = { summaryBytes: 5_000, commentChars: 2_500 };
    const plan = planPublishing(input({ runs, limits, markerLength: 100 }));
    expect(byteLength(plan.commentBody)).toBeLessThanOrEqual(2_500 - 100 - 2);
    expect(byteLength(plan.summary)).toBeLessThanOrEqual(5_000 - 64);
    expect(byteLength(plan.summary)).toBeGreaterThan(byteLength(plan.commentBody));
    expect(byteLength(planPublishing(input({ runs })).commentBody)).toBeGreaterThan(5_000);
  });

  it('puts the comparison above the results', async () => {
    const plan = planPublishing(input({ runs: [await renderedRun(2)], comparisons: [regressed()] }));
    expect(plan.summary.indexOf('comparison with the baseline')).toBeLessThan(plan.summary.indexOf('Count'));
  });
});

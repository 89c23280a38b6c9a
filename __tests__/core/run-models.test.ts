/** How runBenchmark schedules whole models: time budgets and results taken from a resumed run. */
import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { resultKey, rowIsDone, type PriorResults } from '../../src/core/prior-results.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { targetKey } from '../../src/core/run-targets.js';
import type { ModelRun, RowAnswer, RowResult } from '../../src/core/types.js';
import type { GenerateRequest, Generation } from '../../src/ports.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';
import { RecordingLogger } from '../support/recording-logger.js';

const ROWS = 4;
const BENCHMARK = parseBenchmarkFile(
  [
    'benchmark_name: "Echo"',
    'purpose: "p"',
    'base_prompt: "Say {{word}}"',
    'evaluator: "raw_string_evaluator"',
    'prompts:',
    ...Array.from(
      { length: ROWS },
      (_, n) => `  - dynamic_variables: { word: "w${n + 1}" }\n    expectation: "w${n + 1}"`,
    ),
  ].join('\n'),
  'echo.yaml',
);

const echo = (request: GenerateRequest): Generation =>
  generation({ response: request.prompt === WARMUP_PROMPT ? 'ready' : request.prompt.slice('Say '.length) });

/** Answers at once, except `hang`'s rows after the first, which wait until their request is aborted. */
class HangingServer extends FakeModelServer {
  readonly aborted: string[] = [];
  constructor() {
    super(echo);
  }
  override generate(request: GenerateRequest): Promise<Generation> {
    if (request.model !== 'hang' || request.prompt === WARMUP_PROMPT || request.prompt === 'Say w1')
      return super.generate(request);
    return new Promise((_, reject) => {
      request.signal?.addEventListener('abort', () => {
        this.aborted.push(request.prompt);
        reject(new Error('aborted'));
      });
    });
  }
}

function ports(server: FakeModelServer = new FakeModelServer(echo)) {
  for (const name of ['fast', 'hang', 'other']) server.local.add(name);
  return {
    server,
    runner: new FakeCodeRunner(server.calls),
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  };
}

const asked = (server: FakeModelServer, model: string): string[] =>
  server.requests.filter((r) => r.model === model && r.prompt !== WARMUP_PROMPT).map((r) => r.prompt);

/** A result an earlier run finished, as the journal gives it back. */
function priorRow(index: number, repeat: number, overrides: Partial<RowResult> = {}): RowResult {
  return {
    index,
    line: null,
    variables: { word: `w${index}` },
    expectation: `w${index}`,
    prompt: `Say w${index}`,
    generation: generation({ response: `w${index}` }),
    attempts: 1,
    error: null,
    errorKind: null,
    extraction: null,
    execution: null,
    output: `w${index}`,
    correct: true,
    status: 'passed',
    reason: null,
    comparison: null,
    repeat,
    seed: null,
    ...overrides,
  };
}

function priorOf(
  results: Record<string, RowResult[]>,
  models: Record<string, Omit<ModelRun, 'rows' | 'ref'>> = {},
  answers: Record<string, RowAnswer[]> = {},
): PriorResults {
  return {
    answersOf: (ref) => new Map((answers[targetKey(ref)] ?? []).map((answer) => [resultKey(answer), answer])),
    // As the journal does: only results that stand are handed on.
    resultsOf: (ref) =>
      new Map((results[targetKey(ref)] ?? []).filter(rowIsDone).map((row) => [resultKey(row), row])),
    modelOf: (ref) => models[targetKey(ref)] ?? null,
  };
}

/** Rows whose answer is Python that prints a sum; judged by running it. */
const PYTHON_BENCHMARK = parseBenchmarkFile(
  [
    'benchmark_name: "Sums"',
    'base_prompt: "Add {{a}}"',
    'evaluator: "execute_python_code_with_num_output"',
    'prompts:',
    '  - dynamic_variables: { a: "1+1" }',
    '    expectation: 2',
    '  - dynamic_variables: { a: "2+2" }',
    '    expectation: 4',
  ].join('\n'),
  'sums.yaml',
);

const pythonAnswer = (request: GenerateRequest): Generation =>
  generation({
    response:
      request.prompt === WARMUP_PROMPT
        ? 'ready'
        : `\`\`\`python\nprint(${request.prompt.slice('Add '.length)})\n\`\`\``,
  });

describe('a resumed run', () => {
  it('judges an answer the stopped run had not judged yet, without asking the model again', async () => {
    const server = new FakeModelServer(pythonAnswer);
    const held: RowAnswer = {
      index: 1,
      repeat: 1,
      generation: generation({ response: '```python\nprint(1+1)\n```', evalCount: 7 }),
      attempts: 2,
    };
    const run = await runBenchmark(PYTHON_BENCHMARK, runSettings({ models: ['fast'] }), {
      ...ports(server),
      prior: priorOf({}, {}, { 'ollama~fast:latest': [held] }),
    });
    expect(asked(server, 'fast')).toEqual(['Add 2+2']);
    const [model] = run.models;
    expect(model?.rows.map((row) => [row.index, row.status, row.output.trim(), row.attempts])).toEqual([
      [1, 'passed', '2', 2],
      [2, 'passed', '4', 1],
    ]);
    expect(model?.rows[0]?.generation?.evalCount).toBe(7);
  });

  it('tells the observer of each answer that waits for its code to run', async () => {
    const answered: string[] = [];
    await runBenchmark(PYTHON_BENCHMARK, runSettings({ models: ['fast'] }), {
      ...ports(new FakeModelServer(pythonAnswer)),
      observer: {
        rowAnswered: (ref, answer) => answered.push(`${ref.name} ${answer.repeat}:${answer.index}`),
      },
    });
    expect(answered).toEqual(['fast 1:1', 'fast 1:2']);
  });

  it('asks only for the results not finished, a server-failed one again, and keeps row order', async () => {
    const server = new FakeModelServer(echo);
    const serverFailed = priorRow(3, 1, {
      generation: null,
      status: 'errored',
      errorKind: 'server',
      correct: false,
      error: 'connection reset',
    });
    // A wrong answer stands: it is the model's verdict, not the server's fault.
    const failed = priorRow(1, 2, { status: 'failed', correct: false, output: 'nope' });
    const prior = priorOf({ 'ollama~fast:latest': [priorRow(1, 1), priorRow(2, 1), serverFailed, failed] });
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['fast'], repeat: 2 }), {
      ...ports(server),
      prior,
    });
    expect(asked(server, 'fast')).toEqual(['Say w3', 'Say w4', 'Say w2', 'Say w3', 'Say w4']);
    const [model] = run.models;
    expect(model?.rows.map((row) => `${row.repeat}:${row.index} ${row.status}`)).toEqual([
      '1:1 passed',
      '1:2 passed',
      '1:3 passed',
      '1:4 passed',
      '2:1 failed',
      '2:2 passed',
      '2:3 passed',
      '2:4 passed',
    ]);
  });

  it('does not touch the server for a model whose results were all finished', async () => {
    const server = new FakeModelServer(echo);
    const rows = [1, 2, 3, 4].map((index) => priorRow(index, 1));
    const prior = priorOf(
      { 'ollama~fast:latest': rows },
      {
        'ollama~fast:latest': {
          status: 'completed',
          error: null,
          details: null,
          pulled: false,
          warmup: null,
        },
      },
    );
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['fast', 'other'] }), {
      ...ports(server),
      prior,
    });
    expect(server.calls.filter((call) => call.includes('fast'))).toEqual([]);
    expect(run.models.map((model) => [model.ref.name, model.status, model.rows.length])).toEqual([
      ['fast', 'completed', 4],
      ['other', 'completed', 4],
    ]);
  });
});

describe('a model time budget', () => {
  it('stops a model past it (its request in flight aborted) as incomplete with the rest not run, and goes on', async () => {
    const server = new HangingServer();
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['hang', 'fast'], modelTimeoutMs: 50 }),
      ports(server),
    );
    const [hang, fast] = run.models;
    expect(hang?.status).toBe('incomplete');
    expect(hang?.error).toBe('ran past its time budget of 0.05 s; 3 row(s) not run');
    expect(hang?.rows.map((row) => row.status)).toEqual(['passed', 'not_run', 'not_run', 'not_run']);
    expect(hang?.rows[1]?.reason).toContain('time budget of 0.05 s');
    expect(server.aborted).toEqual(['Say w2']);
    expect(fast?.status).toBe('completed');
    expect(fast?.rows.every((row) => row.status === 'passed')).toBe(true);
    expect(run.status).toBe('completed');
  });
});

describe('models in parallel', () => {
  it('keeps the targets in the order asked for and each its own rows', async () => {
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['hang', 'fast', 'other'], parallelModels: 3, modelTimeoutMs: 50 }),
      ports(new HangingServer()),
    );
    expect(run.models.map((model) => [model.ref.name, model.status])).toEqual([
      ['hang', 'incomplete'],
      ['fast', 'completed'],
      ['other', 'completed'],
    ]);
    expect(run.models[1]?.rows.map((row) => row.output)).toEqual(['w1', 'w2', 'w3', 'w4']);
  });

  it('runs models at once on one server and records that their speeds share it', async () => {
    let inFlight = 0;
    let most = 0;
    const server = new FakeModelServer(echo);
    const generate = server.generate.bind(server);
    server.generate = async (request) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return generate(request);
    };
    const used = ports(server);
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['fast', 'other', 'hang'], parallelModels: 2 }),
      used,
    );
    expect(most).toBe(2);
    expect(run.speedWarning).toContain('up to 2 models ran at once on one server (--parallel-models 2)');
    expect(used.logger.lines.map((line) => line.message).join('\n')).toContain('[other] 4/4 rows passed');
  });

  it('gives no speed warning one model at a time', async () => {
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['fast', 'other'] }), ports());
    expect(run.speedWarning).toBeUndefined();
  });
});

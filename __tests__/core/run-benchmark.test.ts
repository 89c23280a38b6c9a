import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { modelFigures } from '../../src/core/aggregate.js';
import { runBenchmark, WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { ConfigurationError } from '../../src/errors.js';
import { ModelServerError, type GenerateRequest, type Generation } from '../../src/ports.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

const BENCHMARK = parseBenchmarkFile(
  `benchmark_name: "Math"
purpose: "p"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: "execute_python_code_with_num_output"
models: ["ollama~right", "anthropic~claude"]
prompts:
  - dynamic_variables: { statement: "1 + 1" }
    expectation: "2"
  - dynamic_variables: { statement: "2 * 3" }
    expectation: "6"
  - dynamic_variables: { statement: "10 / 4" }
    expectation: "2.5"
`,
  'math.yaml',
);

const statement = (prompt: string): string => /<statement>(.*)<\/statement>/.exec(prompt)?.[1] ?? '';

/** right answers correctly, wrong adds one, warm-ups answer "ready". */
function answer(request: GenerateRequest) {
  if (request.prompt === WARMUP_PROMPT)
    return generation({ response: 'ready', loadDurationNs: 3e9, evalCount: 1 });
  const expr = statement(request.prompt);
  const code = request.model === 'wrong' ? `print((${expr}) + 1)` : `print(${expr})`;
  return generation({ response: '```python\n' + code + '\n```' });
}

function setup(
  answerFn: (request: GenerateRequest) => Generation | ModelServerError = answer,
  local = ['right', 'wrong'],
) {
  const server = new FakeModelServer(answerFn);
  for (const name of local) server.local.add(name);
  const runner = new FakeCodeRunner(server.calls);
  const clock = new FakeClock();
  const logger = new RecordingLogger();
  return { server, runner, clock, logger };
}

describe('runBenchmark', () => {
  it('grades every row of every model and keeps the warm-up out of the rows', async () => {
    const ports = setup();
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right', 'wrong'] }), ports);

    const [right, wrong] = run.models;
    expect(right?.rows.map((r) => r.status)).toEqual(['passed', 'passed', 'passed']);
    expect(wrong?.rows.map((r) => [r.status, r.reason])).toEqual([
      ['failed', 'got 3, expected 2'],
      ['failed', 'got 7, expected 6'],
      ['failed', 'got 3.5, expected 2.5'],
    ]);
    expect(right && modelFigures(right)).toMatchObject({ accuracy: 1, warmupLoadDurationMs: 3000 });
    expect(right?.rows.every((r) => r.generation?.loadDurationNs === 1e6)).toBe(true);
    // The warm-up is one short, untimed request per model, with the run's options plus num_predict 1.
    const warmups = ports.server.requests.filter((r) => r.prompt === WARMUP_PROMPT);
    expect(warmups).toEqual([
      { model: 'right', prompt: WARMUP_PROMPT, options: { temperature: 0, num_predict: 1 } },
      { model: 'wrong', prompt: WARMUP_PROMPT, options: { temperature: 0, num_predict: 1 } },
    ]);
    expect(run.serverVersion).toBe('0.12.0');
  });

  it('tells an observer of each model and each finished row as they happen', async () => {
    const ports = setup();
    const events: string[] = [];
    const observer = {
      modelStarted: (ref: { name: string }, rowCount: number) => events.push(`start ${ref.name} ${rowCount}`),
      rowFinished: (ref: { name: string }, row: { index: number; status: string }) =>
        events.push(`row ${ref.name} ${row.index} ${row.status}`),
      modelFinished: (model: { ref: { name: string }; status: string }) =>
        events.push(`end ${model.ref.name} ${model.status}`),
    };
    await runBenchmark(BENCHMARK, runSettings({ models: ['right', 'wrong', 'absent'], pull: false }), {
      ...ports,
      observer,
    });

    expect(events).toEqual([
      'start right 3',
      'row right 1 passed',
      'row right 2 passed',
      'row right 3 passed',
      'end right completed',
      'start wrong 3',
      'row wrong 1 failed',
      'row wrong 2 failed',
      'row wrong 3 failed',
      'end wrong completed',
      // A model that could not be had has no rows to report, only its end.
      'end absent unavailable',
    ]);
  });

  it('runs code only after the model has finished generating, unless overlap is asked for', async () => {
    const pure = setup();
    await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), pure);
    const generates = pure.server.calls.filter((c) => c.startsWith('generate'));
    expect(generates).toHaveLength(4);
    const lastGenerate = pure.server.calls.lastIndexOf('generate right');
    expect(pure.server.calls.indexOf('run')).toBeGreaterThan(lastGenerate);

    const overlapped = setup();
    await runBenchmark(BENCHMARK, runSettings({ models: ['right'], overlap: true }), overlapped);
    expect(overlapped.server.calls.indexOf('run')).toBeLessThan(
      overlapped.server.calls.lastIndexOf('generate right'),
    );
  });

  it('pulls a model the server lacks, and refuses to with pull off', async () => {
    const ports = setup(answer, []);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    expect(ports.server.calls.slice(0, 4)).toEqual(['version', 'show right', 'pull right', 'show right']);
    expect(run.models[0]).toMatchObject({ status: 'completed', pulled: true });

    const noPull = setup(answer, []);
    const refused = await runBenchmark(BENCHMARK, runSettings({ models: ['right'], pull: false }), noPull);
    expect(refused.models[0]?.status).toBe('unavailable');
    expect(refused.models[0]?.error).toContain('ollama pull right');
    expect(noPull.server.calls).not.toContain('pull right');
  });

  it('keeps the other models when one cannot be pulled', async () => {
    const ports = setup(answer, ['right']);
    ports.server.pullError = new ModelServerError('pull model manifest: file does not exist', null, false);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['missing', 'right'] }), ports);
    expect(run.models.map((m) => m.status)).toEqual(['unavailable', 'completed']);
    expect(run.models[0]?.error).toContain('file does not exist');
    expect(run.models[0]?.rows.map((r) => r.status)).toEqual(['errored', 'errored', 'errored']);
    expect(run.models[1]?.rows.every((r) => r.correct)).toBe(true);
  });

  it('retries a server error with doubling waits and records the row as errored after three tries', async () => {
    const ports = setup((request) =>
      statement(request.prompt) === '2 * 3'
        ? new ModelServerError('llama runner process has terminated', 500, true)
        : answer(request),
    );
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    const rows = run.models[0]?.rows ?? [];
    expect(rows.map((r) => r.status)).toEqual(['passed', 'errored', 'passed']);
    expect(rows[1]).toMatchObject({ attempts: 3, error: 'llama runner process has terminated' });
    expect(ports.clock.sleeps).toEqual([500, 1000]);
    // The errored row is left out of speed, not averaged in as zero.
    const figures = run.models[0] && modelFigures(run.models[0]);
    expect(figures).toMatchObject({ errored: 1, correct: 2, incorrect: 1 });
    expect(figures?.decodeTokensPerSecond.n).toBe(2);
    expect(figures?.decodeTokensPerSecond.mean).toBe(50);
  });

  it('marks a model that answered no row as unavailable, keeping its errored rows', async () => {
    const ports = setup((request) =>
      request.prompt === WARMUP_PROMPT
        ? answer(request)
        : new ModelServerError('connection reset', null, true),
    );
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right', 'wrong'] }), ports);
    expect(run.models.map((m) => m.status)).toEqual(['unavailable', 'unavailable']);
    expect(run.models[0]?.error).toBe('model "right" answered no row; last error: connection reset');
    expect(run.models[0]?.rows.map((r) => r.attempts)).toEqual([3, 3, 3]);
  });

  it('does not retry an error that will not pass on a second try', async () => {
    const ports = setup((request) =>
      request.prompt === WARMUP_PROMPT
        ? answer(request)
        : new ModelServerError('invalid options', 400, false),
    );
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    expect(run.models[0]?.rows.every((r) => r.attempts === 1 && r.status === 'errored')).toBe(true);
    expect(ports.clock.sleeps).toEqual([]);
  });

  it('marks a model that fails its warm-up as unavailable without sending its rows', async () => {
    const ports = setup(() => new ModelServerError('model requires more system memory', 500, true));
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    expect(run.models[0]?.status).toBe('unavailable');
    expect(run.models[0]?.error).toContain('failed to warm up: model requires more system memory');
    expect(ports.server.requests).toHaveLength(3);
  });

  it('runs the file models it serves and reports the others as skipped', async () => {
    const ports = setup();
    const run = await runBenchmark(BENCHMARK, runSettings(), ports);
    expect(run.models.map((m) => [m.ref.spec, m.status])).toEqual([
      ['ollama~right', 'completed'],
      ['anthropic~claude', 'skipped'],
    ]);
    expect(ports.logger.messages('warning')).toContain(
      'anthropic~claude: skipped, provider "anthropic" is not served by exbench (it serves ollama, llamacpp, openai)',
    );
  });

  it('runs a model named twice in two spellings once', async () => {
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['right', 'ollama~Right:latest'] }),
      setup(),
    );
    expect(run.models.map((m) => m.ref.spec)).toEqual(['right']);
  });

  it('refuses a model named on the command line whose provider it does not serve', async () => {
    await expect(
      runBenchmark(BENCHMARK, runSettings({ models: ['anthropic~claude'] }), setup()),
    ).rejects.toThrow(ConfigurationError);
    await expect(
      runBenchmark(BENCHMARK, runSettings({ models: ['openai~gpt-4o'] }), setup()),
    ).rejects.toThrow('model "openai~gpt-4o": no openai server was given; give one with --server');
  });

  it('counts timeouts, crashes and capped output as failures with their own reasons', async () => {
    const ports = setup();
    ports.runner.outcomes.set('print(1 + 1)', { exitCode: null, signal: 'SIGKILL', timedOut: true });
    ports.runner.outcomes.set('print(2 * 3)', {
      exitCode: 1,
      stderr: 'Traceback\nZeroDivisionError: division by zero\n',
    });
    ports.runner.outcomes.set('print(10 / 4)', {
      exitCode: null,
      signal: 'SIGKILL',
      stdout: 'x'.repeat(10),
      stdoutTruncated: true,
    });
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'], codeTimeoutMs: 2000 }), ports);
    expect(run.models[0]?.rows.map((r) => [r.status, r.reason])).toEqual([
      ['timed_out', 'timed out after 2 s'],
      ['failed', 'exit code 1: ZeroDivisionError: division by zero'],
      ['failed', 'output exceeded 1048576 bytes'],
    ]);
  });

  it('records a row whose sandbox fails as errored and still grades the others', async () => {
    const ports = setup();
    const realRun = ports.runner.run.bind(ports.runner);
    ports.runner.run = (request) =>
      request.code.includes('2 * 3')
        ? Promise.reject(new Error('ENOSPC: no space left on device'))
        : realRun(request);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    expect(run.models[0]?.rows.map((r) => [r.status, r.reason])).toEqual([
      ['passed', null],
      ['errored', 'could not run the code: ENOSPC: no space left on device'],
      ['passed', null],
    ]);
  });

  it('falls back to python3 with a warning when uv is not installed', async () => {
    const uvBenchmark = { ...BENCHMARK, evaluator: 'execute_python_code_with_uv' as const };
    const ports = setup();
    const run = await runBenchmark(uvBenchmark, runSettings({ models: ['right'] }), ports);
    expect(run.executor).toBe('python3');
    expect(ports.runner.runs.every((r) => r.executor === 'python3')).toBe(true);
    expect(ports.logger.messages('warning').join()).toContain('uv is not installed');
  });

  it('sends the file and flag options with every row', async () => {
    const ports = setup();
    await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['right'], options: { temperature: 0.2, seed: 7 } }),
      ports,
    );
    const rows = ports.server.requests.filter((r) => r.prompt !== WARMUP_PROMPT);
    expect(rows.map((r) => r.options)).toEqual([
      { temperature: 0.2, seed: 7 },
      { temperature: 0.2, seed: 7 },
      { temperature: 0.2, seed: 7 },
    ]);
  });

  it('after a server fault waits for the server to answer again, then retries, and the row passes', async () => {
    let failed = false;
    const ports = setup((request) => {
      if (statement(request.prompt) === '2 * 3' && !failed) {
        failed = true;
        return new ModelServerError('fetch failed: connect ECONNREFUSED', null, true);
      }
      return answer(request);
    });
    // Down for the first two probes after the fault (call 1 is the run's own version check).
    ports.server.answersVersion = (call) => call === 1 || call > 3;
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['right'] }), ports);
    expect(run.models[0]?.rows.map((r) => [r.status, r.errorKind, r.attempts])).toEqual([
      ['passed', null, 1],
      ['passed', null, 2],
      ['passed', null, 1],
    ]);
    // The retry's own delay, then the probes' growing pauses.
    expect(ports.clock.sleeps).toEqual([500, 500, 1000]);
    const warnings = ports.logger.lines.filter((line) => line.level === 'warning').map((l) => l.message);
    expect(warnings).toContainEqual(expect.stringMatching(/is not answering .*waiting up to 120 s for it/));
  });

  it('gives a dead server one wait, not one per row, and records its rows as the server failing', async () => {
    const ports = setup((request) =>
      request.prompt === WARMUP_PROMPT
        ? answer(request)
        : new ModelServerError('fetch failed: connect ECONNREFUSED', null, true),
    );
    ports.server.answersVersion = (call) => call === 1;
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['right'], serverWaitMs: 10_000 }),
      ports,
    );
    const rows = run.models[0]?.rows ?? [];
    expect(rows.map((r) => [r.status, r.errorKind])).toEqual([
      ['errored', 'server'],
      ['errored', 'server'],
      ['errored', 'server'],
    ]);
    expect(rows[0]?.error).toContain('the server did not answer again within 10 s');
    // Counted from the fault (then the retry's 0.5 s and the 10 s wait), not from the end of the wait.
    expect(rows[1]?.error).toBe(
      `the server at ${ports.server.host} has not answered for 11 s (first: fetch failed: connect ECONNREFUSED)`,
    );
    // One retry delay and one wait of 10 s in all.
    const slept = ports.clock.sleeps.reduce((sum, ms) => sum + ms, 0);
    expect(slept).toBe(500 + 10_000);
    expect(ports.server.requests.filter((r) => r.prompt !== WARMUP_PROMPT)).toHaveLength(1);
  });

  it('says a wrong answer was cut off at the token limit, naming num_predict', async () => {
    const ports = setup((request) =>
      request.prompt === WARMUP_PROMPT
        ? answer(request)
        : generation({ response: '```python\nprint(1', doneReason: 'length' }),
    );
    const settings = runSettings({ models: ['right'], options: { num_predict: 8 } });
    const run = await runBenchmark(BENCHMARK, settings, ports);
    expect(run.models[0]?.rows[0]?.reason).toMatch(
      /^the answer was cut off at the token limit \(num_predict 8\); /,
    );
  });
});

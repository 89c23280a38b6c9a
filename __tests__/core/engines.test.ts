import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { decodeTokensPerSecond, figureSources, prefillTokensPerSecond } from '../../src/core/aggregate.js';
import { runBenchmark } from '../../src/core/run-benchmark.js';
import { NOT_USED_VERSION } from '../../src/core/server-registry.js';
import { ModelServerError, type Engine, type GenerateRequest } from '../../src/ports.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

const BENCHMARK = parseBenchmarkFile(
  `benchmark_name: "Math"
purpose: "p"
base_prompt: "Print <statement>{{statement}}</statement>"
evaluator: "execute_python_code_with_num_output"
models: ["ollama~right", "llamacpp~right", "openai~right"]
prompts:
  - dynamic_variables: { statement: "1 + 1" }
    expectation: "2"
  - dynamic_variables: { statement: "2 * 3" }
    expectation: "6"
`,
  'math.yaml',
);

const right = (request: GenerateRequest) => {
  const expression = /<statement>(.*)<\/statement>/.exec(request.prompt)?.[1] ?? '';
  return generation({ response: '```python\nprint(' + expression + ')\n```' });
};

function engineServer(engine: Engine, host: string): FakeModelServer {
  const server = new FakeModelServer(right);
  server.engine = engine;
  server.host = host;
  server.local.add('right');
  return server;
}

function setup(engines: Engine[]) {
  const ollama = engineServer('ollama', 'http://fake:11434');
  const extra = Object.fromEntries(
    engines.map((engine) => [engine, engineServer(engine, `http://${engine}:8080`)]),
  );
  return {
    server: ollama,
    servers: extra,
    runner: new FakeCodeRunner(),
    clock: new FakeClock(),
    logger: new RecordingLogger(),
  };
}

describe('runBenchmark with several engines', () => {
  it('sends each provider’s models to its own server and records the engine of each', async () => {
    const ports = setup(['llamacpp', 'openai']);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: [] }), ports);

    expect(run.models.map((m) => [m.ref.spec, m.engine, m.status])).toEqual([
      ['ollama~right', 'ollama', 'completed'],
      ['llamacpp~right', 'llamacpp', 'completed'],
      ['openai~right', 'openai', 'completed'],
    ]);
    expect(run.engines?.map((use) => [use.engine, use.host])).toEqual([
      ['ollama', 'http://fake:11434'],
      ['llamacpp', 'http://llamacpp:8080'],
      ['openai', 'http://openai:8080'],
    ]);
    const llamacpp = ports.servers.llamacpp;
    expect(llamacpp?.requests.filter((r) => r.prompt.includes('<statement>')).map((r) => r.model)).toEqual([
      'right',
      'right',
    ]);
  });

  it('never asks Ollama anything when no model of the run is an Ollama model', async () => {
    const ports = setup(['llamacpp']);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: ['llamacpp~right'] }), ports);
    expect(ports.server.calls).toEqual([]);
    expect(run.serverVersion).toBe(NOT_USED_VERSION);
    expect(run.models[0]?.rows.every((row) => row.status === 'passed')).toBe(true);
  });

  it('skips the file’s models of a provider no server was given for, saying how to give one', async () => {
    const ports = setup(['llamacpp']);
    const run = await runBenchmark(BENCHMARK, runSettings({ models: [] }), ports);
    const openai = run.models.find((m) => m.ref.provider === 'openai');
    expect(openai?.status).toBe('skipped');
    expect(openai?.error).toContain('no openai server was given; give one with --server PROVIDER=URL');
  });
});

describe('models an engine does not serve', () => {
  it('opens a Pull group only for Ollama models: llama-server cannot download, it says what it serves', async () => {
    const ports = setup(['llamacpp']);
    const llamacpp = ports.servers.llamacpp;
    if (llamacpp === undefined) throw new Error('no llamacpp server');
    llamacpp.pullError = new ModelServerError(
      'llama-server does not serve "absent"; it serves "right"',
      404,
      false,
    );
    const run = await runBenchmark(
      BENCHMARK,
      runSettings({ models: ['llamacpp~absent', 'ollama~new'] }),
      ports,
    );

    expect(run.models.map((m) => [m.ref.spec, m.status])).toEqual([
      ['llamacpp~absent', 'unavailable'],
      ['ollama~new', 'completed'],
    ]);
    expect(run.models[0]?.error).toContain('it serves "right"');
    expect(ports.logger.groups.filter((name) => name.startsWith('Pull'))).toEqual(['Pull new']);
  });
});

describe('figures for every engine', () => {
  it('times decode on the server where it can and on the client otherwise, saying which', () => {
    const server = generation({ evalCount: 100, evalDurationNs: 2e9 });
    // 41 tokens, the first at 200 ms and the last at 1000 ms: 40 tokens in 0.8 s.
    const client = generation({
      evalCount: 41,
      evalDurationNs: 0,
      decodeTimedBy: 'client',
      prefillTimedBy: 'client',
      promptEvalCount: 30,
      timeToFirstTokenMs: 200,
      timeToLastTokenMs: 1000,
    });
    expect(decodeTokensPerSecond(server)).toBe(50);
    expect(decodeTokensPerSecond(client)).toBe(50);
    expect(prefillTokensPerSecond(client)).toBe(150);
    expect(decodeTokensPerSecond({ ...client, evalCount: 1 })).toBeNull();
  });

  it('names one source per model, or mixed when its rows were timed differently', () => {
    const model = (timedBy: ('server' | 'client')[]) => ({
      ref: { spec: 'm', provider: 'openai', name: 'm', id: 'openai~m' },
      status: 'completed' as const,
      error: null,
      details: null,
      pulled: false,
      warmup: null,
      rows: timedBy.map((source) => ({
        generation: generation({ decodeTimedBy: source }),
      })) as never,
    });
    expect(figureSources(model(['client', 'client'])).decodeTokensPerSecond).toBe('client');
    expect(figureSources(model(['server', 'client'])).decodeTokensPerSecond).toBe('mixed');
    expect(figureSources(model([])).decodeTokensPerSecond).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import {
  discoverySources,
  modelNameMatcher,
  resolveRequestedModels,
} from '../../src/core/discover-models.js';
import { runBenchmark } from '../../src/core/run-benchmark.js';
import { ConfigurationError } from '../../src/errors.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { FakeClock, FakeCodeRunner, FakeModelServer, generation, runSettings } from '../support/fakes.js';

const ECHO = parseBenchmarkFile(
  `benchmark_name: "Echo"
purpose: "p"
base_prompt: "Say {{word}}"
evaluator: "raw_string_evaluator"
models: ["listed-in-file"]
prompts:
  - dynamic_variables: { word: "hi" }
    expectation: "hi"
`,
  'echo.yaml',
);

function serverWith(local: string[]): FakeModelServer {
  const server = new FakeModelServer(() => generation({ response: 'hi' }));
  for (const name of local) server.local.add(name);
  return server;
}

const NO_FILTER = { include: [], exclude: [] };

describe('models: all', () => {
  it('runs every model the server has instead of the file list, sorted by name', async () => {
    const server = serverWith(['qwen2.5-coder:1.5b', 'llama3.2:1b']);
    const run = await runBenchmark(ECHO, runSettings({ models: ['all'] }), {
      server,
      runner: new FakeCodeRunner(),
      clock: new FakeClock(),
      logger: new RecordingLogger(),
    });
    expect(run.models.map((m) => [m.ref.name, m.status])).toEqual([
      ['llama3.2:1b', 'completed'],
      ['qwen2.5-coder:1.5b', 'completed'],
    ]);
  });

  it('skips an embedding model with the reason in the report and never sends it a prompt', async () => {
    const server = serverWith(['nomic-embed-text:latest', 'llama3.2:1b']);
    server.capabilities.set('nomic-embed-text:latest', ['embedding']);
    const logger = new RecordingLogger();
    const run = await runBenchmark(ECHO, runSettings({ models: ['all'] }), {
      server,
      runner: new FakeCodeRunner(),
      clock: new FakeClock(),
      logger,
    });
    const embed = run.models.find((m) => m.ref.name === 'nomic-embed-text:latest');
    expect(embed?.status).toBe('skipped');
    expect(embed?.error).toContain('cannot generate text (its capabilities: embedding)');
    expect(server.calls).not.toContain('generate nomic-embed-text:latest');
    expect(run.models.find((m) => m.ref.name === 'llama3.2:1b')?.status).toBe('completed');
    // The plan counts only the model that will run.
    expect(logger.messages('info')).toContain(
      'Plan: 1 model × 1 row × 1 repeat = 1 request (skipping nomic-embed-text:latest: cannot generate text)',
    );
  });

  it('keeps a model whose server does not report capabilities', async () => {
    const server = serverWith(['old:latest']);
    server.capabilities.set('old:latest', null);
    const run = await runBenchmark(ECHO, runSettings({ models: ['all'] }), {
      server,
      runner: new FakeCodeRunner(),
      clock: new FakeClock(),
      logger: new RecordingLogger(),
    });
    expect(run.models[0]?.status).toBe('completed');
  });

  it('narrows the list with include, then exclude', async () => {
    const server = serverWith(['qwen2.5-coder:1.5b', 'qwen3:4b', 'llama3.2:1b', 'me/qwen-tuned:latest']);
    expect(
      await resolveRequestedModels(['all'], { include: ['qwen*'], exclude: ['*:4b'] }, [
        { provider: 'ollama', server: server },
      ]),
    ).toEqual(['qwen2.5-coder:1.5b']);
  });

  it("lists every server's models, other engines' under their provider, and filters them alike", async () => {
    const ollama = serverWith(['qwen3:4b']);
    const llama = serverWith(['qwen2.5-coder-1.5b', 'phi-3']);
    const sources = discoverySources(ollama, { llamacpp: llama });
    expect(await resolveRequestedModels(['all'], { include: [], exclude: [] }, sources)).toEqual([
      'llamacpp~phi-3',
      'llamacpp~qwen2.5-coder-1.5b',
      'qwen3:4b',
    ]);
    expect(await resolveRequestedModels(['all'], { include: ['*qwen*'], exclude: ['*~*'] }, sources)).toEqual(
      ['qwen3:4b'],
    );
  });

  it('refuses a filter that leaves no model, listing what the server has', async () => {
    const server = serverWith(['llama3.2:1b']);
    const error = await resolveRequestedModels(['all'], { include: ['mistral*'], exclude: [] }, [
      { provider: 'ollama', server: server },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toContain('llama3.2:1b');
  });

  it('refuses include or exclude without all, as they would do nothing', async () => {
    await expect(
      resolveRequestedModels(['llama3.2:1b'], { include: [], exclude: ['x*'] }, [
        { provider: 'ollama', server: serverWith([]) },
      ]),
    ).rejects.toThrow(/apply only to models "all"/);
  });

  it('refuses all mixed with model names', async () => {
    await expect(
      resolveRequestedModels(['all', 'llama3.2:1b'], NO_FILTER, [
        { provider: 'ollama', server: serverWith([]) },
      ]),
    ).rejects.toThrow(/cannot be combined/);
  });
});

describe('modelNameMatcher', () => {
  it('matches without regard to case, and a name without tag matches its :latest', async () => {
    const matches = await modelNameMatcher(['Llama3.2', 'hf.co/**']);
    expect(matches('llama3.2:latest')).toBe(true);
    expect(matches('llama3.2:1b')).toBe(false);
    expect(matches('hf.co/bartowski/x:q4_k_m')).toBe(true);
  });
});

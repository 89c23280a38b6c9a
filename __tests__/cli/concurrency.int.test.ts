/**
 * --concurrency end to end: the real Ollama client over HTTP against the project's Ollama-compatible
 * server, which counts the generate requests it answers at once.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import { runCliIn } from '../support/cli-run.js';
import { startCli } from '../support/cli-process.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const MODEL = 'echo/slow';
const OTHER_MODEL = 'echo/slow-too';
const WORDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

let fake: FakeOllama | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

/**
 * Says each word back; earlier words answer later (row 1 waits longest), so with requests in
 * flight together the answers arrive in the reverse of the rows' order.
 */
async function serveSlowFirstRows(): Promise<FakeOllama> {
  fake = await startFakeOllama({
    models: [MODEL, OTHER_MODEL].map((model) => ({
      name: `${model}:latest`,
      reply: (prompt) => {
        const word = /say: (\S+)/.exec(prompt)?.[1] ?? '';
        const position = WORDS.indexOf(word);
        return { response: word, firstChunkDelayMs: position < 0 ? 0 : (WORDS.length - position) * 50 };
      },
    })),
  });
  return fake;
}

function benchmarkFile(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-concurrency-')), 'say.yaml');
  const rows = WORDS.map((w) => `  - dynamic_variables: { word: "${w}" }\n    expectation: "${w}"`).join(
    '\n',
  );
  writeFileSync(
    file,
    `benchmark_name: Say\nbase_prompt: "say: {{word}}"\nevaluator: raw_string_evaluator\nprompts:\n${rows}\n`,
  );
  return file;
}

const generatePrompts = (server: FakeOllama): string[] =>
  server.requests
    .filter((request) => request.path === '/api/generate')
    .map((request) => (request.body as { prompt: string }).prompt);

describe('exbench ollama-bench --concurrency', () => {
  it('raises no Node warning with many requests in flight across models (--parallel-models 2 --concurrency 8)', async () => {
    const server = await serveSlowFirstRows();
    const file = benchmarkFile();
    const cli = startCli(
      [
        'ollama-bench',
        '--parallel-models',
        '2',
        '--concurrency',
        '8',
        '--model-timeout',
        '60',
        MODEL,
        OTHER_MODEL,
        file,
      ],
      {
        cwd: path.dirname(file),
        env: {
          PATH: process.env.PATH ?? '/usr/bin:/bin',
          HOME: path.dirname(file),
          OLLAMA_HOST: server.hostPort,
        },
      },
    );
    const exit = await cli.exited;
    expect(exit.status).toBe(0);
    expect(server.inference.mostInFlight).toBeGreaterThan(8);
    expect(exit.stderr).not.toContain('MaxListenersExceededWarning');
  }, 60_000);

  it('keeps 4 requests in flight at once and the report in row order, after one uncounted warm-up', async () => {
    const server = await serveSlowFirstRows();
    const run = await runCliIn(server.hostPort, [
      'ollama-bench',
      '--concurrency',
      '4',
      MODEL,
      benchmarkFile(),
    ]);

    expect(run.status).toBe(0);
    expect(server.inference.mostInFlight).toBe(4);
    const results = run.report?.models[0]?.results ?? [];
    expect(results.map((row) => row.dynamic_variables.word)).toEqual(WORDS);
    expect(results.every((row) => row.correct)).toBe(true);
    expect(run.report?.settings.request_concurrency).toBe(4);
    // The warm-up went alone, before any row, and is not a result.
    const prompts = generatePrompts(server);
    expect(prompts[0]).toBe(WARMUP_PROMPT);
    expect(prompts.filter((prompt) => prompt === WARMUP_PROMPT)).toHaveLength(1);
    expect(prompts).toHaveLength(WORDS.length + 1);
  });

  it('sends one request at a time by default', async () => {
    const server = await serveSlowFirstRows();
    const run = await runCliIn(server.hostPort, ['ollama-bench', MODEL, benchmarkFile()]);

    expect(run.status).toBe(0);
    expect(server.inference.mostInFlight).toBe(1);
    expect(run.report?.settings.request_concurrency).toBe(1);
    expect(generatePrompts(server).slice(1)).toEqual(WORDS.map((w) => `say: ${w}`));
  });
});

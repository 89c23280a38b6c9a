/**
 * Engines side by side, end to end: the same scripted model served through the Ollama,
 * llama-server and OpenAI-compatible faces of the test server, run by `exbench ollama-bench` with
 * the real adapters and the real Python sandbox, into one report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/report/report-schema.js';
import { runCliIn } from '../support/cli-run.js';
import { startFakeEngine, type FakeEngine } from '../support/fake-engines.js';
import { startFakeOllama, type FakeOllama, type ScriptedModel } from '../support/fake-ollama.js';
import { statementOf } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');
/** The scripted truth every engine must report. */
const TOKENS_PER_SECOND = 50;
const NAME = 'exbench/explainer:latest';
const KEY = 'sk-engines-test-0123456789';

/** Right on every row, with enough tokens (about 30) that a client's clock can time decoding well. */
const explainer: ScriptedModel = {
  name: NAME,
  reply: (prompt) => ({
    response:
      'Here is a short program that evaluates the statement with the usual Python operator precedence and prints the value:\n' +
      '```python\nprint(' +
      (statementOf(prompt) ?? '0') +
      ')\n```\nRunning it prints the number and nothing else.',
    tokensPerSecond: TOKENS_PER_SECOND,
  }),
};
/** Says the key it was given back, as a model leaking a secret would. */
const leaker: ScriptedModel = { name: 'leaker', reply: () => ({ response: `my key is ${KEY}` }) };

let ollama: FakeOllama;
let llama: FakeEngine;
let openai: FakeEngine;
let keyed: FakeEngine;
beforeAll(async () => {
  ollama = await startFakeOllama({ models: [explainer] });
  llama = await startFakeEngine({ face: 'llamacpp', models: [explainer] });
  openai = await startFakeEngine({ face: 'openai', models: [explainer] });
  keyed = await startFakeEngine({ face: 'openai', models: [leaker], apiKey: KEY });
});
afterAll(async () => {
  await Promise.all([ollama.close(), llama.close(), openai.close(), keyed.close()]);
});

const byModel = (report: Report | null, spec: string) => report?.models.find((m) => m.model === spec);

describe('exbench ollama-bench with several engines', () => {
  it('measures one model through Ollama, llama-server and an OpenAI-compatible server alike', async () => {
    const specs = ['exbench/explainer', `llamacpp~${NAME}`, `openai~${NAME}`];
    const run = await runCliIn(ollama.hostPort, [
      'ollama-bench',
      ...specs,
      SIMPLE_MATH,
      '--server',
      `llamacpp=${llama.url}`,
      '--server',
      `openai=${openai.url}`,
    ]);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);

    const [viaOllama, viaLlama, viaOpenai] = specs.map((spec) => byModel(run.report, spec));
    // The same accuracy through every engine.
    expect([viaOllama, viaLlama, viaOpenai].map((m) => [m?.engine, m?.accuracy, m?.correct_count])).toEqual([
      ['ollama', 1, 10],
      ['llamacpp', 1, 10],
      ['openai', 1, 10],
    ]);
    // Decode speed: server-timed within 1 % of the scripted truth, client-timed within 5 %.
    const deviation = (median: number | null | undefined) => Math.abs((median ?? 0) / TOKENS_PER_SECOND - 1);
    expect(viaOllama?.figure_sources?.decode_tokens_per_second).toBe('server');
    expect(viaLlama?.figure_sources?.decode_tokens_per_second).toBe('server');
    expect(viaOpenai?.figure_sources?.decode_tokens_per_second).toBe('client');
    expect(deviation(viaOllama?.decode_tokens_per_second.median)).toBeLessThan(0.01);
    expect(deviation(viaLlama?.decode_tokens_per_second.median)).toBeLessThan(0.01);
    expect(deviation(viaOpenai?.decode_tokens_per_second.median)).toBeLessThan(0.05);
    expect(viaOpenai?.results[0]?.prompt_response.decode_timed_by).toBe('client');

    expect(run.report?.engines?.map((use) => [use.engine, use.version])).toEqual([
      ['ollama', '0.12.3'],
      ['llamacpp', 'b6500-0123abcd'],
      ['openai', '0.11.0'],
    ]);
  });

  it('takes the servers from the file, and never contacts Ollama when no model needs it', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exbench-engines-'));
    const file = path.join(dir, 'math.yaml');
    writeFileSync(
      file,
      `${readFileSync(SIMPLE_MATH, 'utf8').replace(
        /models:\n( {2}- .*\n)+/,
        `models:\n  - 'llamacpp~${NAME}'\nservers:\n  llamacpp: '${llama.url}'\n`,
      )}`,
    );
    const before = ollama.requests.length;
    const run = await runCliIn(ollama.hostPort, ['ollama-bench', file]);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(byModel(run.report, `llamacpp~${NAME}`)?.accuracy).toBe(1);
    expect(ollama.requests.length).toBe(before);
    expect(run.report?.ollama.version).toBe('not used');
  });

  it('sends the key from the variable the user named and redacts it everywhere', async () => {
    const run = await runCliIn(
      ollama.hostPort,
      [
        'ollama-bench',
        'openai~leaker',
        SIMPLE_MATH,
        '--server',
        `openai=${keyed.url}`,
        '--api-key-env',
        'BENCH_ACCESS',
      ],
      { BENCH_ACCESS: KEY },
    );
    expect(run.status).toBe(0);
    expect(keyed.requests.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true);
    const written = readFileSync(run.reportPath ?? '', 'utf8');
    expect(written).not.toContain(KEY);
    expect(written).toContain('my key is ***');
    expect(run.stdout + run.stderr).not.toContain(KEY);
  });

  it('refuses a bad --server, an unset key variable, and a provider with no server, before running', async () => {
    const bad = await runCliIn(ollama.hostPort, ['ollama-bench', SIMPLE_MATH, '--server', 'vllm=http://x']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      '--server "vllm=http://x": unknown provider "vllm"; expected llamacpp or openai',
    );
    const unset = await runCliIn(ollama.hostPort, [
      'ollama-bench',
      SIMPLE_MATH,
      '--api-key-env',
      'NOT_SET_HERE',
    ]);
    expect(unset.status).toBe(2);
    expect(unset.stderr).toContain(
      '--api-key-env NOT_SET_HERE: the environment variable is not set or empty',
    );
    const none = await runCliIn(ollama.hostPort, ['ollama-bench', 'openai~gpt-4o', SIMPLE_MATH]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('no openai server was given; give one with --server PROVIDER=URL');
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { LlamaCppModelServer } from '../../../src/adapters/llamacpp/server.js';
import { OpenAiCompatibleModelServer } from '../../../src/adapters/openai-compatible/server.js';
import { decodeTokensPerSecond } from '../../../src/core/aggregate.js';
import { ExternalError } from '../../../src/errors.js';
import { ModelServerError } from '../../../src/ports.js';
import { startFakeEngine, type FakeEngine } from '../../support/fake-engines.js';
import { serveOnLoopback } from '../../support/loopback-server.js';
import type { ScriptedModel } from '../../support/fake-ollama.js';

const ANSWER = 'The value is computed by this program:\n```python\nprint(1 + 2)\n```\nIt prints 3.';
const model = (name: string, extra: Partial<ReturnType<ScriptedModel['reply']>> = {}): ScriptedModel => ({
  name,
  reply: () => ({ response: ANSWER, tokensPerSecond: 40, ...extra }),
});
const MODELS: ScriptedModel[] = [
  model('steady'),
  { ...model('reasoner', { thinking: 'Add one and two.' }), capabilities: ['completion', 'thinking'] },
  model('broken', { fail: { status: 500, error: 'llama runner process has terminated' } }),
  model('cut-off', { endWithoutDone: true }),
  model('stream-error', { streamErrorAfterChunks: { chunks: 2, error: 'out of memory' } }),
  model('dropper', { dropAfterChunks: 2 }),
  model('staller', { stallAfterChunks: 1 }),
];
const prompt = (name: string) => ({ model: name, prompt: 'What is 1 + 2?', options: { temperature: 0 } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

let llama: FakeEngine;
let openai: FakeEngine;
let keyed: FakeEngine;
beforeAll(async () => {
  llama = await startFakeEngine({ face: 'llamacpp', models: MODELS });
  openai = await startFakeEngine({ face: 'openai', models: MODELS });
  keyed = await startFakeEngine({ face: 'openai', models: MODELS, apiKey: 'sk-test-secret-123' });
});
afterAll(async () => {
  await Promise.all([llama.close(), openai.close(), keyed.close()]);
});

describe('LlamaCppModelServer', () => {
  const server = (url = llama.url) => new LlamaCppModelServer({ url, clock: systemClock });

  it('reads the version from /props and the models from /v1/models', async () => {
    expect(await server().version()).toBe('b6500-0123abcd');
    expect((await server().listModels()).map((m) => m.name)).toContain('steady');
    expect(await server().show('steady')).toMatchObject({ name: 'steady', contextLength: 131_072 });
    expect(await server().show('absent')).toBeNull();
  });

  it('takes the speeds from the server’s timings, exactly as scripted', async () => {
    const generation = await server().generate(prompt('steady'));
    expect(generation.response).toBe(ANSWER);
    expect(generation.decodeTimedBy).toBe('server');
    expect(generation.prefillTimedBy).toBe('server');
    expect(decodeTokensPerSecond(generation)).toBeCloseTo(40, 6);
    expect(generation.doneReason).toBe('stop');
    const sent = llama.requests.at(-1)?.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      model: 'steady',
      messages: [{ role: 'user', content: 'What is 1 + 2?' }],
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0,
    });
  });

  it('keeps reasoning the server splits off apart from the answer', async () => {
    const generation = await server().generate(prompt('reasoner'));
    expect(generation.thinking).toBe('Add one and two.');
    expect(generation.response).toBe(ANSWER);
  });

  it('waits while the model loads: a 503 is the server’s fault, and the probe fails', async () => {
    llama.setLoading(true);
    try {
      expect(await failure(server().generate(prompt('steady')))).toMatchObject({
        status: 503,
        retryable: true,
        message: 'POST /chat/completions: HTTP 503: Loading model',
      });
      await expect(server().version()).rejects.toThrow(
        /cannot reach llama-server at .*HTTP 503: Loading model/,
      );
    } finally {
      llama.setLoading(false);
    }
  });

  it('says a 404 at /health means a wrong path (an extra /v1) or another server, not that it is down', async () => {
    const error = await failure(server(`${llama.url}/v1`).version());
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toBe(
      `llama-server at ${llama.url}/v1 answered HTTP 404 at /v1/health (File Not Found): the URL's path is likely wrong (llama-server's URL is its root, without /v1, e.g. ${llama.url}), or the server there is not llama-server; give the right address with --server llamacpp=URL`,
    );
  });

  it('says which models it serves when asked to pull another', async () => {
    const error = await failure(server().pull('qwen'));
    expect(error).toMatchObject({ retryable: false });
    expect((error as Error).message).toContain(
      'does not serve "qwen" and cannot download models; it serves "steady"',
    );
  });
});

describe('OpenAiCompatibleModelServer', () => {
  const server = (url = openai.url, apiKey: string | null = null) =>
    new OpenAiCompatibleModelServer({ url, clock: systemClock, apiKey, deadlines: { idleMs: 300 } });

  it('reads vLLM’s /version, and says unknown for a server without one', async () => {
    expect(await server().version()).toBe('0.11.0');
    const plain = await startFakeEngine({ face: 'openai', models: MODELS, noVersionRoute: true });
    try {
      expect(await server(plain.url).version()).toBe('unknown');
    } finally {
      await plain.close();
    }
  });

  it('times decoding on the client from the streamed tokens and counts them from usage', async () => {
    const generation = await server().generate(prompt('steady'));
    expect(generation.response).toBe(ANSWER);
    expect(generation.decodeTimedBy).toBe('client');
    expect(generation.evalCount).toBe(15);
    expect(generation.promptEvalCount).toBe(4);
    // 40 tokens/s on the wall clock; the client's measure may be off by a few per cent under load.
    expect(decodeTokensPerSecond(generation)).toBeGreaterThan(40 * 0.9);
    expect(decodeTokensPerSecond(generation)).toBeLessThan(40 * 1.1);
  });

  it('sends the key named by the user as a bearer token, and says so when it is refused', async () => {
    await expect(server(keyed.url, 'sk-test-secret-123').version()).resolves.toBe('0.11.0');
    expect(keyed.requests.at(-1)?.authorization).toBe('Bearer sk-test-secret-123');
    const refused = await failure(server(keyed.url, 'wrong-key').version());
    expect(refused).toBeInstanceOf(ExternalError);
    expect((refused as Error).message).toContain('refused the API key');
    expect((refused as Error).message).toContain('--api-key-env');
    expect(await failure(server(keyed.url).generate(prompt('steady')))).toMatchObject({
      status: 401,
      retryable: false,
      message: 'POST /chat/completions: HTTP 401: Invalid API Key',
    });
  });

  it('reads the message of an error body and retries a server error', async () => {
    expect(await failure(server().generate(prompt('broken')))).toMatchObject({
      status: 500,
      retryable: true,
      message: 'POST /chat/completions: HTTP 500: llama runner process has terminated',
    });
    expect(await failure(server().generate(prompt('absent')))).toMatchObject({
      status: 404,
      retryable: false,
    });
  });

  it('treats a stream cut off, broken or failing midway as the server’s fault', async () => {
    const cases: [string, RegExp][] = [
      ['cut-off', /ended without data: \[DONE\]/],
      ['stream-error', /out of memory/],
      ['dropper', /terminated|socket|closed/i],
      ['staller', /no token for 0.3 s/],
    ];
    for (const [name, message] of cases) {
      const error = await failure(server().generate(prompt(name)));
      expect(error).toBeInstanceOf(ModelServerError);
      expect(error).toMatchObject({ retryable: true });
      expect((error as Error).message).toMatch(message);
    }
  });

  it('tells a TLS handshake with a plain-HTTP server on one line, and says to use http://', async () => {
    const overTls = openai.url.replace(/^http:/, 'https:');
    const error = await failure(server(overTls).version());
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toBe(
      `cannot reach OpenAI-compatible server at ${overTls} (fetch failed: TLS failed: wrong version number); if the server there speaks plain HTTP, use --server openai=${openai.url}`,
    );
  });

  it('says a 404 at /models means a wrong path (a missing /v1) or another server, not that it is down', async () => {
    const root = openai.url.replace(/\/v1$/, '');
    const error = await failure(server(root).version());
    expect(error).toBeInstanceOf(ExternalError);
    expect((error as Error).message).toBe(
      `OpenAI-compatible server at ${root} answered HTTP 404 at /models (File Not Found): the URL's path is likely wrong (the API's base URL ends in /v1, e.g. ${root}/v1, with nothing after it), or the server there is not an OpenAI-compatible server; give the right address with --server openai=URL`,
    );
  });

  it('shows the 404 text of a server that is not OpenAI-compatible as one line, escape sequences taken out', async () => {
    const other = await serveOnLoopback((_req, res) => {
      res
        .writeHead(404, { 'content-type': 'text/plain' })
        .end('no route here\u001b]0;owned\u0007\n\u001b[2Jcleared');
      return Promise.resolve();
    });
    try {
      const url = `http://127.0.0.1:${other.port}/v1`;
      const error = await failure(server(url).version());
      expect((error as Error).message).toBe(
        `OpenAI-compatible server at ${url} answered HTTP 404 at /v1/models (no route here ]0;owned [2Jcleared): the URL's path is likely wrong (the API's base URL ends in /v1, with nothing after it), or the server there is not an OpenAI-compatible server; give the right address with --server openai=URL`,
      );
    } finally {
      await other.stop();
    }
  });

  it('cannot reach a server that is down, and says how to point at one', async () => {
    await expect(server('http://127.0.0.1:9/v1').version()).rejects.toThrow(
      /cannot reach OpenAI-compatible server at http:\/\/127.0.0.1:9\/v1 .*--server openai=URL/,
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Ollama, type GenerateResponse } from 'ollama';
import { startFakeOllama, type FakeOllama, type ScriptedModel } from './fake-ollama.js';
import { BROKEN_ERROR, FLAKY_ERROR, echoModel, mathModels } from './scripted-models.js';

const STATEMENT_PROMPT = 'Write Python that prints the value.\n<statement>(5 + 5) / 2 * 3</statement>';
const RIGHT_ANSWER = '```python\nprint((5 + 5) / 2 * 3)\n```';

const TIMING_FIELDS = [
  'total_duration',
  'load_duration',
  'prompt_eval_count',
  'prompt_eval_duration',
  'eval_count',
  'eval_duration',
] as const;

function scripted(name: string, reply: ScriptedModel['reply']): ScriptedModel {
  return { name, reply };
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const parts: T[] = [];
  for await (const part of stream) parts.push(part);
  return parts;
}

/** The NDJSON lines of a raw response, parsed. */
async function ndjson(response: Response): Promise<Record<string, unknown>[]> {
  const text = await response.text();
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function post(fake: FakeOllama, path: string, body: unknown): Promise<Response> {
  return fetch(`${fake.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
}

describe('fake Ollama server', () => {
  let fake: FakeOllama;
  let client: Ollama;

  beforeAll(async () => {
    fake = await startFakeOllama({
      models: [
        ...mathModels(),
        echoModel('exbench/echo:latest', 'one two three four five six', { loadMs: 800 }),
        echoModel('exbench/silent:latest', '', { promptTokens: 0 }),
        scripted('exbench/midway-error:latest', () => ({
          response: 'alpha beta gamma delta',
          streamErrorAfterChunks: { chunks: 2, error: 'an error was encountered while running the model' },
        })),
        echoModel('exbench/remote:latest', 'pulled and ready'),
      ],
      local: [
        ...mathModels().map((model) => model.name),
        'exbench/echo',
        'exbench/silent',
        'exbench/midway-error',
      ],
    });
    client = new Ollama({ host: fake.url });
  });

  afterAll(async () => {
    await fake.close();
  });

  describe('generate', () => {
    it('streams chunks that add up to the response and ends with integer nanosecond timings', async () => {
      const chunks = await collect(
        await client.generate({ model: 'exbench/right', prompt: STATEMENT_PROMPT, stream: true }),
      );

      const final = chunks.at(-1) as GenerateResponse;
      expect(chunks.map((chunk) => chunk.response).join('')).toBe(RIGHT_ANSWER);
      expect(chunks.slice(0, -1).every((chunk) => !chunk.done)).toBe(true);
      expect(final).toMatchObject({ model: 'exbench/right', done: true, done_reason: 'stop', response: '' });
      for (const field of TIMING_FIELDS) {
        expect(Number.isInteger(final[field])).toBe(true);
        expect(final[field]).toBeGreaterThan(0);
      }
      // One chunk per token; the default decode speed is 50 tokens/s.
      expect(final.eval_count).toBe(chunks.length - 1);
      expect(final.eval_duration).toBe(Math.round((final.eval_count / 50) * 1e9));
      expect(final.prompt_eval_count).toBe(Math.ceil(STATEMENT_PROMPT.length / 4));
      expect(final.context.length).toBe(final.prompt_eval_count + final.eval_count);
      expect(final.total_duration).toBeGreaterThan(
        final.load_duration + final.prompt_eval_duration + final.eval_duration,
      );
    });

    it('finds a model requested without its tag and echoes the name as requested', async () => {
      const response = await client.generate({
        model: 'EXBENCH/right',
        prompt: STATEMENT_PROMPT,
        stream: false,
      });
      expect(response.model).toBe('EXBENCH/right');
      expect(response.response).toBe(RIGHT_ANSWER);
    });

    it('answers with a single object when stream is false', async () => {
      const response = await client.generate({ model: 'exbench/chatty:latest', prompt: STATEMENT_PROMPT });
      expect(response.done).toBe(true);
      expect(response.response).toContain('```py\nprint((5 + 5) / 2 * 3)\n```');
      expect(response.eval_count).toBeGreaterThan(10);
    });

    it('reports the cold load once, then a warm model', async () => {
      const first = await client.generate({ model: 'exbench/echo', prompt: 'hi' });
      const second = await client.generate({ model: 'exbench/echo', prompt: 'hi' });
      expect(first.load_duration).toBe(800_000_000);
      expect(second.load_duration).toBeLessThan(10_000_000);
      // A different num_ctx makes Ollama reload the runner.
      const resized = await client.generate({
        model: 'exbench/echo',
        prompt: 'hi',
        options: { num_ctx: 8192 },
      });
      expect(resized.load_duration).toBe(800_000_000);
    });

    it('stops at num_predict tokens with done_reason "length"', async () => {
      const response = await client.generate({
        model: 'exbench/echo',
        prompt: 'hi',
        options: { num_predict: 3 },
      });
      expect(response).toMatchObject({ response: 'one two three ', done_reason: 'length', eval_count: 3 });
    });

    it('omits timing fields that are zero, as Go omitempty does, and only the final line has them', async () => {
      const raw = await post(fake, '/api/generate', { model: 'exbench/silent', prompt: 'x' });
      expect(raw.status).toBe(200);
      expect(raw.headers.get('content-type')).toBe('application/x-ndjson');
      const lines = await ndjson(raw);
      expect(lines).toHaveLength(1);
      const final = lines[0] ?? {};
      expect(final.done).toBe(true);
      for (const field of ['eval_count', 'eval_duration', 'prompt_eval_count', 'prompt_eval_duration']) {
        expect(final).not.toHaveProperty(field);
      }
      expect(final).toHaveProperty('total_duration');

      const streamed = await ndjson(
        await post(fake, '/api/generate', { model: 'exbench/echo', prompt: 'x' }),
      );
      for (const line of streamed.slice(0, -1)) {
        expect(Object.keys(line).sort()).toEqual(['created_at', 'done', 'model', 'response']);
      }
    });

    it('escapes <, > and & in JSON like Go', async () => {
      const raw = await post(fake, '/api/generate', {
        model: 'exbench/thinker',
        prompt: STATEMENT_PROMPT,
        stream: false,
      });
      const text = await raw.text();
      expect(text).toContain('\\u003cthink\\u003e');
      expect(text).not.toContain('<think>');
    });
  });

  describe('errors', () => {
    it('answers 404 with the server message for a model that is not there', async () => {
      await expect(client.generate({ model: 'exbench/nope', prompt: 'hi' })).rejects.toMatchObject({
        name: 'ResponseError',
        status_code: 404,
        message: "model 'exbench/nope' not found",
      });
      const raw = await post(fake, '/api/generate', { model: 'exbench/nope', prompt: 'hi' });
      expect(raw.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await raw.json()).toEqual({ error: "model 'exbench/nope' not found" });
    });

    it('answers 400 for a request without a body or a model', async () => {
      const empty = await fetch(`${fake.url}/api/generate`, { method: 'POST' });
      expect(empty.status).toBe(400);
      expect(await empty.json()).toEqual({ error: 'missing request body' });
      await expect(client.generate({ model: '', prompt: 'hi' })).rejects.toMatchObject({
        status_code: 400,
        message: 'model is required',
      });
    });

    it('turns an error line after HTTP 200 into an exception from the stream', async () => {
      const stream = await client.generate({ model: 'exbench/midway-error', prompt: 'hi', stream: true });
      const seen: string[] = [];
      await expect(
        (async () => {
          for await (const chunk of stream) seen.push(chunk.response ?? '');
        })(),
      ).rejects.toThrow('an error was encountered while running the model');
      expect(seen).toEqual(['alpha ', 'beta ']);
    });

    it('makes the client throw when the connection drops mid-stream', async () => {
      const stream = await client.generate({
        model: 'exbench/dropper',
        prompt: STATEMENT_PROMPT,
        stream: true,
      });
      await expect(collect(stream)).rejects.toThrow();
    });

    it('reports a runner crash as HTTP 500', async () => {
      await expect(
        client.generate({ model: 'exbench/broken', prompt: STATEMENT_PROMPT }),
      ).rejects.toMatchObject({
        status_code: 500,
        message: BROKEN_ERROR,
      });
    });

    it('fails the flaky model on its first call only', async () => {
      await expect(
        client.generate({ model: 'exbench/flaky', prompt: STATEMENT_PROMPT }),
      ).rejects.toMatchObject({
        status_code: 500,
        message: FLAKY_ERROR,
      });
      const second = await client.generate({ model: 'exbench/flaky', prompt: STATEMENT_PROMPT });
      expect(second.response).toBe(RIGHT_ANSWER);
    });
  });

  describe('thinking', () => {
    it('splits reasoning into the thinking field for a model with the thinking capability', async () => {
      const chunks = await collect(
        await client.generate({
          model: 'exbench/reasoner',
          prompt: STATEMENT_PROMPT,
          think: true,
          stream: true,
        }),
      );
      const thinking = chunks.map((chunk) => chunk.thinking ?? '').join('');
      expect(thinking).toContain('The user wants the value of (5 + 5) / 2 * 3.');
      expect(chunks.map((chunk) => chunk.response).join('')).toBe(RIGHT_ANSWER);
      // The think markers are generated tokens too.
      expect(chunks.at(-1)?.eval_count).toBe(chunks.length - 1 + 2);
    });

    it('leaves <think> inline for a model without the capability and rejects think: true', async () => {
      const response = await client.generate({ model: 'exbench/thinker', prompt: STATEMENT_PROMPT });
      expect(response.response).toMatch(/^<think>\n[\s\S]+\n<\/think>\n\n```python\n/);
      expect(response.thinking).toBeUndefined();
      await expect(
        client.generate({ model: 'exbench/thinker', prompt: STATEMENT_PROMPT, think: true }),
      ).rejects.toMatchObject({ status_code: 400, message: '"exbench/thinker" does not support thinking' });
    });
  });

  describe('chat', () => {
    it('streams message content and ends with done_reason and timings', async () => {
      const chunks = await collect(
        await client.chat({
          model: 'exbench/right',
          messages: [{ role: 'user', content: STATEMENT_PROMPT }],
          stream: true,
        }),
      );
      expect(chunks.map((chunk) => chunk.message.content).join('')).toBe(RIGHT_ANSWER);
      expect(chunks.at(-1)).toMatchObject({
        done: true,
        done_reason: 'stop',
        message: { role: 'assistant' },
      });
      expect(chunks.at(-1)?.eval_count).toBe(chunks.length - 1);
    });
  });

  describe('models', () => {
    it('shows details, model_info context length and capabilities', async () => {
      const show = await client.show({ model: 'exbench/reasoner' });
      expect(show.details).toEqual({
        parent_model: '',
        format: 'gguf',
        family: 'qwen3',
        families: ['qwen3'],
        parameter_size: '751.63M',
        quantization_level: 'Q4_K_M',
      });
      expect(show.model_info).toMatchObject({
        'general.architecture': 'qwen3',
        'qwen3.context_length': 40_960,
      });
      expect(show.capabilities).toEqual(['completion', 'thinking']);
      expect(typeof show.modified_at).toBe('string');
      await expect(client.show({ model: 'exbench/nope' })).rejects.toMatchObject({ status_code: 404 });
    });

    it('accepts the legacy name field in show', async () => {
      const raw = await post(fake, '/api/show', { name: 'exbench/right' });
      expect(raw.status).toBe(200);
    });

    it('reports its version and that it is running', async () => {
      expect(await client.version()).toEqual({ version: '0.12.3' });
      const root = await fetch(fake.url);
      expect(await root.text()).toBe('Ollama is running');
    });

    it('pulls a model with growing progress, then lists and runs it', async () => {
      await expect(client.generate({ model: 'exbench/remote', prompt: 'hi' })).rejects.toMatchObject({
        status_code: 404,
      });
      expect((await client.list()).models.map((model) => model.name)).not.toContain('exbench/remote:latest');

      const progress = await collect(await client.pull({ model: 'exbench/remote', stream: true }));
      expect(progress[0]).toEqual({ status: 'pulling manifest' });
      expect(progress.at(-1)).toEqual({ status: 'success' });
      expect(progress.map((line) => line.status)).toEqual(
        expect.arrayContaining(['verifying sha256 digest', 'writing manifest']),
      );
      const layer = progress.filter((line) => line.digest === progress[1]?.digest);
      expect(layer[0]?.completed).toBeUndefined();
      expect(layer.at(-1)?.completed).toBe(layer.at(-1)?.total);
      expect(layer[0]?.status).toBe(`pulling ${layer[0]?.digest.slice(7, 19)}`);

      const listed = (await client.list()).models.find((model) => model.name === 'exbench/remote:latest');
      expect(listed).toMatchObject({ model: 'exbench/remote:latest', details: { format: 'gguf' } });
      expect(listed?.digest).toMatch(/^[0-9a-f]{64}$/);
      expect((await client.generate({ model: 'exbench/remote', prompt: 'hi' })).response).toBe(
        'pulled and ready',
      );
    });

    it('streams an error after HTTP 200 when pulling an unknown model', async () => {
      const raw = await ndjson(await post(fake, '/api/pull', { model: 'exbench/unknown' }));
      expect(raw).toEqual([
        { status: 'pulling manifest' },
        { error: 'pull model manifest: file does not exist' },
      ]);
      await expect(collect(await client.pull({ model: 'exbench/unknown', stream: true }))).rejects.toThrow(
        'pull model manifest: file does not exist',
      );
    });

    it('lists loaded models in ps', async () => {
      await client.generate({ model: 'exbench/instant', prompt: STATEMENT_PROMPT });
      const running = await client.ps();
      expect(running.models.map((model) => model.name)).toContain('exbench/instant:latest');
    });

    it('records every request in order', () => {
      const paths = fake.requests.map((request) => `${request.method} ${request.path}`);
      expect(paths).toContain('POST /api/pull');
      expect(fake.requests.find((request) => request.path === '/api/pull')?.body).toMatchObject({
        name: 'exbench/remote',
      });
    });
  });
});

describe('fake Ollama server timing', () => {
  it('delays chunks of a slow model for real and reports its slow decode speed', async () => {
    const fake = await startFakeOllama({ models: mathModels() });
    try {
      const client = new Ollama({ host: fake.url });
      const started = Date.now();
      const chunks = await collect(
        await client.generate({ model: 'exbench/slow', prompt: STATEMENT_PROMPT, stream: true }),
      );
      const final = chunks.at(-1) as GenerateResponse;
      expect(Date.now() - started).toBeGreaterThanOrEqual((chunks.length - 2) * 20);
      expect(final.eval_duration).toBe(Math.round((final.eval_count / 5) * 1e9));
    } finally {
      await fake.close();
    }
  });

  it('closes while a stream is still running', async () => {
    const fake = await startFakeOllama({
      models: [
        { name: 'exbench/endless:latest', reply: () => ({ response: 'a '.repeat(1000), chunkDelayMs: 5 }) },
      ],
    });
    const client = new Ollama({ host: fake.url });
    const stream = await client.generate({ model: 'exbench/endless', prompt: 'go', stream: true });
    const reading = collect(stream);
    await fake.close();
    await expect(reading).rejects.toThrow();
  });
});

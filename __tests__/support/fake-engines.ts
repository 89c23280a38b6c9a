/**
 * In-process stand-ins for llama.cpp's llama-server and for an OpenAI-compatible server (vLLM and
 * the like), serving the same scripted models as the fake Ollama (fake-ollama.ts), so one model can
 * be measured through every engine.
 *
 * Faithful to the documentation: llama.cpp tools/server/README.md (`/health` with 503 while
 * loading, `/props` with `build_info`, `/v1/models` with `meta`, the final chunk's `timings`), and
 * OpenAI's chat completions streaming (server-sent `data:` lines, `chat.completion.chunk` objects,
 * with `stream_options.include_usage` a last chunk of empty `choices` carrying `usage` and `usage:
 * null` on the others, `data: [DONE]` at the end; error bodies `{"error": {"message", "type",
 * "code"}}`); vLLM's `GET /version`. The OpenAI face streams each token at the scripted speed on the
 * wall clock (it times nothing itself); llama-server reports the scripted speed in `timings`.
 *
 * No jest imports: bench/ scripts start it from plain Node (tsx) too.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  DEFAULT_PROMPT_TOKENS_PER_SECOND,
  DEFAULT_TOKENS_PER_SECOND,
  tokenize,
  type ScriptedModel,
  type ScriptedReply,
  type ServerFault,
} from './fake-ollama.js';
import { serveOnLoopback, writeAndWait } from './loopback-server.js';

export type EngineFace = 'llamacpp' | 'openai';

export interface FakeEngineOptions {
  face: EngineFace;
  models: ScriptedModel[];
  /** When set, every request must carry `Authorization: Bearer <apiKey>` (llama-server's --api-key). */
  apiKey?: string;
  /** llama-server's `build_info`, or vLLM's `/version`. */
  version?: string;
  /** The OpenAI face without vLLM's `/version` (404), as LM Studio or a gateway. */
  noVersionRoute?: boolean;
}

export interface FakeEngine {
  /** What `--server <face>=URL` takes: the root for llama-server, `…/v1` for the OpenAI face. */
  url: string;
  requests: { method: string; path: string; body: unknown; authorization: string | null }[];
  /** llama-server only: while true, `/health` and generation answer 503 "Loading model". */
  setLoading(loading: boolean): void;
  setFault(fault: ServerFault | null): void;
  /** Goes away for `ms` (connections refused), then listens again on the same port. */
  outage(ms: number): Promise<void>;
  close(): Promise<void>;
}

export const DEFAULT_LLAMACPP_BUILD = 'b6500-0123abcd';
export const DEFAULT_VLLM_VERSION = '0.11.0';
const CREATED = 1_764_000_000;

class HttpError extends Error {
  readonly status: number;
  readonly type: string;
  constructor(status: number, message: string, type: string) {
    super(message);
    this.status = status;
    this.type = type;
  }
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  const body = JSON.stringify(value);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}

function errorBody(error: HttpError): unknown {
  return { error: { code: error.status, message: error.message, type: error.type } };
}

function writeEvent(res: ServerResponse, data: string): Promise<void> {
  return writeAndWait(res, `data: ${data}\n\n`);
}

function sleepUntil(at: number): Promise<void> {
  const ms = at - performance.now();
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

export async function startFakeEngine(options: FakeEngineOptions): Promise<FakeEngine> {
  const { face } = options;
  const version = options.version ?? (face === 'llamacpp' ? DEFAULT_LLAMACPP_BUILD : DEFAULT_VLLM_VERSION);
  const requests: FakeEngine['requests'] = [];
  const calls = new Map<string, number>();
  let loading = false;
  let fault: ServerFault | null = null;
  const apiBase = '/v1';

  function find(id: unknown): ScriptedModel {
    const model = options.models.find((m) => m.name === id);
    if (model === undefined) {
      throw face === 'llamacpp'
        ? new HttpError(400, `model '${String(id)}' not found`, 'invalid_request_error')
        : new HttpError(404, `The model \`${String(id)}\` does not exist.`, 'NotFoundError');
    }
    return model;
  }

  function modelList(): unknown {
    return {
      object: 'list',
      data: options.models.map((model) => ({
        id: model.name,
        object: 'model',
        created: CREATED,
        owned_by: face === 'llamacpp' ? 'llamacpp' : 'vllm',
        ...(face === 'llamacpp'
          ? {
              meta: {
                vocab_type: 2,
                n_vocab: 128_256,
                n_ctx_train: model.contextLength ?? 131_072,
                n_embd: 4096,
                n_params: 8_030_261_312,
                size: model.sizeBytes ?? 2_019_393_189,
              },
            }
          : {}),
      })),
    };
  }

  async function chat(body: Record<string, unknown>, res: ServerResponse): Promise<void> {
    if (loading) throw new HttpError(503, 'Loading model', 'unavailable_error');
    const model = find(body.model);
    const messages = Array.isArray(body.messages) ? (body.messages as { content?: unknown }[]) : [];
    const prompt = messages.map((m) => (typeof m.content === 'string' ? m.content : '')).join('\n');
    if (prompt === '')
      throw new HttpError(400, "'messages' must be a non-empty array", 'invalid_request_error');
    const maxTokens = typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
    const callIndex = calls.get(model.name) ?? 0;
    calls.set(model.name, callIndex + 1);
    const scriptOptions: Record<string, unknown> = {};
    if (maxTokens !== undefined) scriptOptions.num_predict = maxTokens;
    if (body.temperature !== undefined) scriptOptions.temperature = body.temperature;
    const reply: ScriptedReply = model.reply(prompt, { options: scriptOptions, callIndex });

    if (reply.firstChunkDelayMs) await sleepUntil(performance.now() + reply.firstChunkDelayMs);
    if (reply.fail) throw new HttpError(reply.fail.status, reply.fail.error, 'server_error');

    const splits = (model.capabilities ?? []).includes('thinking');
    const pieces: { field: 'content' | 'reasoning_content'; text: string }[] = [];
    if (reply.thinking) {
      if (splits)
        for (const text of tokenize(reply.thinking)) pieces.push({ field: 'reasoning_content', text });
      else pieces.push({ field: 'content', text: `<think>\n${reply.thinking}\n</think>\n\n` });
    }
    for (const text of tokenize(reply.response)) pieces.push({ field: 'content', text });
    let finish = reply.doneReason ?? 'stop';
    if (maxTokens !== undefined && maxTokens > 0 && pieces.length > maxTokens) {
      pieces.length = maxTokens;
      finish = 'length';
    }
    const promptTokens = reply.promptTokens ?? Math.ceil(prompt.length / 4);
    const tokensPerSecond = reply.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND;
    const promptPerSecond = reply.promptTokensPerSecond ?? DEFAULT_PROMPT_TOKENS_PER_SECOND;
    const includeUsage =
      typeof body.stream_options === 'object' &&
      body.stream_options !== null &&
      (body.stream_options as { include_usage?: unknown }).include_usage === true;
    const id = `chatcmpl-${callIndex}`;
    const usage = {
      completion_tokens: pieces.length,
      prompt_tokens: promptTokens,
      total_tokens: promptTokens + pieces.length,
    };
    const promptMs = (promptTokens / promptPerSecond) * 1000;
    const predictedMs = (pieces.length / tokensPerSecond) * 1000;
    const timings = {
      cache_n: 0,
      prompt_n: promptTokens,
      prompt_ms: promptMs,
      prompt_per_token_ms: promptMs / promptTokens,
      prompt_per_second: promptPerSecond,
      predicted_n: pieces.length,
      predicted_ms: predictedMs,
      predicted_per_token_ms: predictedMs / Math.max(1, pieces.length),
      predicted_per_second: tokensPerSecond,
    };
    const chunk = (choices: unknown[], extra: Record<string, unknown> = {}): string =>
      JSON.stringify({
        id,
        object: 'chat.completion.chunk',
        created: CREATED,
        model: model.name,
        system_fingerprint: face === 'llamacpp' ? `${version}` : undefined,
        choices,
        ...(includeUsage ? { usage: null } : {}),
        ...extra,
      });

    if (body.stream !== true) {
      const text = (field: string) =>
        pieces
          .filter((p) => p.field === field)
          .map((p) => p.text)
          .join('');
      const reasoning = text('reasoning_content');
      sendJson(res, 200, {
        id,
        object: 'chat.completion',
        created: CREATED,
        model: model.name,
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: text('content'),
              ...(reasoning ? { reasoning_content: reasoning } : {}),
            },
            finish_reason: finish,
          },
        ],
        usage,
        ...(face === 'llamacpp' ? { timings } : {}),
      });
      return;
    }

    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache' });
    await writeEvent(
      res,
      chunk([{ index: 0, delta: { role: 'assistant', content: null }, finish_reason: null }]),
    );
    // The OpenAI face streams at the scripted speed on the wall clock, token i at start + i / speed;
    // llama-server's face streams as fast as scripted (chunkDelayMs), its speed being in `timings`.
    const interval = face === 'openai' ? 1000 / tokensPerSecond : (reply.chunkDelayMs ?? 0);
    const start = performance.now();
    const stopAt = Math.min(
      reply.dropAfterChunks ?? Infinity,
      reply.stallAfterChunks ?? Infinity,
      reply.streamErrorAfterChunks?.chunks ?? Infinity,
      pieces.length,
    );
    for (const [index, piece] of pieces.slice(0, stopAt).entries()) {
      await sleepUntil(start + index * interval);
      if (res.destroyed) return;
      await writeEvent(res, chunk([{ index: 0, delta: { [piece.field]: piece.text }, finish_reason: null }]));
    }
    if (reply.stallAfterChunks !== undefined && reply.stallAfterChunks === stopAt) return;
    if (reply.dropAfterChunks !== undefined && reply.dropAfterChunks === stopAt) {
      res.socket?.destroy();
      return;
    }
    if (reply.streamErrorAfterChunks !== undefined && reply.streamErrorAfterChunks.chunks === stopAt) {
      await writeEvent(
        res,
        JSON.stringify(errorBody(new HttpError(500, reply.streamErrorAfterChunks.error, 'server_error'))),
      );
      res.end();
      return;
    }
    await writeEvent(
      res,
      chunk([{ index: 0, delta: {}, finish_reason: finish }], face === 'llamacpp' ? { timings } : {}),
    );
    if (includeUsage)
      await writeEvent(res, chunk([], { usage, ...(face === 'llamacpp' ? { timings } : {}) }));
    if (reply.endWithoutDone !== true) await writeEvent(res, '[DONE]');
    res.end();
  }

  const routes: Record<string, (body: Record<string, unknown>, res: ServerResponse) => Promise<void> | void> =
    {
      [`GET ${apiBase}/models`]: (_, res) => sendJson(res, 200, modelList()),
      [`POST ${apiBase}/chat/completions`]: (body, res) => chat(body, res),
    };
  if (face === 'llamacpp') {
    routes['GET /health'] = (_, res) => {
      if (loading) throw new HttpError(503, 'Loading model', 'unavailable_error');
      sendJson(res, 200, { status: 'ok' });
    };
    routes['GET /props'] = (_, res) =>
      sendJson(res, 200, {
        default_generation_settings: { n_ctx: 4096, params: { n_predict: -1, temperature: 0.8 } },
        total_slots: 1,
        model_path: `/models/${options.models[0]?.name ?? 'model'}.gguf`,
        chat_template: '',
        modalities: { vision: false },
        build_info: version,
        is_sleeping: false,
      });
  } else if (options.noVersionRoute !== true) {
    routes['GET /version'] = (_, res) => sendJson(res, 200, { version });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://fake-engine').pathname;
    const chunks: Buffer[] = [];
    for await (const part of req) chunks.push(part as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = text === '' ? undefined : (JSON.parse(text) as unknown);
    } catch {
      body = text;
    }
    const authorization = req.headers.authorization ?? null;
    requests.push({ method, path, body, authorization });
    if (fault === 'close') {
      res.socket?.destroy();
      return;
    }
    if (fault === 'hang') return;
    try {
      // llama-server leaves /health public; everything else needs the key when one is set.
      if (options.apiKey !== undefined && path !== '/health' && authorization !== `Bearer ${options.apiKey}`)
        throw new HttpError(401, 'Invalid API Key', 'authentication_error');
      const route = routes[`${method} ${path}`];
      if (route === undefined) throw new HttpError(404, 'File Not Found', 'not_found_error');
      if (method === 'POST' && (typeof body !== 'object' || body === null))
        throw new HttpError(400, 'the request body is not a JSON object', 'invalid_request_error');
      await route((body ?? {}) as Record<string, unknown>, res);
    } catch (error: unknown) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const known = error instanceof HttpError ? error : new HttpError(500, String(error), 'server_error');
      sendJson(res, known.status, errorBody(known));
    }
  }

  const { port, listen, stop } = await serveOnLoopback(handle);
  let closed = false;
  const root = `http://127.0.0.1:${port}`;
  return {
    url: face === 'llamacpp' ? root : `${root}/v1`,
    requests,
    setLoading: (next) => {
      loading = next;
    },
    setFault: (next) => {
      fault = next;
    },
    outage: async (ms) => {
      await stop();
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (!closed) await listen(port);
    },
    close: () => {
      closed = true;
      return stop();
    },
  };
}

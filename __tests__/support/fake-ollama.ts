/**
 * An in-process stand-in for the Ollama REST API with deterministic, scripted models.
 *
 * It mirrors the wire format of the real server (ollama/ollama `server/routes.go`, `api/types.go`,
 * `server/images.go`, `server/download.go`, `docs/api.md`) closely enough that the official `ollama`
 * npm client cannot tell the difference: NDJSON streams by default, Go-style `omitempty` fields,
 * integer nanosecond timings, JSON error bodies with real status codes, errors inside a stream after
 * HTTP 200, pull progress, and a model that stays warm after its first request.
 *
 * No jest imports: bench/ scripts start it from plain Node (tsx) too.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBody, serveOnLoopback, writeAndWait } from './loopback-server.js';

export interface ScriptedReply {
  /** The full answer text; streamed one token (`/\S+\s*|\s+/g`) per chunk; `eval_count` counts them. */
  response: string;
  /**
   * Reasoning before the answer. A model with the `thinking` capability streams it in the separate
   * `thinking` field unless the request says `think: false`; otherwise it arrives inline at the start
   * of `response` as `<think>…</think>`, as from a model whose template Ollama cannot parse.
   */
  thinking?: string;
  /** Default: derived from the prompt length (one token per four characters, rounded up). */
  promptTokens?: number;
  /** Server-reported decode speed, which sets `eval_duration`. Default 50. */
  tokensPerSecond?: number;
  /** Server-reported prompt speed, which sets `prompt_eval_duration`. Default 500. */
  promptTokensPerSecond?: number;
  /**
   * `load_duration` of the first request after the model is (re)loaded. Default 1200. Later requests
   * report a warm 2 ms, as a real server keeps the model loaded for keep_alive (5 minutes).
   */
  loadMs?: number;
  /** Real wall-clock delay between streamed chunks. Default 0. */
  chunkDelayMs?: number;
  /** Real wall-clock delay before the first chunk (and before the response headers, as in Go). */
  firstChunkDelayMs?: number;
  doneReason?: 'stop' | 'length';
  /** Answer with this HTTP status and `{"error": …}` body instead of generating. */
  fail?: { status: number; error: string };
  /** Send this many token chunks, then an `{"error": …}` line, all after HTTP 200. */
  streamErrorAfterChunks?: { chunks: number; error: string };
  /** Destroy the socket after this many token chunks, as when the server dies mid-answer. */
  dropAfterChunks?: number;
  /** Send this many token chunks, then nothing more while keeping the connection open (a stall). */
  stallAfterChunks?: number;
  /** Stream the answer's tokens over and over and never send the final chunk (a model stuck repeating). */
  endless?: boolean;
  /** Server-sent-event faces (fake-engines.ts) only: end the stream cleanly but without `data: [DONE]`. */
  endWithoutDone?: boolean;
}

/**
 * What the whole server does to every request while set, whatever the path: `hang` reads the
 * request and never answers (the connection stays open); `close` closes the connection without
 * a byte of answer.
 */
export type ServerFault = 'hang' | 'close';

export interface ScriptedModel {
  /** E.g. `exbench/right:latest`; a request for `exbench/right` finds it, as Ollama adds `:latest`. */
  name: string;
  reply: (prompt: string, request: { options?: Record<string, unknown>; callIndex: number }) => ScriptedReply;
  details?: Partial<{ family: string; parameter_size: string; quantization_level: string; format: string }>;
  contextLength?: number;
  sizeBytes?: number;
  /** Manifest digest as `/api/tags` shows it (bare hex). Default: sha256 hex of the name. */
  digest?: string;
  /**
   * Capabilities reported by `/api/show`. Default `['completion']`. With `thinking`, `think` is
   * accepted and reasoning is split into the `thinking` field; without it, `think: true` is a 400
   * (`"<model>" does not support thinking`), as in real Ollama. An embedding model (`['embedding']`,
   * no `completion`) answers generate and chat with a 400 (`"<model>" does not support generate`).
   */
  capabilities?: ('completion' | 'thinking' | 'embedding')[];
}

export interface FakeOllamaOptions {
  /** Every model the (pretend) registry knows. */
  models: ScriptedModel[];
  /** Names already pulled. Default: all models. Others answer 404 until pulled. */
  local?: string[];
  /** What `/api/version` reports. Default {@link DEFAULT_VERSION}. */
  version?: string;
  /** Real delay between pull progress lines. Default 0. */
  pullChunkDelayMs?: number;
}

export interface FakeOllama {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `127.0.0.1:<port>`, as OLLAMA_HOST spells it. */
  hostPort: string;
  /** Every request received, in order; `body` is the parsed JSON, the raw text if not JSON, or undefined. */
  requests: { method: string; path: string; body: unknown }[];
  /** Generate and chat requests being answered now, and the most there were at once so far. */
  inference: { inFlight: number; mostInFlight: number };
  /** Sets (or with null clears) a fault every request meets from now on. */
  setFault(fault: ServerFault | null): void;
  /**
   * Goes away for `ms`: stops listening and drops every connection, so connecting is refused,
   * then listens again on the same port. Resolves once it is back.
   */
  outage(ms: number): Promise<void>;
  /** Stops listening and destroys open connections, including streams still running. */
  close(): Promise<void>;
}

export const DEFAULT_VERSION = '0.12.3';

export const DEFAULT_TOKENS_PER_SECOND = 50;
export const DEFAULT_PROMPT_TOKENS_PER_SECOND = 500;
const DEFAULT_COLD_LOAD_MS = 1200;
/** A warm model still reports a little scheduling time: 1–7 ms in the docs' examples. */
const WARM_LOAD_NS = 2_000_000;
/** Templating, tokenizing and response handling on top of load + prompt eval + eval. */
const OVERHEAD_NS = 350_000;
const DEFAULT_SIZE_BYTES = 2_019_393_189;
const DEFAULT_CONTEXT_LENGTH = 131_072;
/** Ollama's default keep_alive: a loaded model expires 5 minutes after its last request. */
const KEEP_ALIVE_MS = 5 * 60 * 1000;
const DEFAULT_REGISTRY = 'registry.ollama.ai';
const DEFAULT_NAMESPACE = 'library';

const OPEN_THINK = '<think>\n';
const CLOSE_THINK = '\n</think>\n\n';

// ---------------------------------------------------------------------------------------------
// Names

interface ModelName {
  /** Case-folded `host/namespace/model:tag`, how Ollama matches names (strings.EqualFold). */
  key: string;
  /** `DisplayShortest()`: default host and `library/` dropped, tag always kept. */
  display: string;
}

/** Parses like `model.ParseName`: the tag defaults to `latest`, host and namespace to the library. */
function parseModelName(raw: string): ModelName | null {
  const name = raw.trim();
  if (name === '') return null;
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  const path = colon > slash ? name.slice(0, colon) : name;
  const tag = colon > slash ? name.slice(colon + 1) : 'latest';
  const parts = path.split('/');
  if (tag === '' || parts.length > 3 || parts.some((part) => part === '')) return null;
  const model = parts.at(-1) ?? '';
  const namespace = parts.length >= 2 ? (parts.at(-2) ?? DEFAULT_NAMESPACE) : DEFAULT_NAMESPACE;
  const host = parts.length === 3 ? (parts[0] ?? DEFAULT_REGISTRY) : DEFAULT_REGISTRY;
  const shortPath =
    host !== DEFAULT_REGISTRY
      ? `${host}/${namespace}/${model}`
      : namespace !== DEFAULT_NAMESPACE
        ? `${namespace}/${model}`
        : model;
  return { key: `${host}/${namespace}/${model}:${tag}`.toLowerCase(), display: `${shortPath}:${tag}` };
}

// ---------------------------------------------------------------------------------------------
// Go-compatible JSON

/** Go's json.Marshal escapes <, > and & (and U+2028/9), e.g. `\u003cthink\u003e`. */
function goJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Go's time.Time in RFC 3339 with trailing fractional zeros trimmed, like RFC3339Nano. */
function goTime(date: Date): string {
  return date.toISOString().replace(/\.?0+Z$/, 'Z');
}

/** Adds `key: value` unless the value is zero, like a Go field tagged `omitempty`. */
function putNonZero(target: Record<string, unknown>, key: string, value: number): void {
  if (value !== 0) target[key] = value;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// ---------------------------------------------------------------------------------------------
// HTTP plumbing

/** An answer of `{"error": message}` with this status. (No parameter properties: bench/ may strip types.) */
class HttpError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** Gin's `c.JSON`: status, `application/json; charset=utf-8`, no trailing newline. */
function sendJson(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  const body = goJson(value);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

function sendText(res: ServerResponse, status: number, text: string): void {
  if (res.destroyed) return;
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
}

function parseBodyForLog(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function goKind(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'boolean') return 'bool';
  return typeof value;
}

/**
 * Binds a request body like gin's ShouldBindJSON into one of the api.* request structs, with the
 * messages Go's encoding/json gives: an empty body is "missing request body" (io.EOF).
 */
function bindJson(text: string, goType: string): Record<string, unknown> {
  if (text.trim() === '') throw new HttpError(400, 'missing request body');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    const first = text.trimStart()[0] ?? '';
    throw new HttpError(
      400,
      '{["-0123456789tfn'.includes(first)
        ? 'unexpected EOF'
        : `invalid character '${first}' looking for beginning of value`,
    );
  }
  if (parsed === null) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new HttpError(400, `json: cannot unmarshal ${goKind(parsed)} into Go value of type api.${goType}`);
  }
  return parsed as Record<string, unknown>;
}

function stringField(body: Record<string, unknown>, key: string, goType: string): string {
  const value = body[key];
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') {
    throw new HttpError(
      400,
      `json: cannot unmarshal ${goKind(value)} into Go struct field ${goType}.${key} of type string`,
    );
  }
  return value;
}

function optionsField(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const options = body.options;
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new HttpError(400, `json: cannot unmarshal ${goKind(options)} into Go struct field .options`);
  }
  // api.Options.FromMap rejects a non-integer for an integer option; the handler answers 500.
  for (const key of ['num_predict', 'num_ctx']) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined && value !== null && typeof value !== 'number') {
      throw new HttpError(500, `option "${key}" must be of type integer`);
    }
  }
  return options as Record<string, unknown>;
}

/** `stream` is a *bool in Go: absent or null means stream. */
function wantsStream(body: Record<string, unknown>): boolean {
  return body.stream !== false;
}

/** keep_alive is seconds (number) or a Go duration string; zero unloads the model after the request. */
function isZeroKeepAlive(value: unknown): boolean {
  if (typeof value === 'number') return value === 0;
  if (typeof value === 'string') return /^\s*0+(\.0+)?\s*(ns|us|µs|ms|s|m|h)?\s*$/.test(value);
  return false;
}

/** Writes one NDJSON line and waits until it is handed to the socket. */
function writeLine(res: ServerResponse, value: unknown): Promise<void> {
  return writeAndWait(res, `${goJson(value)}\n`);
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

// ---------------------------------------------------------------------------------------------
// Generation planning (pure and deterministic)

const TOKEN = /\S+\s*|\s+/g;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

type Piece = { kind: 'response' | 'thinking' | 'tag'; text: string };

interface Plan {
  /** One per generated token, in order; `tag` pieces are the think markers a parser swallows. */
  pieces: Piece[];
  doneReason: 'stop' | 'length';
  promptEvalCount: number;
  metrics: Record<string, number>;
}

function planGeneration(
  reply: ScriptedReply,
  promptChars: number,
  splitThinking: boolean,
  options: Record<string, unknown> | undefined,
  loadNs: number,
): Plan {
  const pieces: Piece[] = [];
  if (reply.thinking !== undefined && reply.thinking !== '') {
    pieces.push({ kind: 'tag', text: OPEN_THINK });
    for (const text of tokenize(reply.thinking)) pieces.push({ kind: 'thinking', text });
    pieces.push({ kind: 'tag', text: CLOSE_THINK });
  }
  for (const text of tokenize(reply.response)) pieces.push({ kind: 'response', text });
  if (!splitThinking) {
    // Without a thinking parser, the think markers and the reasoning are plain response text.
    for (const piece of pieces) piece.kind = 'response';
  }

  // num_predict caps generated tokens (-1 and -2 mean no fixed cap); hitting it is done_reason "length".
  const numPredict = options?.num_predict;
  let doneReason: 'stop' | 'length' = reply.doneReason ?? 'stop';
  const limit = typeof numPredict === 'number' ? Math.trunc(numPredict) : 0; // Go converts to int
  if (limit > 0 && pieces.length > limit) {
    pieces.length = limit;
    doneReason = 'length';
  }

  const promptEvalCount = reply.promptTokens ?? Math.ceil(promptChars / 4);
  const evalCount = pieces.length;
  const promptEvalNs = Math.round(
    (promptEvalCount / (reply.promptTokensPerSecond ?? DEFAULT_PROMPT_TOKENS_PER_SECOND)) * 1e9,
  );
  const evalNs = Math.round((evalCount / (reply.tokensPerSecond ?? DEFAULT_TOKENS_PER_SECOND)) * 1e9);
  const metrics: Record<string, number> = {};
  // Field order and omitempty as in api.Metrics.
  putNonZero(metrics, 'total_duration', loadNs + promptEvalNs + evalNs + OVERHEAD_NS);
  putNonZero(metrics, 'load_duration', loadNs);
  putNonZero(metrics, 'prompt_eval_count', promptEvalCount);
  putNonZero(metrics, 'prompt_eval_duration', promptEvalNs);
  putNonZero(metrics, 'eval_count', evalCount);
  putNonZero(metrics, 'eval_duration', evalNs);
  return { pieces, doneReason, promptEvalCount, metrics };
}

/** Stand-in token ids for the deprecated `context` field: one per prompt and generated token. */
function contextIds(seedText: string, count: number): number[] {
  const seed = parseInt(sha256Hex(seedText).slice(0, 8), 16);
  return Array.from({ length: count }, (_, i) => (seed + i * 2_654_435_761) % 128_000);
}

// ---------------------------------------------------------------------------------------------
// The server

interface ModelState {
  model: ScriptedModel;
  name: ModelName;
  digest: string;
  sizeBytes: number;
  local: boolean;
  modifiedAt: Date;
  calls: number;
  /** Set while the model is loaded: the num_ctx it was loaded with (a different one reloads it). */
  loaded: { numCtx: unknown; expiresAt: Date } | null;
}

type Endpoint = 'generate' | 'chat';

export async function startFakeOllama(options: FakeOllamaOptions): Promise<FakeOllama> {
  const version = options.version ?? DEFAULT_VERSION;
  const pullDelayMs = options.pullChunkDelayMs ?? 0;
  const requests: FakeOllama['requests'] = [];
  const models = new Map<string, ModelState>();

  for (const model of options.models) {
    const name = parseModelName(model.name);
    if (name === null) throw new Error(`fake-ollama: invalid model name ${JSON.stringify(model.name)}`);
    models.set(name.key, {
      model,
      name,
      digest: model.digest ?? sha256Hex(model.name),
      sizeBytes: model.sizeBytes ?? DEFAULT_SIZE_BYTES,
      local: options.local === undefined,
      modifiedAt: new Date(),
      calls: 0,
      loaded: null,
    });
  }
  for (const raw of options.local ?? []) {
    const state = lookup(raw);
    if (state === undefined)
      throw new Error(`fake-ollama: local model ${JSON.stringify(raw)} is not in models`);
    state.local = true;
  }

  function lookup(raw: string): ModelState | undefined {
    const name = parseModelName(raw);
    return name === null ? undefined : models.get(name.key);
  }

  /** A model that is on disk, or the 404 the handlers give (`model '<as requested>' not found`). */
  function requireLocal(raw: string): ModelState {
    const state = lookup(raw);
    if (state === undefined || !state.local) throw new HttpError(404, `model '${raw}' not found`);
    return state;
  }

  function details(state: ModelState): Record<string, unknown> {
    const family = state.model.details?.family ?? 'llama';
    return {
      parent_model: '',
      format: state.model.details?.format ?? 'gguf',
      family,
      families: [family],
      parameter_size: state.model.details?.parameter_size ?? '3.2B',
      quantization_level: state.model.details?.quantization_level ?? 'Q4_K_M',
    };
  }

  function capabilities(state: ModelState): string[] {
    return state.model.capabilities ?? ['completion'];
  }

  function expireLoaded(now: Date): void {
    for (const state of models.values()) {
      if (state.loaded !== null && state.loaded.expiresAt.getTime() <= now.getTime()) state.loaded = null;
    }
  }

  // --- GET /api/tags ------------------------------------------------------------------------
  function handleTags(res: ServerResponse): void {
    const list = [...models.values()]
      .filter((state) => state.local)
      .sort((a, b) => b.modifiedAt.getTime() - a.modifiedAt.getTime()) // most recently modified first
      .map((state) => ({
        name: state.name.display,
        model: state.name.display,
        modified_at: goTime(state.modifiedAt),
        size: state.sizeBytes,
        digest: state.digest,
        details: details(state),
      }));
    sendJson(res, 200, { models: list });
  }

  // --- GET /api/ps --------------------------------------------------------------------------
  function handlePs(res: ServerResponse): void {
    expireLoaded(new Date());
    const list = [...models.values()]
      .filter((state) => state.loaded !== null)
      .map((state) => ({
        name: state.name.display,
        model: state.name.display,
        size: state.sizeBytes,
        digest: state.digest,
        details: details(state),
        expires_at: goTime(state.loaded?.expiresAt ?? new Date()),
        size_vram: state.sizeBytes,
      }));
    sendJson(res, 200, { models: list });
  }

  // --- POST /api/show -----------------------------------------------------------------------
  function handleShow(body: Record<string, unknown>, res: ServerResponse): void {
    const requested = stringField(body, 'model', 'ShowRequest') || stringField(body, 'name', 'ShowRequest');
    if (requested === '') throw new HttpError(400, 'model is required');
    const state = requireLocal(requested);
    const info = details(state);
    const family = String(info.family);
    const thinks = capabilities(state).includes('thinking');
    const template = thinks
      ? '{{ if .System }}{{ .System }}\n{{ end }}{{ .Prompt }}\n{{ if .Thinking }}<think>{{ .Thinking }}</think>{{ end }}'
      : '{{ if .System }}{{ .System }}\n{{ end }}{{ .Prompt }}';
    const modelInfo: Record<string, unknown> = {
      'general.architecture': family,
      'general.parameter_count': parameterCount(String(info.parameter_size)),
      'general.quantization_version': 2,
      [`${family}.context_length`]: state.model.contextLength ?? DEFAULT_CONTEXT_LENGTH,
    };
    sendJson(res, 200, {
      modelfile: [
        '# Modelfile generated by "ollama show"',
        '# To build a new Modelfile based on this, replace FROM with:',
        `# FROM ${state.name.display}`,
        '',
        `FROM /root/.ollama/models/blobs/sha256-${layerDigest(state, 0).slice(7)}`,
        `TEMPLATE """${template}"""`,
        'PARAMETER stop "<|im_end|>"',
        '',
      ].join('\n'),
      // ShowHandler formats each option as fmt.Sprintf("%-*s %#v", 30, key, value).
      parameters: `${'stop'.padEnd(30)} "<|im_end|>"`,
      template,
      details: info,
      model_info: modelInfo,
      capabilities: capabilities(state),
      modified_at: goTime(state.modifiedAt),
    });
  }

  // --- POST /api/pull -----------------------------------------------------------------------
  async function handlePull(body: Record<string, unknown>, res: ServerResponse): Promise<void> {
    // ollama-js sends the legacy `name`; the server takes `model` first.
    const requested = stringField(body, 'model', 'PullRequest') || stringField(body, 'name', 'PullRequest');
    if (requested === '') throw new HttpError(400, 'model is required');
    const state = lookup(requested);
    const stream = wantsStream(body);

    // PullModel reports progress through a channel; streamResponse writes each as an NDJSON line.
    const progress: Record<string, unknown>[] = [{ status: 'pulling manifest' }];
    if (state !== undefined) {
      for (const [index, size] of layerSizes(state).entries()) {
        const digest = layerDigest(state, index);
        // blobDownload.Wait reports `pulling <first 12 hex>`; completed is omitted while zero.
        const line = (completed: number): Record<string, unknown> => {
          const entry: Record<string, unknown> = {
            status: `pulling ${digest.slice(7, 19)}`,
            digest,
            total: size,
          };
          putNonZero(entry, 'completed', completed);
          return entry;
        };
        if (state.local) {
          progress.push(line(size)); // blob already on disk: one line, complete
        } else {
          const steps = size > 1_000_000 ? 4 : 1;
          progress.push(line(0));
          for (let step = 1; step <= steps; step++) progress.push(line(Math.round((size * step) / steps)));
        }
      }
      progress.push(
        { status: 'verifying sha256 digest' },
        { status: 'writing manifest' },
        { status: 'success' },
      );
    }
    // The registry answers 404 for an unknown name; PullModel wraps os.ErrNotExist.
    const failure = state === undefined ? 'pull model manifest: file does not exist' : null;

    if (!stream) {
      // waitForStream: only the last progress object, or the error as HTTP 500.
      for (let i = 0; i < progress.length; i++) await sleep(pullDelayMs);
      if (failure !== null) throw new HttpError(500, failure);
      if (state !== undefined) markPulled(state);
      sendJson(res, 200, progress.at(-1));
      return;
    }

    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    for (const [index, entry] of progress.entries()) {
      if (index > 0) await sleep(pullDelayMs);
      if (res.destroyed) return;
      await writeLine(res, entry);
    }
    if (failure !== null) {
      await sleep(pullDelayMs);
      if (!res.destroyed) res.end(`${goJson({ error: failure })}\n`);
      return;
    }
    if (state !== undefined) markPulled(state);
    res.end();
  }

  function markPulled(state: ModelState): void {
    if (!state.local) state.modifiedAt = new Date();
    state.local = true;
  }

  // --- DELETE /api/delete -------------------------------------------------------------------
  function handleDelete(body: Record<string, unknown>, res: ServerResponse): void {
    const requested =
      stringField(body, 'model', 'DeleteRequest') || stringField(body, 'name', 'DeleteRequest');
    if (requested === '') throw new HttpError(400, 'model is required');
    const state = requireLocal(requested);
    state.local = false;
    state.loaded = null;
    res.writeHead(200, { 'Content-Length': 0 });
    res.end();
  }

  // --- POST /api/generate and /api/chat -----------------------------------------------------
  async function handleInference(
    endpoint: Endpoint,
    body: Record<string, unknown>,
    res: ServerResponse,
  ): Promise<void> {
    const goType = endpoint === 'generate' ? 'GenerateRequest' : 'ChatRequest';
    const requested = stringField(body, 'model', goType);
    if (requested === '') throw new HttpError(400, 'model is required');
    const opts = optionsField(body);
    const state = requireLocal(requested);

    let prompt: string;
    let promptChars: number;
    let empty: boolean;
    if (endpoint === 'generate') {
      prompt = stringField(body, 'prompt', goType);
      promptChars = prompt.length + stringField(body, 'system', goType).length;
      empty = prompt === '';
    } else {
      const messages = chatMessages(body.messages);
      const lastUser = messages.filter((message) => message.role === 'user').at(-1);
      prompt = lastUser?.content ?? '';
      promptChars = messages.reduce((sum, message) => sum + message.content.length, 0);
      empty = messages.length === 0;
    }

    const now = new Date();
    expireLoaded(now);
    const base = (): Record<string, unknown> => ({ model: requested, created_at: goTime(new Date()) });
    const emptyMessage = { role: 'assistant', content: '' };

    // An empty prompt (generate) or no messages (chat) only loads or, with keep_alive 0, unloads.
    if (empty && isZeroKeepAlive(body.keep_alive)) {
      state.loaded = null;
      const out = base();
      if (endpoint === 'chat') out.message = emptyMessage;
      else out.response = '';
      sendJson(res, 200, { ...out, done: true, done_reason: 'unload' });
      return;
    }

    // The scheduler refuses a model without the completion capability (an embedding model).
    if (!capabilities(state).includes('completion')) {
      throw new HttpError(400, `"${requested}" does not support ${endpoint}`);
    }
    // Thinking-capable models think unless told not to; others reject think:true.
    const think = body.think;
    const canThink = capabilities(state).includes('thinking');
    if (!canThink && (think === true || (typeof think === 'string' && think !== ''))) {
      throw new HttpError(400, `"${requested}" does not support thinking`);
    }
    const splitThinking = canThink && think !== false;

    const numCtx = opts?.num_ctx;
    const cold = state.loaded === null || state.loaded.numCtx !== numCtx;

    if (empty) {
      state.loaded = { numCtx, expiresAt: new Date(now.getTime() + KEEP_ALIVE_MS) };
      const out = base();
      if (endpoint === 'chat') out.message = emptyMessage;
      else out.response = '';
      sendJson(res, 200, { ...out, done: true, done_reason: 'load' });
      return;
    }

    const callIndex = state.calls++;
    let reply: ScriptedReply;
    try {
      reply = state.model.reply(prompt, opts === undefined ? { callIndex } : { options: opts, callIndex });
    } catch (error: unknown) {
      throw new HttpError(500, error instanceof Error ? error.message : String(error));
    }

    await sleep(reply.firstChunkDelayMs ?? 0);
    if (reply.fail !== undefined) {
      // A runner that fails to load leaves nothing loaded (sched: "error loading llama server").
      state.loaded = null;
      throw new HttpError(reply.fail.status, reply.fail.error);
    }

    const loadNs = cold ? Math.round((reply.loadMs ?? DEFAULT_COLD_LOAD_MS) * 1e6) : WARM_LOAD_NS;
    state.loaded = { numCtx, expiresAt: new Date(Date.now() + KEEP_ALIVE_MS) };
    const unloadAfter = isZeroKeepAlive(body.keep_alive);
    const plan = planGeneration(reply, promptChars, splitThinking, opts, loadNs);

    // Chunks carry one token each; think markers swallowed by the parser produce no chunk.
    const chunks = plan.pieces.filter((piece) => piece.kind !== 'tag');
    const errorAfter = reply.streamErrorAfterChunks;
    const dropAfter = reply.dropAfterChunks;
    const chunkDelayMs = reply.chunkDelayMs ?? 0;

    /** One response object; `final` adds done_reason, context and metrics, in api.* field order. */
    const responseObject = (content: string, thinking: string, final: boolean): Record<string, unknown> => {
      const out = base();
      if (endpoint === 'chat') {
        const message: Record<string, unknown> = { role: 'assistant', content };
        if (thinking !== '') message.thinking = thinking;
        out.message = message;
        // api.ChatResponse declares done_reason before done.
        if (final) out.done_reason = plan.doneReason;
        out.done = final;
      } else {
        out.response = content;
        if (thinking !== '') out.thinking = thinking;
        out.done = final;
        if (final) {
          out.done_reason = plan.doneReason;
          // Only generate returns the deprecated context, and not in raw mode.
          if (body.raw !== true) {
            out.context = contextIds(`${requested}\n${prompt}`, plan.promptEvalCount + plan.pieces.length);
          }
        }
      }
      return final ? { ...out, ...plan.metrics } : out;
    };
    const chunkObject = (piece: Piece): Record<string, unknown> =>
      responseObject(
        piece.kind === 'response' ? piece.text : '',
        piece.kind === 'thinking' ? piece.text : '',
        false,
      );

    if (!wantsStream(body)) {
      // The handler drains the whole generation, then answers once.
      await sleep(chunkDelayMs * Math.max(0, chunks.length - 1));
      if (dropAfter !== undefined) {
        res.socket?.destroy();
        return;
      }
      if (errorAfter !== undefined) throw new HttpError(500, errorAfter.error);
      const join = (kind: Piece['kind']): string =>
        chunks
          .filter((piece) => piece.kind === kind)
          .map((piece) => piece.text)
          .join('');
      sendJson(res, 200, responseObject(join('response'), join('thinking'), true));
      if (unloadAfter) state.loaded = null;
      return;
    }

    // streamResponse: headers go out with the first line; an error before any line is a plain
    // HTTP error, an error after it is one more `{"error": …}` line.
    if (dropAfter === 0) {
      res.socket?.destroy();
      return;
    }
    if (errorAfter !== undefined && errorAfter.chunks <= 0) throw new HttpError(500, errorAfter.error);
    res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
    // A scripted failure set after more chunks than the answer has takes the final line's place.
    if (reply.endless === true) {
      // Nothing but the client going away ends it.
      for (let index = 0; !res.destroyed; index++) {
        const piece = chunks[index % Math.max(1, chunks.length)] ?? { kind: 'response', text: 'again ' };
        await writeLine(res, chunkObject(piece));
        await sleep(Math.max(1, chunkDelayMs));
      }
      return;
    }
    const dropAt = dropAfter ?? Infinity;
    const errorAt = errorAfter?.chunks ?? Infinity;
    const stallAt = reply.stallAfterChunks ?? Infinity;
    const stopAt = Math.min(dropAt, errorAt, stallAt, chunks.length);
    for (const [index, piece] of chunks.slice(0, stopAt).entries()) {
      if (index > 0) await sleep(chunkDelayMs);
      if (res.destroyed) return;
      await writeLine(res, chunkObject(piece));
    }
    if (stallAt === stopAt) return; // the connection stays open, silent, until the client leaves
    await sleep(stopAt > 0 ? chunkDelayMs : 0);
    if (res.destroyed) return;
    if (dropAfter !== undefined && dropAt <= errorAt) {
      res.socket?.destroy();
      return;
    }
    if (errorAfter !== undefined) {
      res.end(`${goJson({ error: errorAfter.error })}\n`);
      return;
    }
    // The runner's last response carries no text, only done, done_reason and the metrics.
    await writeLine(res, responseObject('', '', true));
    res.end();
    if (unloadAfter) state.loaded = null;
  }

  // --- routing ------------------------------------------------------------------------------
  const routes: Record<
    string,
    Record<string, (body: string, res: ServerResponse) => Promise<void> | void>
  > = {
    '/': {
      GET: (_, res) => sendText(res, 200, 'Ollama is running'),
      HEAD: (_, res) => sendText(res, 200, 'Ollama is running'),
    },
    '/api/version': {
      GET: (_, res) => sendJson(res, 200, { version }),
      HEAD: (_, res) => sendJson(res, 200, { version }),
    },
    '/api/tags': { GET: (_, res) => handleTags(res), HEAD: (_, res) => handleTags(res) },
    '/api/ps': { GET: (_, res) => handlePs(res) },
    '/api/show': { POST: (text, res) => handleShow(bindJson(text, 'ShowRequest'), res) },
    '/api/pull': { POST: (text, res) => handlePull(bindJson(text, 'PullRequest'), res) },
    '/api/delete': { DELETE: (text, res) => handleDelete(bindJson(text, 'DeleteRequest'), res) },
    '/api/generate': {
      POST: (text, res) => counted(() => handleInference('generate', bindJson(text, 'GenerateRequest'), res)),
    },
    '/api/chat': {
      POST: (text, res) => counted(() => handleInference('chat', bindJson(text, 'ChatRequest'), res)),
    },
  };

  let fault: ServerFault | null = null;

  const inference = { inFlight: 0, mostInFlight: 0 };
  /** Counts an inference request in flight from its body read to its last byte sent. */
  async function counted(answer: () => Promise<void>): Promise<void> {
    inference.inFlight += 1;
    inference.mostInFlight = Math.max(inference.mostInFlight, inference.inFlight);
    try {
      await answer();
    } finally {
      inference.inFlight -= 1;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = new URL(req.url ?? '/', 'http://fake-ollama').pathname;
    const text = await readBody(req);
    requests.push({ method, path, body: parseBodyForLog(text) });
    if (fault === 'close') {
      res.socket?.destroy();
      return;
    }
    if (fault === 'hang') return;
    const route = routes[path];
    const handler = route?.[method];
    if (route === undefined) return sendText(res, 404, '404 page not found');
    // gin with HandleMethodNotAllowed = true
    if (handler === undefined) return sendText(res, 405, '405 method not allowed');
    try {
      await handler(text, res);
    } catch (error: unknown) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof HttpError) return sendJson(res, error.status, { error: error.message });
      sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) });
    }
  }

  const { port, listen, stop } = await serveOnLoopback(handle);
  let closed = false;
  const hostPort = `127.0.0.1:${port}`;

  return {
    url: `http://${hostPort}`,
    hostPort,
    requests,
    inference,
    setFault: (next) => {
      fault = next;
    },
    outage: async (ms) => {
      await stop();
      await sleep(ms);
      // Closed meanwhile (a test that ended): stays closed.
      if (!closed) await listen(port);
    },
    close: () => {
      closed = true;
      return stop();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers for the handlers above

function chatMessages(value: unknown): { role: string; content: string }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    throw new HttpError(
      400,
      `json: cannot unmarshal ${goKind(value)} into Go struct field ChatRequest.messages of type []api.Message`,
    );
  }
  return value.map((item: unknown) => {
    const message = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    return {
      role: typeof message.role === 'string' ? message.role : '',
      content: typeof message.content === 'string' ? message.content : '',
    };
  });
}

/** "3.2B" → 3200000000, "135M" → 135000000; 0 when unparseable. */
function parameterCount(size: string): number {
  const match = /^([\d.]+)\s*([KMBT]?)$/i.exec(size.trim());
  if (match === null) return 0;
  const scale: Record<string, number> = { '': 1, K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  return Math.round(Number(match[1]) * (scale[(match[2] ?? '').toUpperCase()] ?? 1));
}

/** Layers as a library model has them: weights, template, license, params, then the config blob. */
function layerSizes(state: ModelState): number[] {
  const small = [1_429, 7_711, 96, 561];
  const smallTotal = small.reduce((sum, size) => sum + size, 0);
  return [Math.max(1, state.sizeBytes - smallTotal), ...small];
}

function layerDigest(state: ModelState, index: number): string {
  return `sha256:${sha256Hex(`${state.name.key}#layer${index}`)}`;
}

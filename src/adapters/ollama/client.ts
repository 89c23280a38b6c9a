import type { GenerateResponse, ListResponse, Ollama, ShowResponse } from 'ollama/browser';
import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from '../../constants.js';
import type { ServerDeadlines } from '../../core/types.js';
import { ConfigurationError, ExternalError } from '../../errors.js';
import {
  ModelServerError,
  type Clock,
  type GenerateRequest,
  type Generation,
  type ListedModel,
  type ModelDetails,
  type ModelServer,
  type PullProgress,
} from '../../ports.js';
import {
  causeSuffix,
  HttpRequester,
  isServerStatus,
  tlsAdvice,
  type HttpAnswer,
} from '../http/http-request.js';
import { expectJsonSuccess, guardedFetch, isBlockedPort, NotOllamaError } from './reply-guard.js';
import { CallDeadlines, seconds, type CallLimits } from '../http/call-deadlines.js';
import { streamedMessages, type StreamedMessage } from './streamed-reply.js';

/** The ResponseError the official client (used for pulls) throws for an HTTP error status. */
function statusOf(error: unknown): number | null {
  if (error instanceof Error && 'status_code' in error && typeof error.status_code === 'number')
    return error.status_code;
  return null;
}

/**
 * Classifies what the client threw. An HTTP status decides by its class; anything else is the
 * connection failing or the server reporting an error mid-stream (after HTTP 200), where a second
 * try may well pass for generation but not for a pull whose manifest does not exist.
 */
function toServerError(error: unknown, streamErrorsRetry: boolean): ModelServerError {
  if (error instanceof ModelServerError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const status = statusOf(error);
  if (status !== null) return new ModelServerError(message, status, isServerStatus(status));
  const connection = error instanceof TypeError || /did not receive done/i.test(message);
  return new ModelServerError(`${message}${causeSuffix(error)}`, null, connection || streamErrorsRetry);
}

export interface OllamaModelServerOptions {
  /** Base URL, e.g. from ollamaBaseUrl(). */
  url: string;
  clock: Clock;
  /** Default: DEFAULT_CONNECT_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_IDLE_TIMEOUT_MS. */
  deadlines?: Partial<ServerDeadlines>;
  /** For the official client's pull; by default undici's fetch with its own header and body timeouts off. */
  fetch?: typeof fetch;
}

/**
 * ModelServer over Ollama's REST API through HttpRequester (Node's `http`): generation, the one
 * call made per row, reads the NDJSON stream itself as the official client does (streamed-reply.ts),
 * for a fraction of fetch's garbage, and version, show and list are plain JSON calls. Only a pull, for
 * its streamed progress, goes through the official client and fetch, both loaded when a pull
 * starts: a run that pulls nothing evaluates neither (nor Node's own fetch, which the client's
 * `instanceof Headers` would load).
 */
export class OllamaModelServer implements ModelServer {
  readonly host: string;
  private readonly clock: Clock;
  private readonly deadlines: ServerDeadlines;
  /** The given fetch, or once a pull needs it, undici's. */
  private fetch: typeof fetch | undefined;
  private readonly requester: HttpRequester;
  /** The official client's headers, with its `Authorization` for ollama.com (OLLAMA_API_KEY). */
  private readonly headers: Record<string, string>;

  constructor(options: OllamaModelServerOptions) {
    this.host = options.url;
    this.clock = options.clock;
    this.deadlines = {
      connectMs: options.deadlines?.connectMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      requestMs: options.deadlines?.requestMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      idleMs: options.deadlines?.idleMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    };
    this.fetch = options.fetch;
    this.requester = new HttpRequester(this.deadlines.connectMs);
    this.headers = { 'content-type': 'application/json', accept: 'application/json' };
    const apiKey = process.env.OLLAMA_API_KEY;
    if (apiKey && isOllamaCom(this.host)) this.headers.authorization = `Bearer ${apiKey}`;
  }

  /**
   * Runs `body` with deadlines of its own, whose signal aborts the call when a limit passes; what
   * the call throws then is a ModelServerError naming the limit (a server fault, so retried).
   */
  private async limited<T>(limits: CallLimits, body: (deadlines: CallDeadlines) => Promise<T>): Promise<T> {
    const deadlines = new CallDeadlines(limits);
    try {
      return await body(deadlines);
    } catch (error: unknown) {
      throw deadlines.exceeded() ?? error;
    } finally {
      // Also lets go of a stream left after `done`.
      deadlines.end();
    }
  }

  /** An official client whose requests are cut off by `deadlines`. */
  private async clientWithin(deadlines: CallDeadlines): Promise<Ollama> {
    const { Ollama } = await import('ollama/browser');
    if (this.fetch === undefined) {
      const { unlimitedFetch } = await import('../http/unlimited-fetch.js');
      this.fetch = unlimitedFetch(this.deadlines.connectMs);
    }
    const fetch = this.fetch;
    const limitedFetch = (async (input: string | URL | Request, init?: RequestInit) => {
      // The client's own abort reaches this call's deadlines. (AbortSignal.any costs a weak
      // reference and a finalizer per request in Node 20, a third of a fast request's time.)
      const outer = init?.signal;
      if (outer) {
        if (outer.aborted) deadlines.abort(outer.reason);
        else outer.addEventListener('abort', () => deadlines.abort(outer.reason), { once: true });
      }
      const response = await fetch(input, { ...init, signal: deadlines.signal });
      deadlines.chunk();
      return response;
    }) as typeof fetch;
    return new Ollama({ host: this.host, fetch: guardedFetch(limitedFetch, this.host) });
  }

  /** Sends `body` (if any) as JSON to `path`; the answer's headers count as a chunk. */
  private async send(
    method: 'GET' | 'POST',
    path: string,
    body: object | undefined,
    deadlines: CallDeadlines,
  ): Promise<HttpAnswer> {
    const answer = await this.requester.send(`${this.host.replace(/\/+$/, '')}${path}`, {
      method,
      headers: this.headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: deadlines.aborted,
    });
    deadlines.chunk();
    return answer;
  }

  /** POSTs `body` to `path` with `stream: true` and gives the messages of the reply. */
  private async streamed(
    path: string,
    body: object,
    deadlines: CallDeadlines,
  ): Promise<AsyncIterable<StreamedMessage>> {
    return streamedMessages(await this.send('POST', path, body, deadlines), this.host, path);
  }

  /**
   * Ollama's JSON reply to `path`, as the official client reads it; an error status, or a reply
   * that is not JSON, throws as in a streamed reply.
   */
  private async json<T>(
    method: 'GET' | 'POST',
    path: string,
    body: object | undefined,
    deadlines: CallDeadlines,
  ): Promise<T> {
    const answer = await this.send(method, path, body, deadlines);
    await expectJsonSuccess(answer, this.host, path);
    return JSON.parse(await answer.text()) as T;
  }

  async version(): Promise<string> {
    const { connectMs } = this.deadlines;
    const limits: CallLimits = {
      total: { ms: connectMs, message: `GET /api/version got no answer within ${seconds(connectMs)}` },
      idle: null,
    };
    if (isBlockedPort(this.host)) {
      throw new ConfigurationError(
        `cannot use ${this.host}: its port is one that fetch refuses to connect to (a port of another protocol, such as 6000 for X11); run Ollama on another port, e.g. OLLAMA_HOST=127.0.0.1:11434`,
      );
    }
    try {
      const reply = await this.limited(limits, (d) =>
        this.json<{ version: string }>('GET', '/api/version', undefined, d),
      );
      return reply.version;
    } catch (error: unknown) {
      if (error instanceof NotOllamaError)
        throw new ExternalError(`${error.message}; point OLLAMA_HOST or --host at Ollama`);
      // Ollama answers this with its version whatever it is doing: a refusal came from elsewhere.
      const status = error instanceof ModelServerError ? error.status : null;
      if (status !== null && status >= 400 && status < 500) {
        const said = (error as ModelServerError).message;
        throw new ExternalError(
          `${this.host} is not an Ollama server, or something in front of it (a proxy) refused the request: it answered GET /api/version with HTTP ${status}${said === `HTTP ${status}` ? '' : ` (${said})`}; point OLLAMA_HOST or --host at Ollama`,
        );
      }
      const reason = error instanceof ModelServerError ? error.message : toServerError(error, false).message;
      // Something listens there, but does not speak TLS: most likely Ollama itself, over plain HTTP.
      const advice =
        tlsAdvice(
          this.host,
          reason,
          (plain) => `if the server there speaks plain HTTP (as Ollama does), use ${plain}`,
        ) ?? 'start it with "ollama serve", or point OLLAMA_HOST or --host at a running server';
      throw new ExternalError(`cannot reach Ollama at ${this.host} (${reason}); ${advice}`);
    }
  }

  async show(model: string): Promise<ModelDetails | null> {
    const { requestMs } = this.deadlines;
    const limits = (what: string): CallLimits => ({
      total: { ms: requestMs, message: `${what} got no answer within ${seconds(requestMs)}` },
      idle: null,
    });
    let shown;
    try {
      shown = await this.limited(limits('POST /api/show'), (d) =>
        this.json<ShowResponse>('POST', '/api/show', { model }, d),
      );
    } catch (error: unknown) {
      const failure = toServerError(error, false);
      // Ollama's "model not found"; a page from another server at that address is no answer.
      if (failure.status === 404 && !(failure instanceof NotOllamaError)) return null;
      throw failure;
    }
    // The digest and size are only in the list of local models.
    const listed = await this.limited(limits('GET /api/tags'), (d) =>
      this.json<ListResponse>('GET', '/api/tags', undefined, d),
    ).catch((error: unknown) => {
      throw toServerError(error, false);
    });
    const wanted = withTag(model);
    const entry = (listed.models ?? []).find((m) => m.name === wanted || m.model === wanted);
    const info = (shown.model_info ?? {}) as unknown as Record<string, unknown>;
    const architecture =
      typeof info['general.architecture'] === 'string' ? info['general.architecture'] : null;
    const contextLength = architecture ? info[`${architecture}.context_length`] : undefined;
    return {
      name: entry?.name ?? wanted,
      digest: entry?.digest ?? null,
      sizeBytes: entry?.size ?? null,
      family: shown.details?.family || null,
      parameterSize: shown.details?.parameter_size || null,
      quantizationLevel: shown.details?.quantization_level || null,
      format: shown.details?.format || null,
      contextLength: typeof contextLength === 'number' ? contextLength : null,
      // Go omits an empty list; a server too old to report capabilities says nothing either.
      capabilities: Array.isArray(shown.capabilities)
        ? shown.capabilities.filter((c): c is string => typeof c === 'string')
        : null,
    };
  }

  async listModels(): Promise<ListedModel[]> {
    const { requestMs } = this.deadlines;
    const limits: CallLimits = {
      total: { ms: requestMs, message: `GET /api/tags got no answer within ${seconds(requestMs)}` },
      idle: null,
    };
    try {
      const listed = await this.limited(limits, (d) =>
        this.json<ListResponse>('GET', '/api/tags', undefined, d),
      );
      return (listed.models ?? []).map((model) => ({ name: model.name }));
    } catch (error: unknown) {
      throw toServerError(error, false);
    }
  }

  async pull(model: string, onProgress: (progress: PullProgress) => void): Promise<void> {
    const { idleMs } = this.deadlines;
    const limits: CallLimits = {
      total: null,
      idle: { ms: idleMs, message: `the pull sent no progress for ${seconds(idleMs)}` },
    };
    try {
      await this.limited(limits, async (deadlines) => {
        const client = await this.clientWithin(deadlines);
        const stream = await client.pull({ model, stream: true });
        for await (const part of stream) {
          deadlines.chunk();
          onProgress({
            status: part.status,
            ...(part.digest ? { digest: part.digest } : {}),
            ...(typeof part.total === 'number' ? { total: part.total } : {}),
            ...(typeof part.completed === 'number' ? { completed: part.completed } : {}),
          });
        }
      });
    } catch (error: unknown) {
      throw toServerError(error, false);
    }
  }

  async generate(request: GenerateRequest): Promise<Generation> {
    const started = this.clock.now();
    let firstTokenAt: number | null = null;
    let response = '';
    let thinking = '';
    let final = null as GenerateResponse | null;
    const { requestMs, idleMs } = this.deadlines;
    const limits: CallLimits = {
      total: { ms: requestMs, message: `generation did not finish within ${seconds(requestMs)}` },
      idle: { ms: idleMs, message: `no token for ${seconds(idleMs)}` },
      ...(request.signal ? { signal: request.signal } : {}),
    };
    try {
      await this.limited(limits, async (deadlines) => {
        const body = { model: request.model, prompt: request.prompt, options: request.options, stream: true };
        for await (const message of await this.streamed('/api/generate', body, deadlines)) {
          deadlines.chunk();
          const part = message as Partial<GenerateResponse>;
          const text = part.response ?? '';
          const thought = part.thinking ?? '';
          if (firstTokenAt === null && (text !== '' || thought !== '')) firstTokenAt = this.clock.now();
          response += text;
          thinking += thought;
          if (part.done) final = part as GenerateResponse;
        }
      });
    } catch (error: unknown) {
      throw toServerError(error, true);
    }
    const ended = this.clock.now();
    if (!final) throw new ModelServerError('the stream ended without a final chunk', null, true);
    return {
      response,
      thinking,
      doneReason: final.done_reason || null,
      // Ollama omits zero-valued counts and durations from the final chunk.
      evalCount: final.eval_count ?? 0,
      evalDurationNs: final.eval_duration ?? 0,
      promptEvalCount: final.prompt_eval_count ?? 0,
      promptEvalDurationNs: final.prompt_eval_duration ?? 0,
      loadDurationNs: final.load_duration ?? 0,
      totalDurationNs: final.total_duration ?? 0,
      timeToFirstTokenMs: firstTokenAt === null ? null : firstTokenAt - started,
      wallMs: ended - started,
    };
  }
}

/** Where the official client sends OLLAMA_API_KEY: Ollama's cloud, over https. */
function isOllamaCom(host: string): boolean {
  try {
    const url = new URL(host);
    return url.protocol === 'https:' && url.hostname === 'ollama.com';
  } catch {
    return false;
  }
}

/** Ollama names a model without a tag `:latest`. */
function withTag(model: string): string {
  const lastSegment = model.split('/').at(-1) ?? model;
  return lastSegment.includes(':') ? model : `${model}:latest`;
}

import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
} from '../../constants.js';
import { ENGINE_LABELS } from '../../core/server-registry.js';
import type { ServerDeadlines } from '../../core/types.js';
import { ExternalError } from '../../errors.js';
import {
  ModelServerError,
  type Clock,
  type Engine,
  type GenerateRequest,
  type Generation,
  type ListedModel,
  type ModelDetails,
  type ModelServer,
} from '../../ports.js';
import { HttpRequester, tlsAdvice } from '../http/http-request.js';
import { chatCompletionBody, readChatStream } from './chat-stream.js';
import { HttpCaller, jsonBody, requireOk, seconds, type CallLimits } from './http-caller.js';

export interface OpenAiCompatibleServerOptions {
  /** The API's base URL, `/v1` included for an OpenAI-compatible server, e.g. `http://127.0.0.1:8000/v1`. */
  url: string;
  clock: Clock;
  deadlines?: Partial<ServerDeadlines>;
  /** Sent as `Authorization: Bearer …`; read from the variable the user named, never from a flag. */
  apiKey?: string | null;
}

/** One entry of `GET /v1/models` (`data[]`); llama-server adds `meta` about its one model. */
export interface ListedModelEntry {
  id: string;
  meta: Record<string, unknown> | null;
}

/**
 * ModelServer over the OpenAI-compatible API (`GET /v1/models`, `POST /v1/chat/completions`,
 * streamed): vLLM, LM Studio, SGLang, gateways. Such a server serves what it was started with, so
 * nothing is pulled. Its version is vLLM's `GET /version`, where the server has one.
 */
export class OpenAiCompatibleModelServer implements ModelServer {
  readonly host: string;
  readonly engine: Engine = 'openai';
  protected readonly clock: Clock;
  protected readonly deadlines: ServerDeadlines;
  protected readonly http: HttpCaller;
  private engineVersion: string | null = null;

  constructor(options: OpenAiCompatibleServerOptions) {
    this.host = options.url.replace(/\/+$/, '');
    this.clock = options.clock;
    this.deadlines = {
      connectMs: options.deadlines?.connectMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
      requestMs: options.deadlines?.requestMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
      idleMs: options.deadlines?.idleMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    };
    const key = options.apiKey ?? null;
    this.http = new HttpCaller(
      new HttpRequester(this.deadlines.connectMs),
      key === null ? {} : { authorization: `Bearer ${key}` },
    );
  }

  /** Where `/models` and `/chat/completions` are. */
  protected get apiBase(): string {
    return this.host;
  }

  protected get displayName(): string {
    return ENGINE_LABELS[this.engine];
  }

  /** Limits for a short call that must answer at once (probes), or within the request deadline. */
  protected limits(what: string, ms: number): CallLimits {
    return { total: { ms, message: `${what} got no answer within ${seconds(ms)}` }, idle: null };
  }

  protected getJson(path: string, ms: number): Promise<unknown> {
    const what = `GET ${path}`;
    return this.http.call(`${this.rootOf(path)}${path}`, { method: 'GET' }, this.limits(what, ms), (r) =>
      jsonBody(r, what),
    );
  }

  /** Paths under the API base (`/models`) or at the server's root (`/version`, `/health`). */
  protected rootOf(path: string): string {
    return path === '/version' ? this.host.replace(/\/v1$/, '') : this.apiBase;
  }

  /** Answers when the server does; the version the first time it can be had, then from memory. */
  async version(): Promise<string> {
    try {
      await this.probe();
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      if (error instanceof ModelServerError && (error.status === 401 || error.status === 403)) {
        throw new ExternalError(
          `${this.displayName} at ${this.host} refused the API key (${reason}); name the variable holding the right key with --api-key-env`,
        );
      }
      // The server answered: a 404 (or another refusal) at the probe's path is a wrong address.
      if (
        error instanceof ModelServerError &&
        error.status !== null &&
        error.status >= 400 &&
        error.status < 500
      ) {
        throw new ExternalError(this.refusedProbeText(error.status, reason));
      }
      const advice =
        tlsAdvice(
          this.host,
          reason,
          (plain) => `if the server there speaks plain HTTP, use --server ${this.engine}=${plain}`,
        ) ?? `start it, or give its address with --server ${this.engine}=URL`;
      throw new ExternalError(`cannot reach ${this.displayName} at ${this.host} (${reason}); ${advice}`);
    }
    this.engineVersion ??= await this.readVersion();
    return this.engineVersion;
  }

  /** The call whose answer says the server is there and ready: its path (under rootOf). */
  protected readonly probePath: string = '/models';

  /** Throws unless the server answers and is ready. */
  protected async probe(): Promise<void> {
    await this.getJson(this.probePath, this.deadlines.connectMs);
  }

  /** What a server answering the probe with an HTTP error (`reason`, as requireOk words it) likely means. */
  private refusedProbeText(status: number, reason: string): string {
    const path = new URL(`${this.rootOf(this.probePath)}${this.probePath}`).pathname;
    // requireOk's `GET /models: HTTP 404: <the server's message>`, already one escaped line.
    const said = /^GET \S+: HTTP \d+: (.*)$/.exec(reason)?.[1];
    const saidText = said === undefined || said === `HTTP ${status}` ? '' : ` (${said})`;
    return `${this.displayName} at ${this.host} answered HTTP ${status} at ${path}${saidText}: ${this.wrongAddressAdvice}; give the right address with --server ${this.engine}=URL`;
  }

  /** What a refused probe likely means, in words: the API's base URL ends in `/v1` here. */
  protected get wrongAddressAdvice(): string {
    const suggestion = /\/v1$/.test(this.host) ? '' : `, e.g. ${this.host}/v1`;
    return `the URL's path is likely wrong (the API's base URL ends in /v1${suggestion}, with nothing after it), or the server there is not an OpenAI-compatible server`;
  }

  /** vLLM's `GET /version` (`{"version": …}`); `unknown` for a server without one. */
  protected async readVersion(): Promise<string> {
    try {
      const body = await this.getJson('/version', this.deadlines.connectMs);
      const version = (body as { version?: unknown } | null)?.version;
      return typeof version === 'string' && version !== '' ? version : 'unknown';
    } catch {
      return 'unknown';
    }
  }

  protected async listEntries(): Promise<ListedModelEntry[]> {
    const body = (await this.getJson('/models', this.deadlines.requestMs)) as { data?: unknown } | null;
    const data = Array.isArray(body?.data) ? (body.data as unknown[]) : [];
    return data.flatMap((entry): ListedModelEntry[] => {
      if (typeof entry !== 'object' || entry === null) return [];
      const { id, meta } = entry as { id?: unknown; meta?: unknown };
      if (typeof id !== 'string') return [];
      return [
        { id, meta: typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : null },
      ];
    });
  }

  async listModels(): Promise<ListedModel[]> {
    return (await this.listEntries()).map((entry) => ({ name: entry.id }));
  }

  async show(model: string): Promise<ModelDetails | null> {
    const entry = (await this.listEntries()).find((listed) => listed.id === model);
    if (entry === undefined) return null;
    const meta = entry.meta ?? {};
    const count = (value: unknown): number | null => (typeof value === 'number' ? value : null);
    return {
      name: entry.id,
      digest: null,
      // llama-server's `meta`: the model file's size and its training context length.
      sizeBytes: count(meta.size),
      family: null,
      parameterSize: null,
      quantizationLevel: null,
      format: null,
      contextLength: count(meta.n_ctx_train),
      // These servers do not say what a model can do; every model they list is taken to generate.
      capabilities: null,
    };
  }

  /** These servers serve the models they were started with; none downloads one on request. */
  async pull(model: string): Promise<void> {
    const served = (await this.listEntries()).map((entry) => entry.id);
    throw new ModelServerError(
      `${this.displayName} at ${this.host} does not serve "${model}" and cannot download models; it serves ${served.length > 0 ? served.map((id) => `"${id}"`).join(', ') : 'none'}`,
      404,
      false,
    );
  }

  async generate(request: GenerateRequest): Promise<Generation> {
    const { requestMs, idleMs } = this.deadlines;
    const limits: CallLimits = {
      total: { ms: requestMs, message: `generation did not finish within ${seconds(requestMs)}` },
      idle: { ms: idleMs, message: `no token for ${seconds(idleMs)}` },
      ...(request.signal ? { signal: request.signal } : {}),
    };
    const started = this.clock.now();
    return this.http.call(
      `${this.apiBase}/chat/completions`,
      {
        method: 'POST',
        body: chatCompletionBody(request, this.engine === 'llamacpp' ? 'llamacpp' : 'openai'),
      },
      limits,
      async (response, chunk) => {
        await requireOk(response, 'POST /chat/completions');
        return readChatStream(response.body, this.clock, started, chunk);
      },
    );
  }
}

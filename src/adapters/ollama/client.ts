import { Ollama, type GenerateResponse } from 'ollama';
import { ConfigurationError, ExternalError } from '../../errors.js';
import {
  ModelServerError,
  type Clock,
  type GenerateRequest,
  type Generation,
  type ModelDetails,
  type ModelServer,
  type PullProgress,
} from '../../ports.js';
import { guardedFetch, isBlockedPort, NotOllamaError } from './reply-guard.js';

/** The ResponseError the official client throws for an HTTP error status. */
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
  if (status !== null)
    return new ModelServerError(message, status, status >= 500 || status === 429 || status === 408);
  const connection = error instanceof TypeError || /did not receive done/i.test(message);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return new ModelServerError(`${message}${cause}`, null, connection || streamErrorsRetry);
}

export interface OllamaModelServerOptions {
  /** Base URL, e.g. from ollamaBaseUrl(). */
  url: string;
  clock: Clock;
  fetch?: typeof fetch;
}

/** ModelServer over Ollama's REST API, through the official client. */
export class OllamaModelServer implements ModelServer {
  readonly host: string;
  private readonly client: Ollama;
  private readonly clock: Clock;

  constructor(options: OllamaModelServerOptions) {
    this.host = options.url;
    this.clock = options.clock;
    this.client = new Ollama({ host: options.url, fetch: guardedFetch(options.fetch ?? fetch, options.url) });
  }

  async version(): Promise<string> {
    try {
      return (await this.client.version()).version;
    } catch (error: unknown) {
      if (isBlockedPort(error)) {
        throw new ConfigurationError(
          `cannot use ${this.host}: its port is one that fetch refuses to connect to (a port of another protocol, such as 6000 for X11); run Ollama on another port, e.g. OLLAMA_HOST=127.0.0.1:11434`,
        );
      }
      if (error instanceof NotOllamaError)
        throw new ExternalError(`${error.message}; point OLLAMA_HOST or --host at Ollama`);
      const reason = toServerError(error, false).message;
      throw new ExternalError(
        `cannot reach Ollama at ${this.host} (${reason}); start it with "ollama serve", or point OLLAMA_HOST or --host at a running server`,
      );
    }
  }

  async show(model: string): Promise<ModelDetails | null> {
    let shown;
    try {
      shown = await this.client.show({ model });
    } catch (error: unknown) {
      if (statusOf(error) === 404) return null;
      throw toServerError(error, false);
    }
    // The digest and size are only in the list of local models.
    const listed = await this.client.list().catch((error: unknown) => {
      throw toServerError(error, false);
    });
    const wanted = withTag(model);
    const entry = listed.models.find((m) => m.name === wanted || m.model === wanted);
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
    };
  }

  async pull(model: string, onProgress: (progress: PullProgress) => void): Promise<void> {
    try {
      const stream = await this.client.pull({ model, stream: true });
      for await (const part of stream) {
        onProgress({
          status: part.status,
          ...(part.digest ? { digest: part.digest } : {}),
          ...(typeof part.total === 'number' ? { total: part.total } : {}),
          ...(typeof part.completed === 'number' ? { completed: part.completed } : {}),
        });
      }
    } catch (error: unknown) {
      throw toServerError(error, false);
    }
  }

  async generate(request: GenerateRequest): Promise<Generation> {
    const started = this.clock.now();
    let firstTokenAt: number | null = null;
    let response = '';
    let thinking = '';
    let final: GenerateResponse | null = null;
    try {
      const stream = await this.client.generate({
        model: request.model,
        prompt: request.prompt,
        options: request.options,
        stream: true,
      });
      for await (const part of stream) {
        const text = part.response ?? '';
        const thought = part.thinking ?? '';
        if (firstTokenAt === null && (text !== '' || thought !== '')) firstTokenAt = this.clock.now();
        response += text;
        thinking += thought;
        if (part.done) final = part;
      }
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

/** Ollama names a model without a tag `:latest`. */
function withTag(model: string): string {
  const lastSegment = model.split('/').at(-1) ?? model;
  return lastSegment.includes(':') ? model : `${model}:latest`;
}

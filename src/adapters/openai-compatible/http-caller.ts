import { ModelServerError } from '../../ports.js';
import { CallDeadlines, type CallLimits } from '../http/call-deadlines.js';
import { causeSuffix, isServerStatus, type HttpAnswer, type HttpRequester } from '../http/http-request.js';
import { oneLine } from '../ollama/reply-guard.js';

export { seconds, type CallLimits } from '../http/call-deadlines.js';

/**
 * The text of an error body as OpenAI-compatible servers send it: `{"error": {"message": …}}`
 * (OpenAI, llama-server, vLLM), `{"error": "…"}`, or `{"message": …}` (older vLLM), as one short
 * printable line; the raw text when it is none of these. Server text is untrusted.
 */
export function errorBodyMessage(text: string): string {
  let message: unknown = text;
  try {
    const body = JSON.parse(text) as unknown;
    if (typeof body === 'object' && body !== null) {
      const record = body as Record<string, unknown>;
      const error = record.error;
      if (typeof error === 'string') message = error;
      else if (typeof error === 'object' && error !== null && 'message' in error) message = error.message;
      else if (typeof record.message === 'string') message = record.message;
    }
  } catch {
    // not JSON: the text itself
  }
  return oneLine(typeof message === 'string' ? message : JSON.stringify(message), 300);
}

/**
 * HTTP calls to one server with exbench's deadlines: each call is aborted when its total or idle
 * limit passes, and what it throws then is a retryable ModelServerError naming the limit.
 * Connection failures become retryable ModelServerErrors with status null.
 */
export class HttpCaller {
  constructor(
    private readonly requester: HttpRequester,
    private readonly headers: Readonly<Record<string, string>>,
  ) {}

  async call<T>(
    url: string,
    init: { method: 'GET' | 'POST'; body?: unknown },
    limits: CallLimits,
    read: (response: HttpAnswer, chunk: () => void) => Promise<T>,
  ): Promise<T> {
    const deadlines = new CallDeadlines(limits);
    try {
      const response = await this.requester.send(url, {
        method: init.method,
        headers: {
          ...this.headers,
          ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        signal: deadlines.aborted,
      });
      deadlines.chunk();
      return await read(response, deadlines.chunk);
    } catch (error: unknown) {
      const exceeded = deadlines.exceeded();
      if (exceeded) throw exceeded;
      if (error instanceof ModelServerError) throw error;
      const message = error instanceof Error ? error.message : String(error);
      throw new ModelServerError(`${message}${causeSuffix(error)}`, null, true);
    } finally {
      deadlines.end();
    }
  }
}

/** Throws the server's error for a response that is not a success, with its status and message. */
export async function requireOk(response: HttpAnswer, what: string): Promise<void> {
  if (response.ok) return;
  const message = errorBodyMessage(await response.text()) || `HTTP ${response.status}`;
  throw new ModelServerError(
    `${what}: HTTP ${response.status}: ${message}`,
    response.status,
    isServerStatus(response.status),
  );
}

/** The JSON body of a successful response; a body that is not JSON means this is another server. */
export async function jsonBody(response: HttpAnswer, what: string): Promise<unknown> {
  await requireOk(response, what);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ModelServerError(
      `${what}: the answer is not JSON (${/^\s*</.test(text) ? 'an HTML page' : JSON.stringify(oneLine(text, 80))}); is this the right address?`,
      response.status,
      false,
    );
  }
}

import { STATUS_CODES } from 'node:http';
import { Agent, request, type Dispatcher } from 'undici';
import type { CallAbort } from './call-deadlines.js';

/** The status, type and body of an HTTP answer; the body must be read or the call ended. */
export interface HttpAnswer {
  status: number;
  ok: boolean;
  statusText: string;
  /** The content-type header; '' when the server sent none. */
  contentType: string;
  body: AsyncIterable<Uint8Array>;
  text(): Promise<string>;
}

export interface HttpRequestInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Aborts the call; the caller must abort it once the call is over, to let go of a body left unread. */
  signal: CallAbort;
}

/**
 * HTTP calls through undici's `request()`, for the requests sent once per row: fetch wraps every
 * request and answer in WHATWG streams (and tees each request body to clone the request), about
 * three times the garbage of the call itself. Like `unlimitedFetch`, undici's own header and body
 * timeouts are off so that only exbench's deadlines apply, and redirects are followed as fetch does.
 */
export class HttpRequester {
  private readonly dispatcher: Dispatcher;

  constructor(connectTimeoutMs: number) {
    this.dispatcher = new Agent({
      connect: { timeout: connectTimeoutMs },
      headersTimeout: 0,
      bodyTimeout: 0,
      maxRedirections: 20,
    });
  }

  /**
   * Sends one request. What fails is worded as fetch words it (`fetch failed: <cause>` before an
   * answer, `terminated: <cause>` for a body cut off), so messages and reports read as before; an
   * aborted call rejects with the signal's reason.
   */
  async send(url: string, init: HttpRequestInit): Promise<HttpAnswer> {
    let answer: Dispatcher.ResponseData;
    try {
      answer = await request(url, {
        dispatcher: this.dispatcher,
        method: init.method,
        headers: init.headers,
        body: init.body ?? null,
        signal: init.signal,
      });
    } catch (error: unknown) {
      throw init.signal.aborted ? init.signal.reason : new TypeError('fetch failed', { cause: error });
    }
    const { statusCode, headers } = answer;
    const type = headers['content-type'];
    const body = bodyOf(answer.body, init.signal);
    return {
      status: statusCode,
      ok: statusCode >= 200 && statusCode < 300,
      statusText: STATUS_CODES[statusCode] ?? '',
      contentType: Array.isArray(type) ? type.join(', ') : (type ?? ''),
      body,
      text: async () => {
        const decoder = new TextDecoder();
        let text = '';
        for await (const bytes of body) text += decoder.decode(bytes, { stream: true });
        return text + decoder.decode();
      },
    };
  }
}

/**
 * The body's chunks; a body cut off fails as fetch's does, an aborted one with the abort's reason.
 * A body left unread (the rest of an answer after its final chunk) is not destroyed here, which
 * would make an error with a stack trace per request, but by the call's signal when it aborts.
 */
async function* bodyOf(body: Dispatcher.ResponseData['body'], signal: CallAbort): AsyncGenerator<Uint8Array> {
  try {
    for await (const bytes of body.iterator({ destroyOnReturn: false })) yield bytes as Uint8Array;
  } catch (error: unknown) {
    throw signal.aborted ? signal.reason : new TypeError('terminated', { cause: error });
  }
}

/** Whether an HTTP status is the server's fault (so waiting and trying again may help). */
export function isServerStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

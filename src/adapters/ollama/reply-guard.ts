import fetchConstants from 'undici/lib/web/fetch/constants.js';
import { isServerStatus, type HttpAnswer } from '../http/http-request.js';
import { ModelServerError } from '../../ports.js';

/** The address answers, but not as Ollama: trying again will not help. */
export class NotOllamaError extends ModelServerError {
  constructor(message: string, status: number) {
    super(message, status, false);
  }
}

/**
 * A fetch for the official client that keeps two things from reaching the user: a page from a
 * server that is not Ollama (its HTML in the client's message), and the client's own printing
 * (ollama-js `console.log`s before it reads an error body that is not JSON). Ollama answers JSON, or
 * NDJSON for streams, to every API request; anything else on a success is another server, and an
 * error page that is not HTML is passed on as Ollama's JSON error form.
 */
export function guardedFetch(base: typeof fetch, host: string): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const type = response.headers.get('content-type') ?? '';
    if (/json/i.test(type)) return response;
    const text = await response.text();
    const error = errorOfReplyNotJson(host, pathOf(input), response, type, text);
    return new Response(JSON.stringify({ error }), {
      status: response.status,
      statusText: response.statusText,
      headers: { 'content-type': 'application/json' },
    });
  };
}

/**
 * What a reply of content type `type` that is not JSON says: on a success, or as an HTML page,
 * another server answered (NotOllamaError); otherwise it is an error in plain text, returned as
 * one short line.
 */
export function errorOfReplyNotJson(
  host: string,
  path: string,
  reply: { ok: boolean; status: number },
  type: string,
  text: string,
): string {
  if (reply.ok || /html/i.test(type) || /^\s*</.test(text)) {
    throw new NotOllamaError(
      `${host} is not an Ollama server: it answered ${path} with HTTP ${reply.status} and ${describeBody(type, text)} instead of Ollama's JSON`,
      reply.status,
    );
  }
  return oneLine(text, 200) || `HTTP ${reply.status}`;
}

/**
 * Throws what an answer that is not a success in JSON means, as the official client and
 * guardedFetch word it: Ollama's `{"error": "…"}` (or the status and its text when there is none)
 * with the status; a reply that is not JSON as errorOfReplyNotJson says.
 */
export async function expectJsonSuccess(answer: HttpAnswer, host: string, path: string): Promise<void> {
  const json = /json/i.test(answer.contentType);
  if (answer.ok && json) return;
  const text = await answer.text();
  const message = json
    ? errorOfJson(text, answer)
    : errorOfReplyNotJson(host, path, answer, answer.contentType, text);
  throw new ModelServerError(message, answer.status, isServerStatus(answer.status));
}

/** Ollama's `{"error": "…"}`; as ollama-js, the status and its text when there is none. */
function errorOfJson(text: string, answer: HttpAnswer): string {
  const fallback = `Error ${answer.status}: ${answer.statusText}`;
  try {
    const body = JSON.parse(text) as { error?: unknown } | null;
    const error = body?.error;
    return typeof error === 'string' && error !== '' ? error : fallback;
  } catch {
    return fallback;
  }
}

/**
 * Whether fetch refuses to connect to the address's port (WHATWG fetch's blocked ports, e.g. 6000
 * for X11). A pull goes through fetch, so such an address is refused before anything is sent.
 */
export function isBlockedPort(url: string): boolean {
  try {
    const { protocol, port } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') && fetchConstants.badPortsSet.has(port);
  } catch {
    return false;
  }
}

function pathOf(input: Parameters<typeof fetch>[0]): string {
  const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  try {
    return new URL(href).pathname;
  } catch {
    return href;
  }
}

function describeBody(type: string, text: string): string {
  if (/html/i.test(type) || /^\s*</.test(text)) {
    const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1];
    return title && oneLine(title, 80)
      ? `an HTML page titled ${JSON.stringify(oneLine(title, 80))}`
      : 'an HTML page';
  }
  return type === '' ? 'a body of no stated type' : `${JSON.stringify(type)}`;
}

/** Untrusted server text as one short line of printable characters. */
export function oneLine(text: string, max: number): string {
  const flat = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

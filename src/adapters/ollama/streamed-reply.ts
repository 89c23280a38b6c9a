import type { HttpAnswer } from '../http/http-request.js';
import { expectJsonSuccess, oneLine } from './reply-guard.js';

/** One message of a streamed Ollama reply: a JSON object. */
export type StreamedMessage = Record<string, unknown>;

/** Said when a stream ends before its last message, in the words of ollama-js. */
const NO_DONE_MESSAGE = 'Did not receive done or success response in stream.';

/**
 * The messages of Ollama's reply to a streamed request (`stream: true`), read as the official
 * client reads them: NDJSON, one object a line; a line that is not JSON is skipped; a message with
 * `error` (a failure after HTTP 200) throws it; the stream ends at the message with `done` (or
 * status `success`), and one that ends before it throws. An HTTP error status throws Ollama's
 * error text with the status; a reply that is not JSON is handled as by guardedFetch.
 */
export async function streamedMessages(
  answer: HttpAnswer,
  host: string,
  path: string,
): Promise<AsyncIterable<StreamedMessage>> {
  await expectJsonSuccess(answer, host, path);
  return messagesUntilDone(answer.body);
}

/**
 * The messages of an NDJSON body up to the one with `done`. One generator, not a parser of lines
 * and a reader of messages stacked: each layer costs a promise and a result object per token.
 */
async function* messagesUntilDone(body: AsyncIterable<Uint8Array>): AsyncGenerator<StreamedMessage> {
  const decoder = new TextDecoder();
  let pending = '';
  for await (const bytes of body) {
    pending += decoder.decode(bytes, { stream: true });
    let start = 0;
    for (let end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n', start)) {
      const value = parsed(pending.slice(start, end));
      start = end + 1;
      if (value === SKIPPED) continue;
      const message = messageOf(value);
      yield message;
      if (isLast(message)) return;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  for (const line of pending.split('\n')) {
    const value = line === '' ? SKIPPED : parsed(line);
    if (value === SKIPPED) continue;
    const message = messageOf(value);
    yield message;
    if (isLast(message)) return;
  }
  throw new Error(NO_DONE_MESSAGE);
}

/** A JSON value of the stream as a message; a message with `error` throws it, as ollama-js does. */
function messageOf(value: unknown): StreamedMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(
      `the stream sent a line that is not a JSON object: ${oneLine(JSON.stringify(value), 80)}`,
    );
  }
  const message = value as StreamedMessage;
  if ('error' in message) throw new Error(String(message.error));
  return message;
}

function isLast(message: StreamedMessage): boolean {
  return Boolean(message.done) || message.status === 'success';
}

/** A line that is not JSON, skipped as ollama-js does. */
const SKIPPED = Symbol('skipped');

function parsed(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    return SKIPPED;
  }
}

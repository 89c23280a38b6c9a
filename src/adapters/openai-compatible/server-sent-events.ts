/**
 * Server-sent events (https://html.spec.whatwg.org/multipage/server-sent-events.html) as the
 * OpenAI-compatible servers stream them: `data:` lines, a blank line ending each event, `:` lines
 * as comments (llama-server's keep-alive pings). llama-server also writes a failure mid-stream as an
 * `error:` line; it comes out as an event of kind `error`.
 */
export interface ServerSentEvent {
  kind: 'data' | 'error';
  data: string;
}

export async function* serverSentEvents(
  body: AsyncIterable<Uint8Array>,
  onBytes: () => void = () => undefined,
): AsyncGenerator<ServerSentEvent> {
  const decoder = new TextDecoder();
  let pending = '';
  let data: string[] = [];
  let errors: string[] = [];
  function* dispatch(): Generator<ServerSentEvent> {
    if (errors.length > 0) yield { kind: 'error', data: errors.join('\n') };
    else if (data.length > 0) yield { kind: 'data', data: data.join('\n') };
    data = [];
    errors = [];
  }
  function* lines(text: string, final: boolean): Generator<ServerSentEvent> {
    pending += text;
    const parts = pending.split(/\r\n|\r|\n/);
    pending = final ? '' : (parts.pop() ?? '');
    for (const line of parts) {
      if (line === '') {
        yield* dispatch();
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') data.push(value);
      else if (field === 'error') errors.push(value);
    }
  }
  for await (const bytes of body) {
    onBytes();
    yield* lines(decoder.decode(bytes, { stream: true }), false);
  }
  // An event the stream ended in the middle of (no blank line after it) is dropped, as the
  // standard says: a cut-off stream must not pass for a finished one.
  yield* lines(decoder.decode(), true);
}

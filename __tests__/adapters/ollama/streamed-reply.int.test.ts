import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { ModelServerError } from '../../../src/ports.js';

/** Each model name is a way of answering /api/generate that Ollama's own fake never uses. */
const ANSWERS: Record<string, (res: ServerResponse) => void> = {
  // The final chunk, then the connection stays open and silent.
  'open-after-done': (res) => {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.write(
      '{"response":"4","done":false}\n{"response":"","done":true,"done_reason":"stop","eval_count":1}\n',
    );
  },
  // One message split across two writes, and a line that is not JSON between two that are.
  'split-and-junk': (res) => {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.write('{"response":"fo');
    setTimeout(() => {
      res.end('o","done":false}\nnot json\n{"response":"bar","done":true,"done_reason":"stop"}');
    }, 20);
  },
  'cut-before-done': (res) => {
    res.writeHead(200, { 'content-type': 'application/x-ndjson' });
    res.end('{"response":"4","done":false}\n');
  },
  'json-error-without-message': (res) => {
    res.writeHead(503, { 'content-type': 'application/json' });
    res.end('{"detail":"busy"}');
  },
};

let http: Server;
let server: OllamaModelServer;
beforeAll(async () => {
  http = createServer((req, res) => {
    let body = '';
    req.on('data', (bytes: Buffer) => (body += bytes.toString()));
    req.on('end', () => {
      const { model } = JSON.parse(body) as { model: string };
      ANSWERS[model]?.(res);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  server = new OllamaModelServer({
    url: `http://127.0.0.1:${port}`,
    clock: systemClock,
    deadlines: { requestMs: 20_000, idleMs: 20_000 },
  });
});
afterAll(async () => {
  http.closeAllConnections();
  await new Promise<void>((resolve) => http.close(() => resolve()));
});

const generate = (model: string) => server.generate({ model, prompt: 'x', options: {} });

describe('OllamaModelServer reading a streamed answer', () => {
  it('answers at the final chunk even when the server keeps the stream open after it', async () => {
    const started = Date.now();
    const generation = await generate('open-after-done');
    expect(generation).toMatchObject({ response: '4', doneReason: 'stop', evalCount: 1 });
    // The deadlines are 20 s: only the final chunk can have ended it this soon.
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('joins a message split across packets and skips a line that is not JSON, as ollama-js does', async () => {
    const generation = await generate('split-and-junk');
    expect(generation.response).toBe('foobar');
  });

  it('retries a stream cut off before its final chunk, in the words of ollama-js', async () => {
    const error = await generate('cut-before-done').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelServerError);
    expect(error).toMatchObject({
      retryable: true,
      message: 'Did not receive done or success response in stream.',
    });
  });

  it('names the status of a JSON error without a message, and retries a server fault', async () => {
    const error = await generate('json-error-without-message').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 503, retryable: true, message: 'Error 503: Service Unavailable' });
  });
});

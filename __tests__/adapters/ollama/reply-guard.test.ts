import { describe, expect, it } from '@jest/globals';
import { guardedFetch, isBlockedPort, NotOllamaError } from '../../../src/adapters/ollama/reply-guard.js';

const HOST = 'http://127.0.0.1:8080';

function answering(body: string, status: number, type: string | null): typeof fetch {
  return () =>
    Promise.resolve(new Response(body, { status, headers: type === null ? {} : { 'content-type': type } }));
}

describe('guardedFetch', () => {
  it('passes JSON and NDJSON answers through untouched', async () => {
    const json = await guardedFetch(
      answering('{"version":"0.12.0"}', 200, 'application/json; charset=utf-8'),
      HOST,
    )(`${HOST}/api/version`);
    expect(await json.json()).toEqual({ version: '0.12.0' });
    const stream = await guardedFetch(
      answering('{"done":true}\n', 200, 'application/x-ndjson'),
      HOST,
    )(`${HOST}/api/generate`);
    expect(await stream.text()).toBe('{"done":true}\n');
  });

  it('names a success page that is not JSON as another server, with its title on one line', async () => {
    const page = '<html><head><title>Router\nlogin</title></head></html>';
    await expect(
      guardedFetch(answering(page, 200, 'text/html'), HOST)(`${HOST}/api/version`),
    ).rejects.toThrow(
      new NotOllamaError(
        `${HOST} is not an Ollama server: it answered /api/version with HTTP 200 and an HTML page titled "Router login" instead of Ollama's JSON`,
        200,
      ),
    );
  });

  it("turns a plain-text error into Ollama's JSON error form, so the client need not print", async () => {
    const response = await guardedFetch(
      answering('404 page not found', 404, 'text/plain; charset=utf-8'),
      HOST,
    )(`${HOST}/api/nope`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(await response.json()).toEqual({ error: '404 page not found' });
  });
});

describe('isBlockedPort', () => {
  it('knows the ports fetch refuses to connect to, and nothing else', () => {
    expect(isBlockedPort('http://127.0.0.1:6000')).toBe(true);
    expect(isBlockedPort('https://example.com:25/')).toBe(true);
    expect(isBlockedPort('http://127.0.0.1:11434')).toBe(false);
    expect(isBlockedPort('http://127.0.0.1')).toBe(false);
    expect(isBlockedPort('not a url')).toBe(false);
  });
});

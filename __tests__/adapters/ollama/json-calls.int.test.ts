import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { NotOllamaError } from '../../../src/adapters/ollama/reply-guard.js';
import { ExternalError } from '../../../src/errors.js';
import { ModelServerError } from '../../../src/ports.js';
import { readBody, serveOnLoopback, type LoopbackServer } from '../../support/loopback-server.js';

/** A server that answers each path as scripted here, and records what each request sent. */
const ANSWERS: Record<string, { status: number; type: string; body: string }> = {
  '/api/show': { status: 404, type: 'text/html', body: '<html><title>Not Found</title></html>' },
  '/api/tags': { status: 503, type: 'text/plain', body: 'warming up\n' },
  '/api/version': { status: 200, type: 'application/json', body: '{"version":"0.12.3"}' },
};
const sent: { method?: string; url?: string; type?: string; body: string }[] = [];
let http: LoopbackServer;
let server: OllamaModelServer;
beforeAll(async () => {
  http = await serveOnLoopback(async (req, res) => {
    const body = await readBody(req);
    sent.push({ method: req.method, url: req.url, type: req.headers['content-type'], body });
    const answer = ANSWERS[req.url ?? ''] ?? { status: 404, type: 'text/plain', body: '' };
    res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body);
  });
  server = new OllamaModelServer({ url: `http://127.0.0.1:${http.port}`, clock: systemClock });
});
afterAll(() => http.stop());

describe("OllamaModelServer's JSON calls", () => {
  it('asks GET /api/version and gives the version', async () => {
    sent.length = 0;
    await expect(server.version()).resolves.toBe('0.12.3');
    expect(sent).toEqual([{ method: 'GET', url: '/api/version', type: 'application/json', body: '' }]);
  });

  it('takes a 404 page from another server for no answer, not for a model Ollama lacks', async () => {
    sent.length = 0;
    const failure = await server.show('exbench/coder').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(NotOllamaError);
    expect((failure as Error).message).toContain(
      'is not an Ollama server: it answered /api/show with HTTP 404',
    );
    expect(sent).toEqual([
      { method: 'POST', url: '/api/show', type: 'application/json', body: '{"model":"exbench/coder"}' },
    ]);
  });

  it('calls a server that refuses GET /api/version no Ollama, not unreachable', async () => {
    // Under this prefix every path is a plain-text 404, as from a web server that is not Ollama.
    const elsewhere = new OllamaModelServer({ url: `${server.host}/elsewhere`, clock: systemClock });
    const failure = await elsewhere.version().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExternalError);
    expect((failure as Error).message).toBe(
      `${server.host}/elsewhere is not an Ollama server, or something in front of it (a proxy) refused the request: it answered GET /api/version with HTTP 404; point OLLAMA_HOST or --host at Ollama`,
    );
  });

  it('tells a TLS handshake with a plain-HTTP server on one line, and says to use http://', async () => {
    const plainHost = server.host.replace(/^http:/, 'https:');
    const overTls = new OllamaModelServer({ url: plainHost, clock: systemClock });
    const failure = await overTls.version().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExternalError);
    expect((failure as Error).message).toBe(
      `cannot reach Ollama at ${plainHost} (fetch failed: TLS failed: wrong version number); if the server there speaks plain HTTP (as Ollama does), use ${server.host}`,
    );
  });

  it('gives a plain-text error status as one line, with the status, retried when it is the server’s', async () => {
    const failure = await server.listModels().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ModelServerError);
    expect(failure).toMatchObject({ message: 'warming up', status: 503, retryable: true });
  });
});

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CallAbort } from '../../../src/adapters/http/call-deadlines.js';
import { HttpRequester } from '../../../src/adapters/http/http-request.js';
import { readBody, serveOnLoopback, type LoopbackServer } from '../../support/loopback-server.js';

let server: LoopbackServer;
let base: string;
beforeAll(async () => {
  server = await serveOnLoopback(async (req, res) => {
    if (req.url === '/endless') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' });
      const timer = setInterval(() => res.write('{"response":"x"}\n'), 5);
      res.on('close', () => clearInterval(timer));
      return;
    }
    if (req.url === '/moved') {
      res.writeHead(307, { location: '/here?x=1' }).end();
      return;
    }
    const body = await readBody(req);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.stop());

const send = (url: string, init: { method: 'GET' | 'POST'; body?: string }) =>
  new HttpRequester(5_000).send(url, { headers: {}, signal: new CallAbort(), ...init });

describe('HttpRequester', () => {
  it('sends the path with its query and the body, and gives the status and content type', async () => {
    const answer = await send(`${base}/api/show?verbose=1`, { method: 'POST', body: '{"model":"m"}' });
    expect(answer).toMatchObject({
      status: 200,
      ok: true,
      statusText: 'OK',
      contentType: 'application/json',
    });
    expect(JSON.parse(await answer.text())).toEqual({
      method: 'POST',
      url: '/api/show?verbose=1',
      body: '{"model":"m"}',
    });
  });

  it('follows a redirect as fetch does', async () => {
    const answer = await send(`${base}/moved`, { method: 'GET' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(await answer.text())).toMatchObject({ url: '/here?x=1' });
  });

  it('keeps the connection of an answer read whole for the next call', async () => {
    const requester = new HttpRequester(5_000);
    const before = server.accepted();
    for (let call = 0; call < 3; call += 1) {
      const done = new CallAbort();
      const answer = await requester.send(`${base}/api/version`, {
        method: 'GET',
        headers: {},
        signal: done,
      });
      await answer.text();
      // The call's deadlines end it once it is over; that must not cost the connection.
      done.abort(new Error('the call is over'));
    }
    expect(server.accepted() - before).toBe(1);
  });

  it('stops an answer that never ends when its signal aborts, with the abort reason', async () => {
    const deadline = new CallAbort();
    const answer = await new HttpRequester(5_000).send(`${base}/endless`, {
      method: 'POST',
      headers: {},
      signal: deadline,
    });
    let chunks = 0;
    const read = (async () => {
      for await (const chunk of answer.body) {
        chunks += chunk.length > 0 ? 1 : 0;
        if (chunks === 3) deadline.abort(new Error('no token for 1 s'));
      }
    })();
    await expect(read).rejects.toThrow('no token for 1 s');
  });

  it('words a refused connection as fetch does, with the cause', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const failure = await send(`http://127.0.0.1:${port}/api/version`, { method: 'GET' }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect((failure as TypeError).message).toBe('fetch failed');
    expect(((failure as TypeError).cause as Error).message).toMatch(/ECONNREFUSED/);
  });
});

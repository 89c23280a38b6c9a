/**
 * An `https:` server whose certificate Node refuses answered; it is not down. The error must say
 * what failed with the certificate (Node's code, in words) and how to fix it, never "start it".
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { connectionFailureText } from '../../../src/adapters/http/http-request.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { OpenAiCompatibleModelServer } from '../../../src/adapters/openai-compatible/server.js';

const TRUST =
  "if you trust that server, set NODE_EXTRA_CA_CERTS=<ca.pem> (its certificate, or the CA that signed it) in exbench's environment";

let dir: string;
const servers: Server[] = [];

/** openssl in `dir`; P-256 keys, so that making them takes milliseconds. */
function openssl(...args: string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: 'ignore' });
}
const NEW_KEY = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

/** An https server on 127.0.0.1 with this key and certificate, answering every path with `body`. */
async function serveTls(key: string, cert: string, body: string): Promise<string> {
  const server = createServer(
    { key: readFileSync(path.join(dir, key)), cert: readFileSync(path.join(dir, cert)) },
    (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let selfSigned: string;
let privateCa: string;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-certificates-'));
  writeFileSync(path.join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
  openssl(
    'req',
    '-x509',
    ...NEW_KEY,
    '-keyout',
    'self.key',
    '-out',
    'self.pem',
    '-days',
    '1',
    '-subj',
    '/CN=127.0.0.1',
    '-addext',
    'subjectAltName=IP:127.0.0.1',
  );
  openssl(
    'req',
    '-x509',
    ...NEW_KEY,
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-days',
    '1',
    '-subj',
    '/CN=exbench test CA',
  );
  openssl('req', ...NEW_KEY, '-keyout', 'leaf.key', '-out', 'leaf.csr', '-subj', '/CN=127.0.0.1');
  openssl(
    'x509',
    '-req',
    '-in',
    'leaf.csr',
    '-CA',
    'ca.pem',
    '-CAkey',
    'ca.key',
    '-CAcreateserial',
    '-out',
    'leaf.pem',
    '-days',
    '1',
    '-extfile',
    'san.ext',
  );
  selfSigned = await serveTls('self.key', 'self.pem', '{"version":"0.12.3"}');
  privateCa = await serveTls('leaf.key', 'leaf.pem', '{"version":"0.12.3"}');
});
afterAll(() => {
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
});

const versionFailure = (server: { version(): Promise<string> }): Promise<string> =>
  server.version().then(
    () => 'answered',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

describe('a certificate Node refuses', () => {
  it('tells Ollama users the certificate is self-signed and how to trust it, not to start Ollama', async () => {
    expect(await versionFailure(new OllamaModelServer({ url: selfSigned, clock: systemClock }))).toBe(
      `cannot reach Ollama at ${selfSigned} (fetch failed: TLS certificate refused, DEPTH_ZERO_SELF_SIGNED_CERT: it is self-signed); ${TRUST}`,
    );
  });

  it('tells of a certificate from a private CA, and of a chain the server may not send whole', async () => {
    expect(await versionFailure(new OllamaModelServer({ url: privateCa, clock: systemClock }))).toBe(
      `cannot reach Ollama at ${privateCa} (fetch failed: TLS certificate refused, UNABLE_TO_VERIFY_LEAF_SIGNATURE: it was issued by a CA that this machine does not trust, or the server does not send the intermediate certificates); ${TRUST}; or have the server send its full certificate chain`,
    );
  });

  it('tells OpenAI-compatible server users the same, not to start the server', async () => {
    const url = `${selfSigned}/v1`;
    expect(await versionFailure(new OpenAiCompatibleModelServer({ url, clock: systemClock }))).toBe(
      `cannot reach OpenAI-compatible server at ${url} (fetch failed: TLS certificate refused, DEPTH_ZERO_SELF_SIGNED_CERT: it is self-signed); ${TRUST}`,
    );
  });

  it.each([
    ['CERT_HAS_EXPIRED', 'certificate has expired', 'CERT_HAS_EXPIRED: it has expired'],
    [
      'ERR_TLS_CERT_ALTNAME_INVALID',
      "Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list: ",
      "ERR_TLS_CERT_ALTNAME_INVALID: it is not for this host name (Hostname/IP does not match certificate's altnames: IP: 127.0.0.1 is not in the cert's list:)",
    ],
  ])('words %s as the certificate refused, with what is wrong with it', (code, message, words) => {
    expect(connectionFailureText(Object.assign(new Error(message), { code }))).toBe(
      `TLS certificate refused, ${words}`,
    );
  });
});

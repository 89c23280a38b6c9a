import { createServer, type Server } from 'node:http';
import type { Registry } from 'prom-client';
import { ConfigurationError, describeError, ExternalError } from '../../errors.js';

export interface MetricsAddress {
  /** Where to listen; 127.0.0.1 unless the user chose otherwise. */
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface MetricsServer {
  /** `http://host:port`, with the port actually bound. */
  url: string;
  /** Stops listening and ends open connections (a scraper's keep-alive ones too). */
  close(): Promise<void>;
}

/**
 * Serves `registry` at `/metrics` (Prometheus text format) and `/metrics.json` (prom-client's JSON).
 * Resolves once listening; a port in use or a host that cannot be bound is the user's error,
 * naming the flag and the address.
 */
export async function startMetricsServer(
  registry: Registry,
  address: MetricsAddress,
): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    const answer = (status: number, type: string, body: string): void => {
      res.writeHead(status, { 'content-type': type });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return answer(405, 'text/plain', 'GET only\n');
    const body =
      path === '/metrics'
        ? registry.metrics().then((text) => ({ type: registry.contentType, text }))
        : path === '/metrics.json'
          ? registry
              .getMetricsAsJSON()
              .then((json) => ({ type: 'application/json', text: JSON.stringify(json) }))
          : null;
    if (body === null) return answer(404, 'text/plain', 'not found: try /metrics or /metrics.json\n');
    body.then(
      ({ type, text }) => answer(200, type, text),
      (error: unknown) => answer(500, 'text/plain', `${describeError(error)}\n`),
    );
  });
  await listen(server, address);
  const bound = server.address();
  const port = typeof bound === 'object' && bound !== null ? bound.port : address.port;
  const host = address.host.includes(':') ? `[${address.host}]` : address.host;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, { host, port }: MetricsAddress): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, host, port)));
    server.listen(port, host, () => resolve());
  });
}

/** Why the server could not listen, naming the flag that chose the address. */
function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  if (error.code === 'EADDRINUSE')
    return new ConfigurationError(`--metrics-port ${port}: ${where} is already in use; choose another port`);
  if (error.code === 'EACCES')
    return new ConfigurationError(
      `--metrics-port ${port}: not allowed to listen on ${where} (ports below 1024 need privileges)`,
    );
  if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
    return new ConfigurationError(
      `--metrics-host ${host}: cannot listen there (${error.code}); give an address of this machine, e.g. 127.0.0.1`,
    );
  return new ExternalError(`cannot listen on ${where} for --metrics-port: ${describeError(error)}`);
}

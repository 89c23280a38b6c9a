import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** A test server on 127.0.0.1 that can be stopped (every connection cut) and started again on its port. */
export interface LoopbackServer {
  /** The port it first listened on (chosen by the system). */
  port: number;
  /** Listens on `port` again after `stop`, as a restarted server would. */
  listen: (port: number) => Promise<void>;
  /** Stops listening and cuts every open connection, as a crashed server would. */
  stop: () => Promise<void>;
  /** Connections accepted so far: whether a client kept one alive or opened another. */
  accepted: () => number;
}

/** The whole body of a request, as UTF-8 text. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts `handle` on a free loopback port; a handler that throws loses only its own connection. */
export async function serveOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    accepted += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const listen = (port: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (!server.listening) {
        resolve();
        return;
      }
      server.close((error) => (error ? reject(error) : resolve()));
      for (const socket of sockets) socket.destroy();
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return { port, listen, stop, accepted: () => accepted };
}

/**
 * Writes `text` and waits until it is handed to the socket, so a scripted drop that follows cannot
 * discard what is still queued in Node's buffers.
 */
export function writeAndWait(res: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (res.destroyed) {
      resolve();
      return;
    }
    // A socket destroyed meanwhile may never call back; 'close' settles the wait then.
    const done = (): void => {
      res.off('close', done);
      resolve();
    };
    res.once('close', done);
    res.write(text, done);
  });
}

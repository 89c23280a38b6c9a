import { isNativeError } from 'node:util/types';
import http, { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import type { CallAbort } from './call-deadlines.js';

/** The status, type and body of an HTTP answer; the body must be read or the call ended. */
export interface HttpAnswer {
  status: number;
  ok: boolean;
  statusText: string;
  /** The content-type header; '' when the server sent none. */
  contentType: string;
  body: AsyncIterable<Uint8Array>;
  text(): Promise<string>;
}

export interface HttpRequestInit {
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
  /** Aborts the call; the caller must abort it once the call is over, to let go of a body left unread. */
  signal: CallAbort;
}

/** How many redirects a call follows, as fetch (and undici) do. */
const MAX_REDIRECTS = 20;

/**
 * A connection failure's message on one line for a user. OpenSSL's own text (`write EPROTO
 * 80AC…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/…c:350:`
 * and a newline) becomes `TLS failed: wrong version number`; `wrong version number` is what a
 * server answering plain HTTP to a TLS handshake gives.
 */
export function connectionFailureText(cause: Error): string {
  const code = (cause as NodeJS.ErrnoException).code;
  const certificate = code === undefined ? undefined : CERTIFICATE_FAILURES[code];
  if (certificate !== undefined) {
    const detail = code === 'ERR_TLS_CERT_ALTNAME_INVALID' ? ` (${oneLineOf(cause.message)})` : '';
    return `${CERTIFICATE_REFUSED}, ${code}: ${certificate.what}${detail}`;
  }
  const openssl = /:error:[0-9A-F]+:[^:]+:[^:]*:([^:]+):/i.exec(cause.message);
  if (openssl) return `TLS failed: ${openssl[1]}`;
  return oneLineOf(cause.message);
}

function oneLineOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** How connectionFailureText begins a certificate's refusal, for certificateAdvice to find. */
const CERTIFICATE_REFUSED = 'TLS certificate refused';

const TRUST_ADVICE =
  "if you trust that server, set NODE_EXTRA_CA_CERTS=<ca.pem> (its certificate, or the CA that signed it) in exbench's environment";

/**
 * The certificate failures Node's TLS reports (its error codes, from OpenSSL's verify results and
 * Node's host-name check), in words, with how a user fixes each.
 */
const CERTIFICATE_FAILURES: Readonly<Record<string, { what: string; advice: string }>> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: { what: 'it is self-signed', advice: TRUST_ADVICE },
  SELF_SIGNED_CERT_IN_CHAIN: {
    what: 'its chain ends in a self-signed CA that this machine does not trust',
    advice: TRUST_ADVICE,
  },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: {
    what: 'it was issued by a CA that this machine does not trust, or the server does not send the intermediate certificates',
    advice: `${TRUST_ADVICE}; or have the server send its full certificate chain`,
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    what: 'it was issued by a CA that this machine does not trust',
    advice: TRUST_ADVICE,
  },
  UNABLE_TO_GET_ISSUER_CERT: {
    what: 'the certificate of its issuer cannot be found',
    advice: `${TRUST_ADVICE}; or have the server send its full certificate chain`,
  },
  CERT_HAS_EXPIRED: {
    what: 'it has expired',
    advice: "renew the server's certificate (or check this machine's clock)",
  },
  CERT_NOT_YET_VALID: {
    what: 'it is not valid yet',
    advice: "check this machine's clock, or the dates of the server's certificate",
  },
  ERR_TLS_CERT_ALTNAME_INVALID: {
    what: 'it is not for this host name',
    advice: 'use the host name the certificate was issued for, or have it reissued for this one',
  },
};

/**
 * How to fix the certificate failure that `reason` (in connectionFailureText's words) tells of;
 * null when it tells of none. Never "start the server": the server answered, its certificate did not pass.
 */
function certificateAdvice(reason: string): string | null {
  const code = new RegExp(`${CERTIFICATE_REFUSED}, ([A-Z_]+):`).exec(reason)?.[1];
  return code === undefined ? null : (CERTIFICATE_FAILURES[code]?.advice ?? null);
}

/** `: <cause>` for an error carrying the cause Node gave (in connectionFailureText's words), else ''. */
export function causeSuffix(error: unknown): string {
  return error instanceof Error && isNativeError(error.cause)
    ? `: ${connectionFailureText(error.cause)}`
    : '';
}

/**
 * The `http:` form of an `https:` address whose TLS handshake failed (`reason` holds
 * connectionFailureText's words), where a plain-HTTP server most likely answered; null otherwise.
 */
function plainHttpInstead(host: string, reason: string): string | null {
  return reason.includes('TLS failed: ') && host.startsWith('https:')
    ? host.replace(/^https:/, 'http:')
    : null;
}

/**
 * The advice for a server whose TLS handshake failed (`reason` holds connectionFailureText's
 * words): `usePlain(url)` when a plain-HTTP server most likely answered an `https:` address (see
 * plainHttpInstead), how to fix a refused certificate (certificateAdvice), else null: the caller's
 * own advice for a server it cannot reach.
 */
export function tlsAdvice(
  host: string,
  reason: string,
  usePlain: (plainUrl: string) => string,
): string | null {
  const plain = plainHttpInstead(host, reason);
  return plain === null ? certificateAdvice(reason) : usePlain(plain);
}

/**
 * HTTP calls through Node's own `http` module, for the calls a run makes (version, show, list and
 * one generation per row). Node parses HTTP natively; undici parses it in WebAssembly, which V8
 * also optimizes on a background thread that Node waits for at exit (0.1–0.2 s at the end of every
 * run on a 2-core machine, bench/fixed-cost.ts), and undici's client loads more of Node (http2,
 * its own streams) at start. Connections are kept alive between calls. No timeout of its own
 * applies besides the connection's, so that only exbench's deadlines do; redirects are followed as
 * fetch follows them. `https:` servers (ollama.com) load Node's `https` on first use.
 */
export class HttpRequester {
  /** By protocol: the request function and the keep-alive agent its calls share. */
  private readonly transports = new Map<string, Transport>();

  constructor(private readonly connectTimeoutMs: number) {}

  /**
   * Sends one request. What fails is worded as fetch words it (`fetch failed: <cause>` before an
   * answer, `terminated: <cause>` for a body cut off), so messages and reports read as before; an
   * aborted call rejects with the signal's reason.
   */
  async send(url: string, init: HttpRequestInit): Promise<HttpAnswer> {
    let answer: IncomingMessage;
    try {
      answer = await this.follow(new URL(url), init, 0);
    } catch (error: unknown) {
      throw init.signal.aborted ? init.signal.reason : new TypeError('fetch failed', { cause: error });
    }
    const status = answer.statusCode ?? 0;
    const body = bodyOf(answer, init.signal);
    return {
      status,
      ok: status >= 200 && status < 300,
      statusText: STATUS_CODES[status] ?? '',
      contentType: answer.headers['content-type'] ?? '',
      body,
      text: async () => {
        const decoder = new TextDecoder();
        let text = '';
        for await (const bytes of body) text += decoder.decode(bytes, { stream: true });
        return text + decoder.decode();
      },
    };
  }

  /** One request, then the redirects it answers with: 307 and 308 keep the method, the others GET. */
  private async follow(url: URL, init: HttpRequestInit, redirects: number): Promise<IncomingMessage> {
    const answer = await this.once(url, init);
    const status = answer.statusCode ?? 0;
    const location = answer.headers.location;
    if (![301, 302, 303, 307, 308].includes(status) || location === undefined) return answer;
    answer.resume();
    if (redirects >= MAX_REDIRECTS) throw new Error(`redirect count exceeded (${MAX_REDIRECTS})`);
    const keepsMethod = status === 307 || status === 308 || init.method === 'GET';
    const next: HttpRequestInit = keepsMethod
      ? init
      : { method: 'GET', headers: withoutBodyHeaders(init.headers), signal: init.signal };
    return this.follow(new URL(location, url), next, redirects + 1);
  }

  private async once(url: URL, init: HttpRequestInit): Promise<IncomingMessage> {
    const { request, agent } = await this.transportFor(url.protocol);
    return new Promise<IncomingMessage>((resolve, reject) => {
      const { signal } = init;
      if (signal.aborted) {
        reject(new Error('aborted before it was sent')); // send() rethrows the signal's reason
        return;
      }
      const call = request(url, { method: init.method, headers: init.headers, agent });
      // The signal ends a call still under way; once the answer has been read whole, aborting it
      // does nothing, and its connection goes back to the agent for the next call. Destroyed
      // without an error, which would be one more event to hear: the caller learns of the abort
      // from the signal (send rethrows its reason, and so does the body's reader).
      const onAbort = (): void => {
        call.destroy();
      };
      const stopListening = (): void => {
        signal.off('abort', onAbort);
      };
      signal.once('abort', onAbort);
      call.once('response', (answer: IncomingMessage) => {
        // Errors reach the reader of the body; none may go unheard when nobody reads it.
        answer.on('error', () => undefined);
        answer.once('end', stopListening);
        answer.once('close', stopListening);
        resolve(answer);
      });
      // Before the answer, an error fails the call; after it, the body's reader hears of it.
      call.on('error', (error) => {
        stopListening();
        reject(error);
      });
      call.once('close', () => {
        stopListening();
        reject(new Error('the connection closed before an answer'));
      });
      call.once('socket', (socket: Socket) => {
        if (!socket.connecting) return;
        const timer = setTimeout(() => {
          call.destroy(
            new Error(
              `Connect Timeout Error (attempted address: ${url.host}, timeout: ${this.connectTimeoutMs}ms)`,
            ),
          );
        }, this.connectTimeoutMs);
        const clear = (): void => clearTimeout(timer);
        socket.once('connect', clear);
        socket.once('close', clear);
      });
      call.end(init.body);
    });
  }

  private async transportFor(protocol: string): Promise<Transport> {
    let transport = this.transports.get(protocol);
    if (transport === undefined) {
      const module = protocol === 'https:' ? await import('node:https') : http;
      transport = { request: module.request, agent: new module.Agent({ keepAlive: true }) };
      this.transports.set(protocol, transport);
    }
    return transport;
  }
}

interface Transport {
  request: typeof http.request;
  agent: http.Agent;
}

/** A redirected POST that becomes a GET drops what described its body. */
function withoutBodyHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(
      ([name]) => !/^content-(type|length|encoding|language|location)$/i.test(name),
    ),
  );
}

/**
 * The body's chunks; a body cut off fails as fetch's does, an aborted one with the abort's reason.
 * A body left unread (the rest of an answer after its final chunk) is not destroyed here, which
 * would make an error with a stack trace per request, but by the call's signal when it aborts.
 */
async function* bodyOf(body: IncomingMessage, signal: CallAbort): AsyncGenerator<Uint8Array> {
  try {
    for await (const bytes of body.iterator({ destroyOnReturn: false })) yield bytes as Uint8Array;
  } catch (error: unknown) {
    throw signal.aborted ? signal.reason : new TypeError('terminated', { cause: error });
  }
}

/** Whether an HTTP status is the server's fault (so waiting and trying again may help). */
export function isServerStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

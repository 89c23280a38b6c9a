import { Agent, fetch as undiciFetch } from 'undici';

/**
 * undici's fetch with its own header and body timeouts off, so only exbench's deadlines apply:
 * Node's bundled fetch gives up on headers and on body gaps after 300 s, whatever exbench says.
 * From the package, not the global, so that its Agent can be passed.
 */
export function unlimitedFetch(connectTimeoutMs: number): typeof fetch {
  const dispatcher = new Agent({ connect: { timeout: connectTimeoutMs }, headersTimeout: 0, bodyTimeout: 0 });
  const withDispatcher = undiciFetch as unknown as (
    input: string | URL | Request,
    init: Omit<RequestInit, 'dispatcher'> & { dispatcher: Agent },
  ) => Promise<Response>;
  return (input: string | URL | Request, init?: RequestInit) =>
    withDispatcher(input, { ...init, dispatcher });
}

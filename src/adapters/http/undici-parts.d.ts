/**
 * Types for the parts of undici 6 that HttpRequester loads by path, not through undici's index
 * (which evaluates all of undici: fetch, mocks, proxies, websockets). The package has no "exports"
 * map, so these files are reachable; their shapes are the package's own types.
 */
declare module 'undici/lib/dispatcher/agent.js' {
  import type { Agent } from 'undici';
  const AgentClass: typeof Agent;
  export default AgentClass;
}

declare module 'undici/lib/api/api-request.js' {
  import type { Dispatcher } from 'undici';
  /** Dispatcher.prototype.request, which undici's index copies onto the prototype; call it with the dispatcher as `this`. */
  export default function request(
    this: Dispatcher,
    options: Dispatcher.RequestOptions,
  ): Promise<Dispatcher.ResponseData>;
}

declare module 'undici/lib/web/fetch/constants.js' {
  const constants: {
    /** The ports fetch refuses to connect to (https://fetch.spec.whatwg.org/#block-bad-port). */
    badPortsSet: ReadonlySet<string>;
  };
  export default constants;
}

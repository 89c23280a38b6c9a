/**
 * Types for the parts of undici 6 loaded by path, not through undici's index (which evaluates all
 * of undici: fetch, mocks, proxies, websockets). The package has no "exports" map, so these files
 * are reachable.
 */
declare module 'undici/lib/web/fetch/constants.js' {
  const constants: {
    /** The ports fetch refuses to connect to (https://fetch.spec.whatwg.org/#block-bad-port). */
    badPortsSet: ReadonlySet<string>;
  };
  export default constants;
}

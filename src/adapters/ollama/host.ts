import { DEFAULT_OLLAMA_HOST } from '../../constants.js';
import { ConfigurationError } from '../../errors.js';

const DEFAULT_PORT = '11434';

/**
 * The base URL for an address given the way OLLAMA_HOST takes it, read as Ollama's own
 * `envconfig.Host()` and `ConnectableHost()` read it:
 * - white space and surrounding quotes (`"…"`, `'…'`, even `'"…"'`) are trimmed;
 * - no scheme means http and port 11434; `http://` alone means port 80, `https://` port 443;
 * - a bare IPv6 address (`::1`, `[::1]`) takes the default port; `:port` alone means this machine;
 * - `ollama.com` means `https://ollama.com:443`; a path after the host is kept (a proxy prefix);
 * - the unspecified addresses `0.0.0.0` and `::`, good for listening, are connected to as loopback.
 * Unlike Ollama, the scheme may be in any case, and a port that is not a number from 1 to 65535 is
 * an error naming the value rather than a silent fall back to the default (port 0, which a server
 * listens on to be given a free port, names no server to connect to).
 */
export function ollamaBaseUrl(host: string | undefined, source = 'OLLAMA_HOST'): string {
  const given =
    (host ?? '')
      .trim()
      .replace(/^["']+|["']+$/g, '')
      .trim() || DEFAULT_OLLAMA_HOST;
  const bad = (why: string): ConfigurationError =>
    new ConfigurationError(
      `${source}: "${given}" ${why}; expected host:port or a URL such as http://127.0.0.1:11434`,
    );

  const schemeEnd = given.indexOf('://');
  let scheme = 'http';
  let rest = given;
  let defaultPort = DEFAULT_PORT;
  if (schemeEnd >= 0) {
    scheme = given.slice(0, schemeEnd).toLowerCase();
    rest = given.slice(schemeEnd + 3);
    if (scheme !== 'http' && scheme !== 'https')
      throw new ConfigurationError(`${source}: "${given}" must use http or https`);
    defaultPort = scheme === 'https' ? '443' : '80';
  } else if (given.toLowerCase() === 'ollama.com') {
    return 'https://ollama.com:443';
  }

  const slash = rest.indexOf('/');
  const hostPort = slash < 0 ? rest : rest.slice(0, slash);
  const path = slash < 0 ? '' : rest.slice(slash).replace(/\/+$/, '');
  const split = splitHostPort(hostPort);
  let hostname = split?.host ?? unbracket(hostPort);
  const port = split?.port || defaultPort;
  if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
    throw bad(`has port "${port}", not a number from 1 to 65535`);

  if (hostname === '' || hostname === '0.0.0.0') hostname = '127.0.0.1';
  if (isUnspecifiedIpv6(hostname)) hostname = '::1';
  const urlHost = hostname.includes(':') ? `[${hostname}]` : hostname;
  let url: URL;
  try {
    url = new URL(`${scheme}://${urlHost}:${port}${path}`);
  } catch {
    throw bad('is not an address');
  }
  // URL drops a scheme's default port; Ollama's form keeps it, so it is written out again.
  return `${url.protocol}//${url.hostname}:${port}${url.pathname.replace(/\/+$/, '')}`;
}

/** Go's net.SplitHostPort: `host:port` or `[v6]:port`; null when there is no port (or too many colons). */
function splitHostPort(hostPort: string): { host: string; port: string } | null {
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close < 0 || hostPort[close + 1] !== ':') return null;
    return { host: hostPort.slice(1, close), port: hostPort.slice(close + 2) };
  }
  const colon = hostPort.indexOf(':');
  if (colon < 0 || hostPort.indexOf(':', colon + 1) >= 0) return null;
  return { host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1) };
}

function unbracket(host: string): string {
  return host.replace(/^\[/, '').replace(/\]$/, '');
}

function isUnspecifiedIpv6(host: string): boolean {
  return host.includes(':') && /^[0:]+$/.test(host);
}

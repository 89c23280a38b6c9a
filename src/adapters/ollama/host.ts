import { DEFAULT_OLLAMA_HOST } from '../../constants.js';
import { ConfigurationError } from '../../errors.js';

const DEFAULT_PORT = '11434';

/**
 * The base URL for an address given the way OLLAMA_HOST takes it: `host`, `host:port`, `:port` or a
 * URL. As in Ollama, a missing scheme means http and a missing port means 11434.
 */
export function ollamaBaseUrl(host: string | undefined, source = 'OLLAMA_HOST'): string {
  const given = (host ?? '').trim() || DEFAULT_OLLAMA_HOST;
  const explicitScheme = given.includes('://');
  const withScheme = explicitScheme ? given : `http://${given.startsWith(':') ? `127.0.0.1${given}` : given}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new ConfigurationError(
      `${source}: "${given}" is not an address; expected host:port or a URL such as http://127.0.0.1:11434`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigurationError(`${source}: "${given}" must use http or https`);
  }
  const port = url.port || (explicitScheme ? (url.protocol === 'https:' ? '443' : '80') : DEFAULT_PORT);
  const pathname = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.hostname}:${port}${pathname}`;
}

import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { lazily } from '../lazily.js';

/** The providers whose server the user gives by address; Ollama's is --host / OLLAMA_HOST. */
export const SERVER_PROVIDERS = ['llamacpp', 'openai'] as const;
export type ServerProvider = (typeof SERVER_PROVIDERS)[number];

/** Each provider's server address, as given; a provider without one is left out. */
export type ServerAddresses = Partial<Record<ServerProvider, string>>;

const EXAMPLES: Record<ServerProvider, string> = {
  llamacpp: 'http://127.0.0.1:8080',
  openai: 'http://127.0.0.1:8000/v1',
};

/** Why `url` is no server address, or null when it is one (http or https, no credentials in it). */
function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must use http or https';
  // URL takes ":0" as port 0, which a server listens on to be given a free port: it names none.
  if (parsed.port === '0') return 'has port "0", not a number from 1 to 65535';
  // A key written into the address would end up in logs and the report.
  if (parsed.username !== '' || parsed.password !== '')
    return 'must not carry credentials; name the variable holding the key with --api-key-env';
  return null;
}

function isProvider(text: string): text is ServerProvider {
  return (SERVER_PROVIDERS as readonly string[]).includes(text);
}

/** One `provider=URL`, e.g. `llamacpp=http://127.0.0.1:8080`; `label` names the flag or input. */
export function parseServerSpec(text: string, label: string): { provider: ServerProvider; url: string } {
  const eq = text.indexOf('=');
  const provider = (eq < 0 ? '' : text.slice(0, eq)).trim().toLowerCase();
  const url = (eq < 0 ? text : text.slice(eq + 1)).trim().replace(/\/+$/, '');
  const expected = `expected provider=URL, e.g. llamacpp=${EXAMPLES.llamacpp} or openai=${EXAMPLES.openai}`;
  if (eq < 0) throw new ConfigurationError(`${label} "${text}": ${expected}`);
  if (!isProvider(provider)) {
    throw new ConfigurationError(
      `${label} "${text}": unknown provider "${provider}"; expected ${SERVER_PROVIDERS.join(' or ')} (Ollama's address is --host)`,
    );
  }
  const problem = urlProblem(url);
  if (problem !== null)
    throw new ConfigurationError(`${label} "${text}": the address ${problem}; ${expected}`);
  return { provider, url };
}

/** Several `provider=URL`, one per provider. */
export function parseServerSpecs(texts: readonly string[], label: string): ServerAddresses {
  const addresses: ServerAddresses = {};
  for (const text of texts) {
    if (text.trim() === '') continue;
    const { provider, url } = parseServerSpec(text, label);
    if (addresses[provider] !== undefined && addresses[provider] !== url)
      throw new ConfigurationError(
        `${label}: the ${provider} server is given twice (${addresses[provider]} and ${url})`,
      );
    addresses[provider] = url;
  }
  return addresses;
}

/** The benchmark file's `servers:` mapping: `{llamacpp: URL, openai: URL}`. */
export const serversMappingSchema = lazily(() =>
  z
    .object({
      llamacpp: z
        .string()
        .min(1)
        .optional()
        .describe(`llama-server's root address, e.g. ${EXAMPLES.llamacpp}`),
      openai: z
        .string()
        .min(1)
        .optional()
        .describe(`An OpenAI-compatible API's base, e.g. ${EXAMPLES.openai}`),
    })
    .strict(),
);

/** Checks the file's mapping's addresses, naming the file and field. */
export function fileServerAddresses(
  fileName: string,
  mapping: z.infer<ReturnType<typeof serversMappingSchema>> | null | undefined,
): ServerAddresses {
  const addresses: ServerAddresses = {};
  for (const provider of SERVER_PROVIDERS) {
    const url = mapping?.[provider]?.trim().replace(/\/+$/, '');
    if (url === undefined) continue;
    const problem = urlProblem(url);
    if (problem !== null)
      throw new ConfigurationError(
        `${fileName}: servers.${provider}: "${url}" ${problem}; expected e.g. ${EXAMPLES[provider]}`,
      );
    addresses[provider] = url;
  }
  return addresses;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The API key from the environment variable the user named; null when none was named. The key
 * itself is never a flag's or input's value, so it is in no command line, shell history or log.
 */
export function apiKeyFromEnv(
  name: string | null,
  env: Readonly<Record<string, string | undefined>>,
  label: string,
): string | null {
  if (name === null || name.trim() === '') return null;
  const trimmed = name.trim();
  if (!ENV_NAME.test(trimmed))
    throw new ConfigurationError(
      `${label} "${name}": expected the name of an environment variable, e.g. VLLM_API_KEY`,
    );
  const value = env[trimmed];
  if (value === undefined || value === '')
    throw new ConfigurationError(`${label} ${trimmed}: the environment variable is not set or empty`);
  return value;
}

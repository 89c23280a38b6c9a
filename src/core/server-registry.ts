import { ConfigurationError } from '../errors.js';
import type { Engine, ModelServer } from '../ports.js';
import { SERVED_PROVIDER } from './model-ref.js';

/** The providers exbench can serve, each the name of its engine: `ollama~…`, `llamacpp~…`, `openai~…`. */
export const ENGINES: readonly Engine[] = ['ollama', 'llamacpp', 'openai'];

/** Each engine's name in messages and reports. */
export const ENGINE_LABELS: Readonly<Record<Engine, string>> = {
  ollama: 'Ollama',
  llamacpp: 'llama-server',
  openai: 'OpenAI-compatible server',
};

/** Where a model server's address can be given, for messages. */
const HOW_TO_GIVE =
  "give one with --server PROVIDER=URL, the benchmark file's servers:, or the servers input";

/** Model servers other than Ollama, by provider name (`llamacpp`, `openai`). */
export type ExtraServers = Readonly<Partial<Record<string, ModelServer>>>;

/** Which providers have a server (its adapter, or only its address yet), by provider name. */
export type ServedProviders = Readonly<Partial<Record<string, unknown>>>;

/** The server a provider's models are sent to, or null when none was given. */
export function serverFor(
  provider: string,
  ollama: ModelServer,
  extra: ExtraServers | undefined,
): ModelServer | null {
  if (provider === SERVED_PROVIDER) return ollama;
  return extra?.[provider] ?? null;
}

export function isEngine(provider: string): provider is Engine {
  return (ENGINES as readonly string[]).includes(provider);
}

/** Why a provider's models cannot be run, in words; null when they can. */
export function unservedReason(provider: string, extra: ServedProviders | undefined): string | null {
  if (!isEngine(provider))
    return `provider "${provider}" is not served by exbench (it serves ${ENGINES.join(', ')})`;
  if (provider !== SERVED_PROVIDER && extra?.[provider] === undefined)
    return `no ${provider} server was given; ${HOW_TO_GIVE}`;
  return null;
}

/** Refuses a model the user named whose provider cannot be run. */
export function requireServed(spec: string, provider: string, extra: ServedProviders | undefined): void {
  const reason = unservedReason(provider, extra);
  if (reason !== null) {
    throw new ConfigurationError(
      `model "${spec}": ${reason}; e.g. "llama3.2:1b", "llamacpp~my-alias" or "openai~my-model"`,
    );
  }
}

/** What the report says about each engine a run used: which, where, which version. */
export interface EngineUse {
  engine: Engine;
  host: string;
  version: string;
}

/** The Ollama version recorded when no model of the run was an Ollama model. */
export const NOT_USED_VERSION = 'not used';

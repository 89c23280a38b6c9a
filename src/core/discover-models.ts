import { ConfigurationError } from '../errors.js';
import type { ModelDetails, ModelServer } from '../ports.js';
import { SERVED_PROVIDER, type ModelRef } from './model-ref.js';
import type { ExtraServers } from './server-registry.js';

/** The model list that means "every model the server has". */
export const ALL_MODELS = 'all';

/** Name patterns that narrow `models: all`; empty lists keep every model. */
export interface ModelFilter {
  include: readonly string[];
  exclude: readonly string[];
}

/** Whether the requested models are `all` (and nothing else). */
export function wantsAllModels(requested: readonly string[]): boolean {
  return requested.length === 1 && requested[0]?.toLowerCase() === ALL_MODELS;
}

/**
 * A name matcher for glob patterns (picomatch: `*` stops at `/`, `**` crosses it), case-insensitive
 * as Ollama's names are. A pattern without a tag also matches the `:latest` name: `llama3.2`
 * matches `llama3.2:latest`. picomatch is loaded only here: only `models: all` with patterns needs it.
 */
export async function modelNameMatcher(patterns: readonly string[]): Promise<(name: string) => boolean> {
  const { default: picomatch } = await import('picomatch');
  const match = picomatch([...patterns], { nocase: true, dot: true });
  return (name) => match(name) || (name.endsWith(':latest') && match(name.slice(0, -':latest'.length)));
}

/** A server to list models of for `models: all`, and the provider its names are run under. */
export interface DiscoverySource {
  provider: string;
  server: Pick<ModelServer, 'listModels' | 'host'>;
}

/** Ollama and every other server the run was given, in that order: what `models: all` lists. */
export function discoverySources(ollama: ModelServer, extra: ExtraServers | undefined): DiscoverySource[] {
  const others = Object.entries(extra ?? {}).flatMap(([provider, server]) =>
    server === undefined ? [] : [{ provider, server }],
  );
  return [{ provider: SERVED_PROVIDER, server: ollama }, ...others];
}

/**
 * The models a run covers: `requested` as given, or with `all` every model the server lists,
 * narrowed by `include` and then `exclude`. Patterns without `all` are refused, as they would
 * silently do nothing; so is a filter that leaves no model.
 */
export async function resolveRequestedModels(
  requested: readonly string[],
  filter: ModelFilter,
  sources: readonly DiscoverySource[],
): Promise<string[]> {
  const hasFilter = filter.include.length > 0 || filter.exclude.length > 0;
  if (!wantsAllModels(requested)) {
    if (requested.some((name) => name.toLowerCase() === ALL_MODELS)) {
      throw new ConfigurationError(
        `models: "${ALL_MODELS}" cannot be combined with model names; give "${ALL_MODELS}" alone, with include/exclude patterns to narrow it`,
      );
    }
    if (hasFilter) {
      throw new ConfigurationError(
        `include/exclude patterns apply only to models "${ALL_MODELS}" (every model the server has); drop them or ask for "${ALL_MODELS}"`,
      );
    }
    return [...requested];
  }
  const listed: string[] = [];
  for (const { provider, server } of sources) {
    const names = (await server.listModels()).map((model) => model.name);
    listed.push(...names.map((name) => (provider === SERVED_PROVIDER ? name : `${provider}~${name}`)));
  }
  const hosts = sources.map(({ server }) => server.host).join(' and ');
  const included = filter.include.length === 0 ? () => true : await modelNameMatcher(filter.include);
  const excluded = filter.exclude.length === 0 ? () => false : await modelNameMatcher(filter.exclude);
  const chosen = listed.filter((name) => included(name) && !excluded(name)).sort();
  if (chosen.length === 0) {
    const what =
      listed.length === 0
        ? `the server at ${hosts} has no model; pull one first (e.g. "ollama pull llama3.2:1b")`
        : `none of the ${listed.length} model(s) on the server at ${hosts} (${listed.join(', ')}) matches include [${filter.include.join(', ')}] without matching exclude [${filter.exclude.join(', ')}]`;
    throw new ConfigurationError(`models: ${ALL_MODELS}: ${what}`);
  }
  return chosen;
}

/**
 * Why a model cannot answer a prompt, or null when it can (or the server does not say). An
 * embedding model lacks the `completion` capability and answers every generate request with a 400.
 */
export function cannotGenerate(details: ModelDetails | null): string | null {
  const capabilities = details?.capabilities ?? null;
  if (capabilities === null || capabilities.includes('completion')) return null;
  return `it cannot generate text (its capabilities: ${capabilities.join(', ') || 'none'})`;
}

/**
 * The ids of discovered models their server says cannot generate (embedding models), asked before
 * the plan is told so it counts only what will run. A model the server cannot describe is kept:
 * its run reports why it could not be had.
 */
export async function modelsUnableToGenerate(
  refs: readonly ModelRef[],
  serverOf: (ref: ModelRef) => Pick<ModelServer, 'show'> | null,
): Promise<Set<string>> {
  const unable = new Set<string>();
  for (const ref of refs) {
    const server = serverOf(ref);
    if (server === null) continue;
    const details = await server.show(ref.name).catch(() => null);
    if (cannotGenerate(details) !== null) unable.add(ref.id);
  }
  return unable;
}

import picomatch from 'picomatch';
import { ConfigurationError } from '../errors.js';
import type { ModelDetails, ModelServer } from '../ports.js';

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
 * matches `llama3.2:latest`.
 */
export function modelNameMatcher(patterns: readonly string[]): (name: string) => boolean {
  const match = picomatch([...patterns], { nocase: true, dot: true });
  return (name) => match(name) || (name.endsWith(':latest') && match(name.slice(0, -':latest'.length)));
}

/**
 * The models a run covers: `requested` as given, or with `all` every model the server lists,
 * narrowed by `include` and then `exclude`. Patterns without `all` are refused, as they would
 * silently do nothing; so is a filter that leaves no model.
 */
export async function resolveRequestedModels(
  requested: readonly string[],
  filter: ModelFilter,
  server: Pick<ModelServer, 'listModels' | 'host'>,
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
  const listed = (await server.listModels()).map((model) => model.name);
  const included = filter.include.length === 0 ? () => true : modelNameMatcher(filter.include);
  const excluded = filter.exclude.length === 0 ? () => false : modelNameMatcher(filter.exclude);
  const chosen = listed.filter((name) => included(name) && !excluded(name)).sort();
  if (chosen.length === 0) {
    const what =
      listed.length === 0
        ? `the server at ${server.host} has no model; pull one first (e.g. "ollama pull llama3.2:1b")`
        : `none of the ${listed.length} model(s) on the server at ${server.host} (${listed.join(', ')}) matches include [${filter.include.join(', ')}] without matching exclude [${filter.exclude.join(', ')}]`;
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

import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { ServerAddresses } from '../config/engine-servers.js';
import { wantsAllModels } from '../core/discover-models.js';
import { SERVED_PROVIDER, type ModelRef } from '../core/model-ref.js';
import { planModels } from '../core/run-benchmark.js';

export interface LoadedBenchmark {
  /** As matched, relative to the workspace. */
  file: string;
  benchmark: BenchmarkFile;
}

/** What the run asks of Ollama: the models to pull (for the cache key), or why it needs no Ollama at all. */
export interface OllamaNeeds {
  /** Ollama models the run needs; empty with `models: all`, which runs what the server has. */
  models: string[];
  /** Why no Ollama server is needed (every model is on another engine); null when one is. */
  notNeeded: string | null;
}

export function ollamaNeeds(
  benchmarks: readonly LoadedBenchmark[],
  requested: readonly string[],
  settingsServers: ServerAddresses,
): OllamaNeeds {
  // `models: all` also asks Ollama which models it has.
  if (wantsAllModels(requested)) return { models: [], notNeeded: null };
  const refs: ModelRef[] = benchmarks.flatMap(({ file, benchmark }) =>
    planModels({ ...benchmark, fileName: file }, requested, { ...benchmark.servers, ...settingsServers }),
  );
  const names = refs.filter((ref) => ref.provider === SERVED_PROVIDER).map((ref) => ref.name);
  const others = [...new Set(refs.map((ref) => ref.spec))];
  return {
    models: [...new Set(names)],
    notNeeded:
      names.length === 0 && refs.length > 0
        ? `every model runs on another engine (${others.join(', ')})`
        : null,
  };
}

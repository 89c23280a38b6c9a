import type { ModelOptions } from '../config/model-options.js';

/** One combination of swept option values, e.g. `temperature=0.5` (see run-targets.ts). */
export interface Variant {
  /** `key=value` pairs in the sweep's order, joined by `, `: how tables and outputs name it. */
  name: string;
  /** Only the swept options; they go over the run's other options. */
  options: ModelOptions;
}

export interface ModelRef {
  /** As the user or the file wrote it, e.g. `ollama~mistral-small:latest`. */
  spec: string;
  provider: string;
  /** The model's name at its provider, e.g. `mistral-small:latest`. */
  name: string;
  /**
   * One spelling per model, as its provider resolves names: `llama3.2`, `llama3.2:latest`,
   * `ollama~Llama3.2` and `registry.ollama.ai/library/llama3.2:latest` all give `ollama~llama3.2:latest`.
   */
  id: string;
  /**
   * Set on a run target: the combination of swept options this run of the model uses (see
   * run-targets.ts). Absent when nothing is swept. `id` stays the model's, so variants pair by
   * `id` and `variant.name` together.
   */
  variant?: Variant;
}

export const SERVED_PROVIDER = 'ollama';

/** Splits the predecessor's `provider~model` form; a bare name belongs to `defaultProvider`. */
export function parseModelRef(spec: string, defaultProvider: string = SERVED_PROVIDER): ModelRef {
  const trimmed = spec.trim();
  const tilde = trimmed.indexOf('~');
  const provider = (tilde < 0 ? defaultProvider : trimmed.slice(0, tilde)).trim().toLowerCase();
  const name = tilde < 0 ? trimmed : trimmed.slice(tilde + 1).trim();
  const id = `${provider}~${provider === SERVED_PROVIDER ? ollamaShortestName(name) : name}`;
  return { spec: trimmed, provider, name, id };
}

/** The canonical identity of a model named in a report or on the command line. */
export function modelId(spec: string, defaultProvider: string = SERVED_PROVIDER): string {
  return parseModelRef(spec, defaultProvider).id;
}

const OLLAMA_DEFAULT_HOST = 'registry.ollama.ai';
const OLLAMA_DEFAULT_NAMESPACE = 'library';
const OLLAMA_DEFAULT_TAG = 'latest';

/**
 * Ollama's own reading of a model name (types/model/name.go: ParseName, then DisplayShortest):
 * `[host/][namespace/]model[:tag]`, host `registry.ollama.ai`, namespace `library` and tag `latest`
 * when left out, compared without regard to case. Defaults are dropped again so the result reads
 * as people write it: `llama3.2:latest`, `hf.co/bartowski/x:q4_k_m`, `me/mymodel:latest`.
 */
function ollamaShortestName(name: string): string {
  let rest = name.toLowerCase();
  let tag = OLLAMA_DEFAULT_TAG;
  // "/" cannot appear in a tag, so a ":" after the last "/" starts the tag (a ":" before it is a port).
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1) || OLLAMA_DEFAULT_TAG;
    rest = rest.slice(0, colon);
  }
  const parts = rest.split('/');
  const model = parts.pop() ?? '';
  const namespace = parts.pop() ?? OLLAMA_DEFAULT_NAMESPACE;
  const host = parts.length > 0 ? parts.join('/').replace(/^[a-z]+:\/\//, '') : OLLAMA_DEFAULT_HOST;
  const prefix =
    host !== OLLAMA_DEFAULT_HOST
      ? `${host}/${namespace}/`
      : namespace !== OLLAMA_DEFAULT_NAMESPACE
        ? `${namespace}/`
        : '';
  return `${prefix}${model}:${tag}`;
}

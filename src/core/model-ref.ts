export interface ModelRef {
  /** As the user or the file wrote it, e.g. `ollama~mistral-small:latest`. */
  spec: string;
  provider: string;
  /** The model's name at its provider, e.g. `mistral-small:latest`. */
  name: string;
}

export const SERVED_PROVIDER = 'ollama';

/** Splits the predecessor's `provider~model` form; a bare name belongs to `defaultProvider`. */
export function parseModelRef(spec: string, defaultProvider: string = SERVED_PROVIDER): ModelRef {
  const trimmed = spec.trim();
  const tilde = trimmed.indexOf('~');
  if (tilde < 0) return { spec: trimmed, provider: defaultProvider.toLowerCase(), name: trimmed };
  return { spec: trimmed, provider: trimmed.slice(0, tilde).toLowerCase(), name: trimmed.slice(tilde + 1) };
}

/** Names the outside world sees, spelled exactly as in action.yml and the docs. */

export const ENV = {
  ollamaHost: 'OLLAMA_HOST',
  ollamaModels: 'OLLAMA_MODELS',
} as const;

export const DEFAULT_OLLAMA_HOST = '127.0.0.1:11434';
export const DEFAULT_CODE_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
export const DEFAULT_REPORT_DIR = 'reports';

/**
 * The outside world as the core sees it. The core imports only these interfaces; adapters under
 * src/adapters implement them, and tests pass plain fakes.
 */

import { HttpError } from './errors.js';

/** Sampling and runtime options sent to Ollama with every request (its `options` object). */
export interface ModelOptions {
  temperature?: number;
  seed?: number;
  num_ctx?: number;
  num_predict?: number;
  top_p?: number;
  top_k?: number;
  [name: string]: unknown;
}

export interface GenerateRequest {
  model: string;
  prompt: string;
  options: ModelOptions;
}

/**
 * One finished generation. Durations are the server's own figures in nanoseconds (absent on the
 * wire means zero); `timeToFirstTokenMs` and `wallMs` are measured on the client.
 */
export interface Generation {
  response: string;
  /** Reasoning the server returned in its separate `thinking` field, if any. */
  thinking: string;
  doneReason: string | null;
  evalCount: number;
  evalDurationNs: number;
  promptEvalCount: number;
  promptEvalDurationNs: number;
  loadDurationNs: number;
  totalDurationNs: number;
  /** From sending the request to the first chunk that carries text; null when none did. */
  timeToFirstTokenMs: number | null;
  wallMs: number;
}

export interface PullProgress {
  status: string;
  digest?: string;
  total?: number;
  completed?: number;
}

/** What the server says about a model it has (from /api/show and /api/tags). */
export interface ModelDetails {
  name: string;
  digest: string | null;
  sizeBytes: number | null;
  family: string | null;
  parameterSize: string | null;
  quantizationLevel: string | null;
  format: string | null;
  contextLength: number | null;
}

/** A failure reported by the model server, kept as data so a row can record it. */
export class ModelServerError extends HttpError {
  override readonly name: string = 'ModelServerError';
  constructor(
    message: string,
    /** HTTP status, or null when the connection itself failed. */
    status: number | null,
    /** Whether trying again could help (connection lost, 5xx, 429). */
    readonly retryable: boolean,
  ) {
    super(message, status);
  }
}

export interface ModelServer {
  /** The server's address as the user gave it, for messages and the report. */
  readonly host: string;
  version(): Promise<string>;
  /** Details of a local model, or null when the server does not have it (HTTP 404). */
  show(model: string): Promise<ModelDetails | null>;
  pull(model: string, onProgress: (progress: PullProgress) => void): Promise<void>;
  generate(request: GenerateRequest): Promise<Generation>;
}

export type Executor = 'python3' | 'uv';

export interface CodeRunRequest {
  code: string;
  executor: Executor;
  timeoutMs: number;
  maxOutputBytes: number;
}

/** How a snippet of generated code ended. Failing code is a result, never an exception. */
export interface CodeRunResult {
  executor: Executor;
  /** The command that ran, for the report (e.g. `python3 -I main.py`). */
  command: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  durationMs: number;
  /** Set when the process could not be started at all (e.g. interpreter missing). */
  spawnError: string | null;
}

export interface CodeRunner {
  /** Which executors this machine can use (`uv` only when installed). */
  available(): Promise<ReadonlySet<Executor>>;
  run(request: CodeRunRequest): Promise<CodeRunResult>;
}

export interface Clock {
  /** Monotonic milliseconds, for durations. */
  now(): number;
  /** Wall-clock time, for timestamps. */
  date(): Date;
  sleep(ms: number): Promise<void>;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  /** Runs `body` inside a collapsible log group that is closed even when it throws. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

export interface ReportStore {
  /**
   * Writes `<fileStem>.json` (or `<fileStem>_2.json`, … when taken) and returns its path; never
   * overwrites a file. The contents come in chunks so a large report is never one string in memory.
   */
  write(fileStem: string, chunks: Iterable<string>): Promise<string>;
}

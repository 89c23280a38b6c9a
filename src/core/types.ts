import type { BenchmarkFile, PromptRow } from '../config/benchmark-file.js';
import type { CodeRunResult, ErrorKind, Executor, Generation, ModelDetails, ModelOptions } from '../ports.js';
import type { EvaluatorSpec } from './evaluators.js';
import type { Extraction } from './extract-code.js';
import type { ModelRef } from './model-ref.js';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  /** Wait before the second try; doubled before each later one. */
  initialDelayMs: number;
}

export interface RunSettings {
  /** Models to run; empty means the benchmark file's `models`. */
  models: string[];
  /** Sent with every request (the file's `options` overridden by flags). */
  options: ModelOptions;
  /** Pull a model the server lacks; false makes that model unavailable instead. */
  pull: boolean;
  /** One untimed request per model before its rows, so loading is not counted in the first row. */
  warmup: boolean;
  /** Run generated code while the model is still generating (faster, but they share the CPU). */
  overlap: boolean;
  /** How many snippets run at once. */
  evaluationConcurrency: number;
  codeTimeoutMs: number;
  maxOutputBytes: number;
  retry: RetryPolicy;
  /**
   * After a server fault, how long to wait for the server to answer `GET /api/version` again before
   * the request is given up (its row errored with error kind `server`).
   */
  serverWaitMs: number;
  /** exbench's own deadlines on the server: applied by the server adapter, recorded in the report. */
  serverDeadlines: ServerDeadlines;
}

export interface ServerDeadlines {
  /** To open a connection; also the whole of a `GET /api/version`, which a live server answers at once. */
  connectMs: number;
  /** A whole generation (first byte included), and any other request but a pull. */
  requestMs: number;
  /** Between two streamed chunks of a generation or a pull. */
  idleMs: number;
}

/**
 * passed/failed: the answer was evaluated. errored: no answer could be had from the server (or the
 * code could not be started). timed_out: the code ran past its time limit.
 */
export type RowStatus = 'passed' | 'failed' | 'errored' | 'timed_out';

export interface RowResult {
  index: number;
  line: number | null;
  variables: Record<string, string>;
  expectation: PromptRow['expectation'];
  prompt: string;
  generation: Generation | null;
  /** Requests made for this row, retries included. */
  attempts: number;
  /** The server's last error when no answer could be had. */
  error: string | null;
  /** Whose fault `error` was: `server` rows say nothing about the model and are judged apart. */
  errorKind: ErrorKind | null;
  extraction: Extraction | null;
  execution: CodeRunResult | null;
  /** What was compared with the expectation: the program's stdout, or the extracted answer. */
  output: string;
  correct: boolean;
  status: RowStatus;
  /** Why a row did not pass, in words. */
  reason: string | null;
}

/**
 * completed: the rows ran (some may have errored). unavailable: the model could not be had (pull or
 * warm-up failed). skipped: its provider is not one exbench serves.
 */
export type ModelStatus = 'completed' | 'unavailable' | 'skipped';

export interface ModelRun {
  ref: ModelRef;
  status: ModelStatus;
  error: string | null;
  details: ModelDetails | null;
  pulled: boolean;
  warmup: Generation | null;
  rows: RowResult[];
}

export interface BenchmarkRun {
  benchmark: BenchmarkFile;
  evaluator: EvaluatorSpec;
  /** The executor generated code ran with, null for evaluators that run nothing. */
  executor: Executor | null;
  host: string;
  serverVersion: string;
  settings: RunSettings;
  startedAt: Date;
  finishedAt: Date;
  models: ModelRun[];
}

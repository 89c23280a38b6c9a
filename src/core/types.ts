import type { ComparisonRule } from './compare.js';
import type { BenchmarkFile, PromptRow } from '../config/benchmark-file.js';
import type { RunSettings } from '../config/run-settings.js';
import type { Sweep } from '../config/sweep.js';
import type {
  CodeRunResult,
  Engine,
  ErrorKind,
  Executor,
  Generation,
  ModelDetails,
  SandboxDescription,
} from '../ports.js';
import type { EvaluatorSpec } from './evaluators.js';
import type { Extraction } from './extract-code.js';
import type { ModelRef } from './model-ref.js';
import type { EngineUse } from './server-registry.js';

/** How a benchmark runs; its schema, bounds and defaults are in src/config/run-settings.ts. */
export type { RetryPolicy, RunSettings, ServerDeadlines } from '../config/run-settings.js';

/**
 * answered: a free-form row with nothing to judge (evaluator none); its answer is kept and timed,
 * and it counts neither as correct nor as incorrect.
 * passed/failed: the answer was evaluated. errored: no answer could be had from the server (or the
 * code could not be started). timed_out: the code ran past its time limit. not_run: the run was
 * interrupted before the row was finished; counted apart, never as failed.
 */
/** Every status a result can have; `answered` is a free-form answer with nothing to judge. */
export const ROW_STATUSES = ['passed', 'failed', 'errored', 'timed_out', 'not_run', 'answered'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

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
  /** The rule the output was compared by; null when there was nothing to compare. */
  comparison: ComparisonRule | null;
  /** Which repeat of the row this result is, from 1; absent means 1 (a run without repeats). */
  repeat?: number;
  /** The seed the request was sent with when the options set one (varied per repeat). */
  seed?: number | null;
}

/**
 * completed: the rows ran (some may have errored). unavailable: the model could not be had (pull or
 * warm-up failed). skipped: its provider is not one exbench serves. interrupted: the run was stopped
 * before all its rows were run. incomplete: the model ran past its time budget (`--model-timeout`);
 * the rows it did not reach are `not_run`.
 */
export type ModelStatus = 'completed' | 'unavailable' | 'skipped' | 'interrupted' | 'incomplete';

/** completed: every model was run. interrupted: a signal stopped the run; rows not run are `not_run`. */
export type RunStatus = 'completed' | 'interrupted';

export interface ModelRun {
  ref: ModelRef;
  status: ModelStatus;
  error: string | null;
  details: ModelDetails | null;
  pulled: boolean;
  warmup: Generation | null;
  rows: RowResult[];
  /** The engine that served it; absent for a model no server was found for. */
  engine?: Engine;
}

/**
 * Told of a run's progress as it happens, for progress displays and journals. Every method is
 * optional and called synchronously; an observer must not throw (what it throws stops the run).
 */
export interface RunObserver {
  /**
   * A model's rows are about to be sent (after its pull and warm-up); `rowCount` results of them
   * (rows × repeats). With a sweep `ref` is one variant of a model (`ref.variant`).
   */
  modelStarted?(ref: ModelRef, rowCount: number): void;
  /**
   * One result of `ref` is finished: answered and evaluated, or errored; once per repeat
   * (`row.repeat`). Not called for `not_run` rows.
   */
  rowFinished?(ref: ModelRef, row: RowResult): void;
  /**
   * A result's answer came, and it waits for code to be run before it is finished: told so a
   * journal can keep it (a run stopped before the code ran need not ask for it again).
   */
  rowAnswered?(ref: ModelRef, answer: RowAnswer): void;
  /** A model is done, whatever its status (also skipped, unavailable and interrupted models). */
  modelFinished?(model: ModelRun): void;
}

/** A result's answer before it is judged: what judging it needs besides its row. */
export interface RowAnswer {
  index: number;
  /** Which repeat, from 1. */
  repeat: number;
  generation: Generation;
  /** Requests made for it, retries included. */
  attempts: number;
}

export interface BenchmarkRun {
  benchmark: BenchmarkFile;
  evaluator: EvaluatorSpec;
  /** The executor generated code ran with, null for evaluators that run nothing. */
  executor: Executor | null;
  host: string;
  serverVersion: string;
  /** Each engine the run's models used, with its address and version (Ollama's too). */
  engines?: EngineUse[];
  settings: RunSettings;
  status: RunStatus;
  /** The sandbox generated code ran in. */
  sandbox: SandboxDescription;
  startedAt: Date;
  finishedAt: Date;
  /** One per run target: a model, or with a sweep each variant of it (`ref.variant`). */
  models: ModelRun[];
  /** Repeats and sweep the run covered; absent in runs built before they existed (1 and none). */
  plan?: RunPlan;
  /** Why the speed figures cannot be taken at face value (models run at once on one server). */
  speedWarning?: string;
}

export interface RunPlan {
  /** Results asked for per row and target. */
  repeat: number;
  /** The options swept, with their values; empty for none. */
  sweep: Sweep;
  /** Whether a fixed seed was kept the same across repeats. */
  fixedSeed: boolean;
}

import type { ModelRef } from './model-ref.js';
import type { ModelRun, RowAnswer, RowResult } from './types.js';

/**
 * What an earlier, stopped run of the same benchmark with the same models, options and settings
 * already finished (`--resume`). Its results are taken as they are instead of being asked for again.
 */
export interface PriorResults {
  /** The results of the target `ref` (a model, or one variant of it) that stand, by resultKey. */
  resultsOf(ref: ModelRef): ReadonlyMap<string, RowResult>;
  /**
   * Answers of `ref` the earlier run had but had not judged yet (they waited for code to run), by
   * resultKey: judged now without asking the model again.
   */
  answersOf(ref: ModelRef): ReadonlyMap<string, RowAnswer>;
  /** The target as the earlier run recorded it (details, warm-up), or null when it never finished. */
  modelOf(ref: ModelRef): Omit<ModelRun, 'rows' | 'ref'> | null;
}

/** One result of a target: a row in one repeat (absent repeat: 1). */
export function resultKey(row: Pick<RowResult, 'index' | 'repeat'>): string {
  return `${row.repeat ?? 1}:${row.index}`;
}

/**
 * Whether a finished result stands on resume. A verdict on the model's answer (passed, failed,
 * timed out) and a request the server refused stand; a result the server failed, or one not run,
 * is asked for again, since it says nothing about the model.
 */
export function rowIsDone(row: Pick<RowResult, 'status' | 'errorKind'>): boolean {
  if (row.status === 'not_run') return false;
  return !(row.status === 'errored' && row.errorKind === 'server');
}

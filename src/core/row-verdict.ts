import type { ModelStatus, RowStatus } from './types.js';

/**
 * Whether a result counts against the model: it was run and did not pass. A row an interruption
 * did not reach (not_run) and a free-form answer with nothing to judge (answered) do not.
 */
export function didNotPass(status: RowStatus): boolean {
  return status !== 'passed' && status !== 'not_run' && status !== 'answered';
}

/** Whether a result has a verdict that accuracy counts: run, and judged against something. */
export function isJudged(status: RowStatus): boolean {
  return status !== 'not_run' && status !== 'answered';
}

/** Whether a model's rows were (at least partly) run, so its figures mean something. */
export function ranRows(status: ModelStatus): boolean {
  return status === 'completed' || status === 'interrupted' || status === 'incomplete';
}

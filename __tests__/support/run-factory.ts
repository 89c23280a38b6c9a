/** Small results for renderer and display tests, built without running a benchmark. */
import { parseModelRef } from '../../src/core/model-ref.js';
import type { ModelRun, RowResult } from '../../src/core/types.js';

/** A row that passed with no answer recorded; override what the test is about. */
export function rowResult(overrides: Partial<RowResult> = {}): RowResult {
  return {
    index: 1,
    line: 4,
    variables: {},
    expectation: '1',
    prompt: 'p',
    generation: null,
    attempts: 1,
    error: null,
    errorKind: null,
    extraction: null,
    execution: null,
    output: '',
    correct: true,
    status: 'passed',
    reason: null,
    comparison: null,
    ...overrides,
  };
}

/** A row that failed for `reason`. */
export function failedRow(index: number, reason: string, overrides: Partial<RowResult> = {}): RowResult {
  return rowResult({ index, line: index + 3, correct: false, status: 'failed', reason, ...overrides });
}

/** A completed model with these rows. */
export function modelRun(spec: string, rows: RowResult[], overrides: Partial<ModelRun> = {}): ModelRun {
  return {
    ref: parseModelRef(spec),
    status: 'completed',
    error: null,
    details: null,
    pulled: false,
    warmup: null,
    rows,
    ...overrides,
  };
}

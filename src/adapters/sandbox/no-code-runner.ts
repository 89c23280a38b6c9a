import type { BenchmarkFile } from '../../config/benchmark-file.js';
import { EVALUATORS } from '../../core/evaluators.js';
import type { CodeRunner, Executor } from '../../ports.js';

/** Whether the benchmark's evaluator runs generated code, and so needs a sandbox at all. */
export function runsCode(benchmark: Pick<BenchmarkFile, 'evaluator'>): boolean {
  return EVALUATORS[benchmark.evaluator].executor !== null;
}

/**
 * The runner for evaluators that run no code (raw_string_evaluator, say): no sandbox is started,
 * so the run does not pay for probing one; the report says so in its sandbox description.
 */
export const NO_CODE_RUNNER: CodeRunner = {
  sandbox: {
    tier: 'process',
    isolates: [],
    doesNotIsolate: ['nothing: no sandbox was started, as this evaluator runs no generated code'],
    warning: null,
  },
  available: () => Promise.resolve(new Set<Executor>()),
  run: () => Promise.reject(new Error('this evaluator runs no code, so no sandbox was started')),
};

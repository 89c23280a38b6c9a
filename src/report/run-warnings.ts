import type { BenchmarkRun } from '../core/types.js';
import { plural } from '../core/words.js';

// Apart from markdown.ts so that the console table, printed after every run, does not load the
// markdown renderer (repeats, heatmaps, charts) with it.

/** An interruption and a sandbox fallback, which a reader must see before the figures. */
export function runWarnings(run: BenchmarkRun): string[] {
  const warnings: string[] = [];
  if (run.status === 'interrupted') {
    const notRun = run.models.flatMap((model) => model.rows).filter((row) => row.status === 'not_run');
    warnings.push(
      `The run was interrupted: ${plural(notRun.length, 'row')} not run (counted apart, not as failed).`,
    );
  }
  if (run.sandbox.warning !== null) warnings.push(run.sandbox.warning);
  if (run.speedWarning) warnings.push(run.speedWarning);
  return warnings;
}

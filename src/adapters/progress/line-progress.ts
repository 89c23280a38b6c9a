import type { ModelRef } from '../../core/model-ref.js';
import type { ModelRun, RowResult, RunObserver } from '../../core/types.js';
import type { Clock } from '../../ports.js';
import { ModelProgress, progressLine } from './model-progress.js';
import { targetKey, targetName } from '../../core/run-targets.js';

/** A line at least this often while rows finish… */
export const PROGRESS_LINE_INTERVAL_MS = 10_000;
/** …and at every tenth of a model's rows. */
const PROGRESS_STEPS = 10;

/**
 * Progress for a log without a terminal (CI): a plain line every 10 s or every 10 % of a model's
 * rows, whichever comes first, and one when its last row finishes. Lines go to `write`, which for
 * the action is the logger, so they land inside the model's log group.
 */
export class LineProgress implements RunObserver {
  /** By targetKey: with --parallel-models several models run at once. */
  private readonly running = new Map<
    string,
    { progress: ModelProgress; lastLineAt: number; lastStep: number }
  >();

  constructor(
    private readonly clock: Clock,
    private readonly write: (line: string) => void,
  ) {}

  modelStarted(ref: ModelRef, rowCount: number): void {
    const now = this.clock.now();
    this.running.set(targetKey(ref), {
      progress: new ModelProgress(targetName(ref), rowCount, now),
      lastLineAt: now,
      lastStep: 0,
    });
  }

  rowFinished(ref: ModelRef, row: RowResult): void {
    const current = this.running.get(targetKey(ref));
    if (current === undefined) return;
    current.progress.row(row);
    const now = this.clock.now();
    const facts = current.progress.facts(now);
    const step = facts.total === 0 ? PROGRESS_STEPS : Math.floor((PROGRESS_STEPS * facts.done) / facts.total);
    if (step > current.lastStep || now - current.lastLineAt >= PROGRESS_LINE_INTERVAL_MS) {
      current.lastStep = step;
      current.lastLineAt = now;
      this.write(progressLine(facts));
    }
  }

  modelFinished(model: ModelRun): void {
    this.running.delete(targetKey(model.ref));
  }
}

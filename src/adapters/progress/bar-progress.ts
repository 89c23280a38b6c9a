import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { ModelRef } from '../../core/model-ref.js';
import type { ModelRun, RowResult, RunObserver } from '../../core/types.js';
import type { Clock } from '../../ports.js';
import { ModelProgress, rateText, timeLeftText, type ProgressFacts } from './model-progress.js';
import { targetKey, targetName } from '../../core/run-targets.js';

/** How often the bars are redrawn. */
const REDRAW_MS = 100;

/** The stream bars are drawn on: a terminal (process.stderr when it is one). */
export type TerminalStream = NodeJS.WritableStream & { isTTY?: boolean; columns?: number };

/**
 * Live progress on a terminal: a bar per model (rows done of total, rows passed, rows per second,
 * time left), drawn with cli-progress. Log lines must go through `log` while bars are drawn, so
 * they are printed above the bars instead of through them; `stop` leaves the final bars on screen
 * and must be called before anything else is written.
 */
export class BarProgress implements RunObserver {
  private multibar: MultiBar | null = null;
  private readonly bars = new Map<string, { bar: SingleBar; progress: ModelProgress; handedAt: number }>();

  constructor(
    private readonly stream: TerminalStream,
    private readonly clock: Clock,
    /** Makes a model name safe to print (escaped, redacted). */
    private readonly label: (text: string) => string,
  ) {}

  modelStarted(ref: ModelRef, rowCount: number): void {
    const multibar = this.multibar ?? this.start();
    const progress = new ModelProgress(this.label(targetName(ref)), rowCount, this.clock.now());
    const bar = multibar.create(rowCount, 0, payload(progress.facts(this.clock.now())));
    this.bars.set(targetKey(ref), { bar, progress, handedAt: this.clock.now() });
  }

  rowFinished(ref: ModelRef, row: RowResult): void {
    const entry = this.bars.get(targetKey(ref));
    if (entry === undefined) return;
    entry.progress.row(row);
    // The bars are drawn 10 times a second at most; handing cli-progress every row's figures
    // (its update runs its ETA and events) would cost more than the rows themselves on a fast server.
    const now = this.clock.now();
    if (now - entry.handedAt < REDRAW_MS) return;
    entry.handedAt = now;
    const facts = entry.progress.facts(now);
    entry.bar.update(facts.done, payload(facts));
  }

  modelFinished(model: ModelRun): void {
    const entry = this.bars.get(targetKey(model.ref));
    if (entry === undefined) return;
    const facts = entry.progress.facts(this.clock.now());
    entry.bar.update(facts.done, payload(facts));
    this.bars.delete(targetKey(model.ref));
  }

  /** Writes a line above the bars (or plainly when none are drawn). `line` ends without a newline. */
  log(line: string): void {
    if (this.multibar === null) {
      this.stream.write(`${line}\n`);
      return;
    }
    this.multibar.log(`${line}\n`);
    // Draws now, so the line is not held back until the next tick (nor lost at stop).
    this.multibar.update();
  }

  /** Draws the bars a last time and gives the terminal back (cursor shown). */
  stop(): void {
    this.multibar?.stop();
    this.multibar = null;
  }

  private start(): MultiBar {
    this.multibar = new MultiBar(
      {
        stream: this.stream,
        format: '{model} [{bar}] {value}/{total} rows | {passed} passed | {rate} | {left}',
        hideCursor: true,
        clearOnComplete: false,
        // exbench handles interrupts itself and stops the bars in a finally block.
        gracefulExit: false,
        fps: 1000 / REDRAW_MS,
        autopadding: true,
      },
      Presets.shades_classic,
    );
    return this.multibar;
  }
}

function payload(facts: ProgressFacts): Record<string, string | number> {
  return { model: facts.model, passed: facts.passed, rate: rateText(facts), left: timeLeftText(facts) };
}

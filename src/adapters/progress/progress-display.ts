import { combineObservers } from '../../core/run-observers.js';
import type { RunObserver } from '../../core/types.js';
import type { Clock } from '../../ports.js';
import { failureListLines } from '../../report/failure-list.js';
import type { TerminalStream } from './bar-progress.js';
import { LineProgress } from './line-progress.js';

export interface ProgressDisplayOptions {
  quiet: boolean;
  /** The terminal to draw bars on; undefined when output goes to a log (then plain lines). */
  terminal: TerminalStream | undefined;
  clock: Clock;
  /** Escapes (and redacts) text before it reaches the terminal. */
  safe: (text: string) => string;
  /** Where plain lines and log lines go when no bars are drawn; a line has no trailing newline. */
  writeLine: (line: string) => void;
  /** How many failing rows to list after each model. */
  showFailures: number | 'all';
  /** Told how to see every failing row, e.g. `--show-failures all`. */
  seeAllHint: string;
}

/** What the CLI prints while a run goes: progress (bars or lines, never both) and failing rows. */
export interface ProgressDisplay {
  observer: RunObserver | undefined;
  /** Every other line the CLI writes while bars may be drawn goes here. */
  writeLine(line: string): void;
  /** Must be called before the results are printed; safe to call twice. */
  stop(): void;
}

export async function createProgressDisplay(options: ProgressDisplayOptions): Promise<ProgressDisplay> {
  // cli-progress is loaded only when bars are drawn: a run in CI or piped to a log never needs it.
  const bars =
    options.quiet || options.terminal === undefined
      ? null
      : new (await import('./bar-progress.js')).BarProgress(options.terminal, options.clock, options.safe);
  const writeLine = (line: string): void => (bars === null ? options.writeLine(line) : bars.log(line));
  const lines =
    options.quiet || bars !== null
      ? undefined
      : new LineProgress(options.clock, (line) => writeLine(options.safe(line)));
  const failures: RunObserver = {
    modelFinished: (model) => {
      const listed = failureListLines(model, options.showFailures, options.seeAllHint);
      for (const line of listed) writeLine(options.safe(line));
    },
  };
  return {
    observer: combineObservers(bars ?? undefined, lines, failures),
    writeLine,
    stop: () => bars?.stop(),
  };
}

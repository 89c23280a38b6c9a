import { setMaxListeners } from 'node:events';
import os from 'node:os';
import { stopAllSnippets } from '../sandbox/process-group.js';

/** The signals that stop a run: Ctrl-C, `kill`, a closed terminal, a cancelled CI job. */
export const INTERRUPT_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
export type InterruptSignal = (typeof INTERRUPT_SIGNALS)[number];

export interface Interrupts {
  /** Aborted at the first signal, with the signal's name as its reason. */
  signal: AbortSignal;
  /** The first signal received, or null. */
  received(): InterruptSignal | null;
  /** Stops listening (tests, and the end of a run). */
  dispose(): void;
}

/** The conventional exit status for a process ended by `signal`: 128 + its number (130, 143, 129). */
export function interruptExitStatus(signal: InterruptSignal): number {
  return 128 + os.constants.signals[signal];
}

/**
 * Turns the first interrupt signal into an abort (the run stops, kills its snippets and writes
 * what it has); a second one kills every running snippet and, with `exitOnSecond` (the CLI's
 * second Ctrl-C), exits at once. The action keeps going instead: a cancelled job gets SIGINT and
 * then SIGTERM, and the partial summary must still be written. Listening replaces
 * Node's default, which would end the process without running any clean-up ('exit' handlers do not
 * run when a signal ends the process) and leave the snippets running.
 */
export function listenForInterrupts(
  say: (line: string) => void,
  options: { exitOnSecond: boolean } = { exitOnSecond: true },
): Interrupts {
  const controller = new AbortController();
  // Every request in flight listens for the interruption (and stops listening when it ends), so
  // with --concurrency and --parallel-models there are rightly more than Node's default of 10.
  setMaxListeners(0, controller.signal);
  let first: InterruptSignal | null = null;
  const handlers = INTERRUPT_SIGNALS.map((name) => {
    const handler = () => {
      if (first !== null) {
        stopAllSnippets();
        if (!options.exitOnSecond) return;
        // The report may or may not be written by now; the journal is, row by row.
        say(
          `${name} again: stopped every snippet; exiting now. The rows finished so far are in the run's journal (<report>.jsonl); --resume <journal> finishes the run`,
        );
        process.exit(interruptExitStatus(first));
      }
      first = name;
      say(
        `${name}: stopping; killing the running snippets and writing the report so far (${name} again to quit at once)`,
      );
      controller.abort(name);
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: controller.signal,
    received: () => first,
    dispose: () => {
      for (const [name, handler] of handlers) process.off(name, handler);
    },
  };
}

import { setMaxListeners } from 'node:events';
/** Why a model's remaining rows were not run when its time budget ran out. */
export function budgetReason(budgetMs: number): string {
  return `not run: the model ran past its time budget of ${budgetMs / 1000} s (--model-timeout)`;
}

/**
 * A model's time budget (`--model-timeout`): `signal` aborts when the budget has passed or the run
 * is stopped, whichever comes first, so the request in flight is cut off and no further row starts.
 */
export interface ModelBudget {
  readonly signal: AbortSignal | undefined;
  /** Whether the budget ran out (not the run being stopped). */
  expired(): boolean;
  /** Lets go of the timer and the listener on the run's signal. */
  dispose(): void;
}

export function startModelBudget(
  budgetMs: number | undefined,
  runSignal: AbortSignal | undefined,
): ModelBudget {
  if (budgetMs === undefined) return { signal: runSignal, expired: () => false, dispose: () => undefined };
  const controller = new AbortController();
  // Each request in flight for the model listens (--concurrency), and stops listening when it ends.
  setMaxListeners(0, controller.signal);
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort(new Error(budgetReason(budgetMs)));
  }, budgetMs);
  const stop = (): void => controller.abort(runSignal?.reason);
  if (runSignal?.aborted) stop();
  runSignal?.addEventListener('abort', stop, { once: true });
  return {
    signal: controller.signal,
    expired: () => expired && runSignal?.aborted !== true,
    dispose: () => {
      clearTimeout(timer);
      runSignal?.removeEventListener('abort', stop);
    },
  };
}

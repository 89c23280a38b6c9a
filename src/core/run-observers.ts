import type { RunObserver } from './types.js';

/** One observer that tells each of `observers` in turn (those left undefined are left out). */
export function combineObservers(
  ...observers: readonly (RunObserver | undefined)[]
): RunObserver | undefined {
  const present = observers.filter((o): o is RunObserver => o !== undefined);
  if (present.length <= 1) return present[0];
  return {
    modelStarted: (ref, rowCount) => present.forEach((o) => o.modelStarted?.(ref, rowCount)),
    rowFinished: (ref, row) => present.forEach((o) => o.rowFinished?.(ref, row)),
    rowAnswered: (ref, answer) => present.forEach((o) => o.rowAnswered?.(ref, answer)),
    modelFinished: (model) => present.forEach((o) => o.modelFinished?.(model)),
  };
}

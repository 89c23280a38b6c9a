import { TaskPool } from './task-pool.js';

/**
 * Runs `runOne` for each target, up to `limit` at once (`--parallel-models`), and gives the
 * results back in the targets' order whatever order they finish in. One that throws does not stop
 * the others: its error is raised once they are all done.
 */
export async function runTargetsInOrder<Target, Result>(
  targets: readonly Target[],
  limit: number,
  runOne: (target: Target) => Promise<Result>,
): Promise<Result[]> {
  const pool = new TaskPool(Math.max(1, limit));
  const outcomes = await Promise.allSettled(targets.map((target) => pool.run(() => runOne(target))));
  return outcomes.map((outcome) => {
    if (outcome.status === 'rejected') throw outcome.reason;
    return outcome.value;
  });
}

/**
 * Targets that ran at the same time on one server share its compute: their speed figures are not
 * a model's own. Null when no two could have (one at a time, or each on its own server).
 */
export function sharedServerWarning(
  parallelModels: number,
  serversOfTargets: readonly unknown[],
): string | null {
  if (parallelModels <= 1) return null;
  const perServer = new Map<unknown, number>();
  for (const server of serversOfTargets) perServer.set(server, (perServer.get(server) ?? 0) + 1);
  const most = Math.min(parallelModels, Math.max(0, ...perServer.values()));
  return most > 1
    ? `up to ${most} models ran at once on one server (--parallel-models ${parallelModels}): their speeds and times share its compute and are not comparable with a run of one model at a time`
    : null;
}

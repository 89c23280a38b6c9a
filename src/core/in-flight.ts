import { TaskPool } from './task-pool.js';

/**
 * Starts `job` for each item in the items' order, at most `limit` in flight at once. The promises
 * come back in the items' order, whatever order the jobs finish in, so results keep their place.
 */
export function startInOrder<T, R>(
  items: readonly T[],
  limit: number,
  job: (item: T) => Promise<R>,
): Promise<R>[] {
  const pool = new TaskPool(limit);
  return items.map((item) => pool.run(() => job(item)));
}

/**
 * Runs `generate` for each item in the items' order, at most `limit` at once, and `finish` on each
 * value as it comes (outside the limit: the next item starts meanwhile). Resolves to finish's
 * results in the items' order, whatever order they come in; rejects with the first error of either
 * and starts no further item. A job is made only when a slot frees, and a value is dropped once
 * finished: a run of many rows holds no waiting promise, closure or answer per row.
 */
export function mapInOrder<T, G, R>(
  items: readonly T[],
  limit: number,
  generate: (item: T) => Promise<G>,
  finish: (value: G) => R | Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`mapInOrder limit must be a positive integer, got ${limit}`);
  return new Promise((resolve, reject) => {
    const results = new Array<R>(items.length);
    let next = 0;
    let running = 0;
    let unfinished = items.length;
    let failed = false;
    const fail = (error: unknown): void => {
      failed = true;
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- a job's own rejection, passed on as it is
      reject(error);
    };
    const finished = (): void => {
      unfinished -= 1;
      if (unfinished === 0) resolve(results);
    };
    const startMore = (): void => {
      while (!failed && running < limit && next < items.length) {
        const index = next;
        next += 1;
        running += 1;
        // Async wrappers turn a throw into a rejection, which `fail` then handles.
        (async () => generate(items[index] as T))().then((value) => {
          running -= 1;
          startMore();
          (async () => finish(value))().then((result) => {
            results[index] = result;
            finished();
          }, fail);
        }, fail);
      }
    };
    if (items.length === 0) resolve(results);
    else startMore();
  });
}

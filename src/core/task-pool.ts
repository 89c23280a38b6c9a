/** Runs queued async jobs with at most `limit` at once; `drain()` waits for all queued so far. */
export class TaskPool {
  private running = 0;
  private readonly queue: (() => void)[] = [];
  private readonly pending = new Set<Promise<unknown>>();

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new Error(`TaskPool limit must be a positive integer, got ${limit}`);
  }

  /** Queues a job; the returned promise settles with the job's own result. */
  run<T>(job: () => Promise<T>): Promise<T> {
    const result = new Promise<T>((resolve, reject) => {
      const start = (): void => {
        this.running += 1;
        job()
          .then(resolve, reject)
          .finally(() => {
            this.running -= 1;
            this.queue.shift()?.();
          });
      };
      if (this.running < this.limit) start();
      else this.queue.push(start);
    });
    const tracked = result.then(
      () => undefined,
      () => undefined,
    );
    this.pending.add(tracked);
    void tracked.then(() => this.pending.delete(tracked));
    return result;
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }
}

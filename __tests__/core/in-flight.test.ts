import { describe, expect, it } from '@jest/globals';
import { mapInOrder } from '../../src/core/in-flight.js';

/** A job that finishes when told, so a test decides the order answers arrive in. */
function controlledJobs() {
  const waiting = new Map<number, (value: number) => void>();
  const started: number[] = [];
  return {
    started,
    job: (item: number) =>
      new Promise<number>((resolve) => {
        started.push(item);
        waiting.set(item, resolve);
      }),
    answer: async (item: number) => {
      waiting.get(item)?.(item * 10);
      // Lets the answer's callbacks (and the next job's start) run.
      for (let i = 0; i < 5; i += 1) await Promise.resolve();
    },
  };
}

describe('mapInOrder', () => {
  it('keeps the items order whatever order answers arrive in, with at most `limit` in flight', async () => {
    const jobs = controlledJobs();
    const mapped = mapInOrder([1, 2, 3, 4], 2, jobs.job, (value) => `#${value}`);
    expect(jobs.started).toEqual([1, 2]);
    await jobs.answer(2);
    expect(jobs.started).toEqual([1, 2, 3]);
    await jobs.answer(3);
    await jobs.answer(1);
    await jobs.answer(4);
    await expect(mapped).resolves.toEqual(['#10', '#20', '#30', '#40']);
  });

  it('starts no further item once a job failed, and rejects with its error', async () => {
    const started: number[] = [];
    const mapped = mapInOrder(
      [1, 2, 3],
      1,
      (item) => {
        started.push(item);
        return item === 2 ? Promise.reject(new Error('server gone')) : Promise.resolve(item);
      },
      (value) => value,
    );
    await expect(mapped).rejects.toThrow('server gone');
    expect(started).toEqual([1, 2]);
  });

  it('rejects with the error of `finish`, also one thrown rather than returned', async () => {
    const mapped = mapInOrder(
      [1],
      1,
      (item) => Promise.resolve(item),
      () => {
        throw new Error('cannot judge');
      },
    );
    await expect(mapped).rejects.toThrow('cannot judge');
  });

  it('gives an empty list for no items', async () => {
    await expect(
      mapInOrder(
        [],
        3,
        () => Promise.resolve(1),
        (value) => value,
      ),
    ).resolves.toEqual([]);
  });
});

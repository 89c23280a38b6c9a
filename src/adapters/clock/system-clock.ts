import { setTimeout as sleep } from 'node:timers/promises';
import type { Clock } from '../../ports.js';

export const systemClock: Clock = {
  now: () => performance.now(),
  date: () => new Date(),
  sleep: async (ms: number) => {
    await sleep(ms);
  },
};

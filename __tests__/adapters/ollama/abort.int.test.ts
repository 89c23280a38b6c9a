import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { startFakeOllama, type FakeOllama } from '../../support/fake-ollama.js';

let fake: FakeOllama;
beforeAll(async () => {
  // Sends one token, then keeps the connection open and silent: only an abort ends the request.
  fake = await startFakeOllama({
    models: [{ name: 'probe/stall:latest', reply: () => ({ response: 'a b c', stallAfterChunks: 1 }) }],
  });
});
afterAll(() => fake.close());

describe('OllamaModelServer.generate with a signal', () => {
  it('gives up the request in flight when the caller aborts, long before any deadline', async () => {
    const server = new OllamaModelServer({
      url: fake.url,
      clock: systemClock,
      deadlines: { connectMs: 10_000, requestMs: 600_000, idleMs: 600_000 },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the model ran past its time budget')), 200);
    const started = Date.now();
    const outcome = await server
      .generate({ model: 'probe/stall', prompt: 'x', options: {}, signal: controller.signal })
      .then(
        () => 'answered',
        () => 'aborted',
      );
    expect(outcome).toBe('aborted');
    // The deadlines are ten minutes: only the abort can have ended it this soon.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

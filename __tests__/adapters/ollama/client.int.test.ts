import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { ModelServerError } from '../../../src/ports.js';
import { startFakeOllama, type FakeOllama } from '../../support/fake-ollama.js';
import { mathModels } from '../../support/scripted-models.js';

let fake: FakeOllama;
let server: OllamaModelServer;
beforeAll(async () => {
  fake = await startFakeOllama({
    models: mathModels(),
    local: ['exbench/right:latest', 'exbench/slow:latest', 'exbench/broken:latest'],
  });
  server = new OllamaModelServer({ url: fake.url, clock: systemClock });
});
afterAll(() => fake.close());

describe('OllamaModelServer', () => {
  it('reads the final chunk timings in nanoseconds and measures time to first token on the client', async () => {
    const prompt = '<statement>1 + 2</statement>';
    const generation = await server.generate({ model: 'exbench/slow', prompt, options: {} });
    expect(generation.response).toBe('```python\nprint(1 + 2)\n```');
    expect(generation.doneReason).toBe('stop');
    // The slow model reports 5 tokens/s and sleeps ~20 ms between chunks for real.
    expect(generation.evalCount / (generation.evalDurationNs / 1e9)).toBeCloseTo(5, 5);
    expect(Number.isInteger(generation.totalDurationNs)).toBe(true);
    expect(generation.timeToFirstTokenMs).not.toBeNull();
    expect(generation.wallMs).toBeGreaterThan(generation.timeToFirstTokenMs ?? Infinity);
    expect(generation.wallMs).toBeGreaterThanOrEqual(20 * (generation.evalCount - 2));
  });

  it('gives the details of a local model and null for one the server lacks', async () => {
    const details = await server.show('exbench/right');
    expect(details).toMatchObject({
      name: 'exbench/right:latest',
      family: 'llama',
      quantizationLevel: 'Q4_K_M',
      contextLength: 131072,
    });
    expect(details?.digest).toMatch(/^[0-9a-f]{64}$/);
    expect(await server.show('exbench/wrong')).toBeNull();
  });

  it('turns an HTTP 500 into a retryable error carrying the server message and status', async () => {
    const error = await server
      .generate({ model: 'exbench/broken', prompt: '<statement>1</statement>', options: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelServerError);
    expect(error).toMatchObject({
      status: 500,
      retryable: true,
      message: 'llama runner process has terminated: exit status 2',
    });
  });

  it('turns a missing model into a 404 that is not retried', async () => {
    const error = await server
      .generate({ model: 'exbench/wrong', prompt: 'x', options: {} })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, retryable: false });
  });

  it('streams pull progress and fails a pull of an unknown model without retry', async () => {
    const statuses: string[] = [];
    await server.pull('exbench/wrong', (p) => statuses.push(p.status));
    expect(statuses[0]).toBe('pulling manifest');
    expect(statuses.at(-1)).toBe('success');
    const error = await server.pull('nobody/nothing', () => undefined).catch((e: unknown) => e);
    expect(error).toMatchObject({
      retryable: false,
      message: expect.stringContaining('file does not exist'),
    });
  });
});

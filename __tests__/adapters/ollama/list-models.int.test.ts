import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { systemClock } from '../../../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../../../src/adapters/ollama/client.js';
import { ModelServerError } from '../../../src/ports.js';
import { startFakeOllama, type FakeOllama } from '../../support/fake-ollama.js';

let fake: FakeOllama;
let server: OllamaModelServer;
beforeAll(async () => {
  fake = await startFakeOllama({
    models: [
      { name: 'exbench/coder:latest', reply: () => ({ response: 'ok' }) },
      {
        name: 'exbench/thinker:latest',
        reply: () => ({ response: 'ok' }),
        capabilities: ['completion', 'thinking'],
      },
      { name: 'exbench/embed:latest', reply: () => ({ response: '' }), capabilities: ['embedding'] },
      { name: 'exbench/remote:latest', reply: () => ({ response: 'ok' }) },
    ],
    local: ['exbench/coder:latest', 'exbench/thinker:latest', 'exbench/embed:latest'],
  });
  server = new OllamaModelServer({ url: fake.url, clock: systemClock });
});
afterAll(() => fake.close());

describe('OllamaModelServer model discovery', () => {
  it('lists the local models from /api/tags, not the ones only the registry has', async () => {
    const names = (await server.listModels()).map((model) => model.name).sort();
    expect(names).toEqual(['exbench/coder:latest', 'exbench/embed:latest', 'exbench/thinker:latest']);
  });

  it('reads what each model can do from /api/show capabilities', async () => {
    expect((await server.show('exbench/coder'))?.capabilities).toEqual(['completion']);
    expect((await server.show('exbench/thinker'))?.capabilities).toEqual(['completion', 'thinking']);
    expect((await server.show('exbench/embed'))?.capabilities).toEqual(['embedding']);
  });

  it('gets a 400 that is not retried when asking an embedding model to generate', async () => {
    const error = await server
      .generate({ model: 'exbench/embed', prompt: 'hello', options: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ModelServerError);
    expect(error).toMatchObject({ status: 400, retryable: false });
    expect((error as Error).message).toContain('does not support generate');
  });
});

import { describe, expect, it } from '@jest/globals';
import { modelId, parseModelRef } from '../../src/core/model-ref.js';

describe('parseModelRef', () => {
  it.each([
    ['llama3.2', 'ollama~llama3.2:latest'],
    ['llama3.2:latest', 'ollama~llama3.2:latest'],
    ['ollama~llama3.2', 'ollama~llama3.2:latest'],
    ['OLLAMA~Llama3.2:LATEST', 'ollama~llama3.2:latest'],
    ['library/llama3.2', 'ollama~llama3.2:latest'],
    ['registry.ollama.ai/library/llama3.2:latest', 'ollama~llama3.2:latest'],
    ['qwen2.5-coder:14b', 'ollama~qwen2.5-coder:14b'],
    ['ollama~qwen2.5-coder:14b', 'ollama~qwen2.5-coder:14b'],
    ['me/mymodel', 'ollama~me/mymodel:latest'],
    [
      'hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M',
      'ollama~hf.co/bartowski/llama-3.2-1b-instruct-gguf:q4_k_m',
    ],
    ['localhost:5000/team/model', 'ollama~localhost:5000/team/model:latest'],
  ])('gives %s the identity %s, as Ollama resolves the name', (spec, id) => {
    expect(parseModelRef(spec).id).toBe(id);
  });

  it('keeps the spelling the user wrote for display', () => {
    expect(parseModelRef(' ollama~Llama3.2 ')).toMatchObject({
      spec: 'ollama~Llama3.2',
      provider: 'ollama',
      name: 'Llama3.2',
    });
  });

  it("reads a bare name with the file's provider, and leaves other providers' names as written", () => {
    expect(modelId('gpt-4o', 'OpenAI')).toBe('openai~gpt-4o');
    expect(modelId('openai~gpt-4o')).toBe('openai~gpt-4o');
    expect(modelId('openai~gpt-4o')).not.toBe(modelId('gpt-4o'));
  });
});

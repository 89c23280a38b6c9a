import { describe, expect, it } from '@jest/globals';
import { ollamaNeeds } from '../../src/action/ollama-models.js';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';

/** A benchmark whose file names these models and the llama-server address. */
function loaded(models: string[]) {
  const text = [
    'benchmark_name: Echo',
    'base_prompt: "say {{w}}"',
    'evaluator: raw_string_evaluator',
    `models: [${models.map((m) => JSON.stringify(m)).join(', ')}]`,
    'servers: { llamacpp: "http://127.0.0.1:8080" }',
    'prompts:',
    '  - dynamic_variables: { w: "a" }',
    '    expectation: "a"',
  ].join('\n');
  return [{ file: 'echo.yaml', benchmark: parseBenchmarkFile(text, 'echo.yaml') }];
}

describe('ollamaNeeds', () => {
  it('needs no Ollama when every model runs on another engine, and says which', () => {
    const needs = ollamaNeeds(loaded(['llamacpp~qwen', 'openai~gpt']), [], {
      openai: 'http://127.0.0.1:8000/v1',
    });
    expect(needs).toEqual({
      models: [],
      notNeeded: 'every model runs on another engine (llamacpp~qwen, openai~gpt)',
    });
  });

  it('needs Ollama, with its models to pull, as soon as one model is Ollama’s', () => {
    expect(ollamaNeeds(loaded(['llamacpp~qwen', 'qwen2.5:0.5b']), [], {})).toEqual({
      models: ['qwen2.5:0.5b'],
      notNeeded: null,
    });
  });

  it('needs Ollama for models: all, which asks every server what it has', () => {
    expect(ollamaNeeds(loaded(['llamacpp~qwen']), ['all'], {}).notNeeded).toBeNull();
  });
});

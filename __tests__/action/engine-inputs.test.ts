import { afterEach, describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';

/** Sets only these inputs, the way the runner does: `INPUT_<NAME>` upper-cased, dashes kept. */
function read(inputs: Record<string, string>) {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries({ benchmark: 'bench.yaml', ...inputs }))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  return readActionInputs('push');
}

afterEach(() => {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
});

describe('the servers and api-key-env inputs', () => {
  it('reads one provider=URL a line and the name of the key variable', () => {
    const settings = read({
      servers: 'llamacpp=http://127.0.0.1:8080/\n\nopenai=http://127.0.0.1:8000/v1\n',
      'api-key-env': 'VLLM_API_KEY',
    });
    expect(settings.servers).toEqual({
      llamacpp: 'http://127.0.0.1:8080',
      openai: 'http://127.0.0.1:8000/v1',
    });
    expect(settings.apiKeyEnv).toBe('VLLM_API_KEY');
    expect(read({}).servers).toEqual({});
  });

  it('names the input and the value it cannot read', () => {
    expect(() => read({ servers: 'openai=ftp://x' })).toThrow(
      'Input "servers" "openai=ftp://x": the address must use http or https',
    );
    expect(() => read({ servers: 'openai=http://user:sk-123@x/v1' })).toThrow('must not carry credentials');
    expect(() => read({ servers: 'llamacpp=http://127.0.0.1:0' })).toThrow(
      'Input "servers" "llamacpp=http://127.0.0.1:0": the address has port "0", not a number from 1 to 65535',
    );
  });
});

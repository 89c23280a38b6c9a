import { describe, expect, it } from '@jest/globals';
import { ollamaBaseUrl } from '../../../src/adapters/ollama/host.js';
import { ConfigurationError } from '../../../src/errors.js';

describe('ollamaBaseUrl', () => {
  // The cases of Ollama's envconfig TestHost and TestConnectableHost, connected to as a client.
  it.each([
    [undefined, 'http://127.0.0.1:11434'],
    ['', 'http://127.0.0.1:11434'],
    ['1.2.3.4', 'http://1.2.3.4:11434'],
    [':1234', 'http://127.0.0.1:1234'],
    ['1.2.3.4:1234', 'http://1.2.3.4:1234'],
    ['example.com', 'http://example.com:11434'],
    ['example.com:1234', 'http://example.com:1234'],
    ['[::1]', 'http://[::1]:11434'],
    ['::1', 'http://[::1]:11434'],
    ['[::1]:1337', 'http://[::1]:1337'],
    ['fe80::1', 'http://[fe80::1]:11434'],
    ['[::]', 'http://[::1]:11434'],
    ['0.0.0.0', 'http://127.0.0.1:11434'],
    ['0.0.0.0:1234', 'http://127.0.0.1:1234'],
    [' 1.2.3.4 ', 'http://1.2.3.4:11434'],
    ['"1.2.3.4"', 'http://1.2.3.4:11434'],
    [' " 1.2.3.4 " ', 'http://1.2.3.4:11434'],
    ["'1.2.3.4'", 'http://1.2.3.4:11434'],
    ['\'"127.0.0.1:11434"\'', 'http://127.0.0.1:11434'],
    ['http://1.2.3.4', 'http://1.2.3.4:80'],
    ['http://1.2.3.4:4321', 'http://1.2.3.4:4321'],
    ['https://1.2.3.4', 'https://1.2.3.4:443'],
    ['HTTPS://1.2.3.4', 'https://1.2.3.4:443'],
    ['Http://gpu-box:9999/', 'http://gpu-box:9999'],
    ['https://example.com/ollama', 'https://example.com:443/ollama'],
    ['https://0.0.0.0:4321', 'https://127.0.0.1:4321'],
    ['ollama.com', 'https://ollama.com:443'],
    ['host:', 'http://host:11434'],
  ])('reads OLLAMA_HOST %j as Ollama does: %s', (given, url) => expect(ollamaBaseUrl(given)).toBe(url));

  it('names the source and the value of a bad address', () => {
    expect(() => ollamaBaseUrl('ftp://x', '--host')).toThrow(ConfigurationError);
    expect(() => ollamaBaseUrl('ftp://x', '--host')).toThrow(/^--host: "ftp:\/\/x" must use http or https/);
    expect(() => ollamaBaseUrl(':66000')).toThrow(
      'OLLAMA_HOST: ":66000" has port "66000", not a number from 1 to 65535',
    );
    expect(() => ollamaBaseUrl('host:port')).toThrow('has port "port"');
  });

  it('refuses port 0, which names no server to connect to', () => {
    expect(() => ollamaBaseUrl('http://127.0.0.1:0', '--host')).toThrow(
      '--host: "http://127.0.0.1:0" has port "0", not a number from 1 to 65535',
    );
  });
});

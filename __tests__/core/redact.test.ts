import { describe, expect, it } from '@jest/globals';
import { createRedactor, redactDeep, secretsFromEnv } from '../../src/core/redact.js';

describe('secretsFromEnv', () => {
  it('takes the values of variables whose names look secret, in any case', () => {
    const env = {
      GITHUB_TOKEN: 'ghs_abcdef123456',
      ACTIONS_RUNTIME_TOKEN: 'runtime-token-value',
      OPENAI_API_KEY: 'sk-live-123456',
      db_password: 'hunter22',
      MY_PASSWD: 'passwd-value',
      GCP_CREDENTIALS: 'credential-json',
      Proxy_Auth: 'basic-auth-value',
      CLIENT_SECRET: 'client-secret-value',
      HOME: '/home/runner',
      PATH: '/usr/bin',
      UNSET_TOKEN: undefined,
    };
    expect(secretsFromEnv(env).sort()).toEqual(
      [
        'ghs_abcdef123456',
        'runtime-token-value',
        'sk-live-123456',
        'hunter22',
        'passwd-value',
        'credential-json',
        'basic-auth-value',
        'client-secret-value',
      ].sort(),
    );
  });
});

describe('createRedactor', () => {
  it('replaces every occurrence of every secret by ***', () => {
    const redact = createRedactor(['ghs_abcdef123456', 'sk-live-123456']);
    expect(redact('GITHUB_TOKEN=ghs_abcdef123456\nkey sk-live-123456 and again ghs_abcdef123456')).toBe(
      'GITHUB_TOKEN=***\nkey *** and again ***',
    );
  });

  it('replaces a secret quoted in JSON, where its quote, backslash or newline reads escaped', () => {
    const secret = 'p|q_r*s<t&u"v\\w\nx';
    const redact = createRedactor([secret]);
    expect(redact(`output ${JSON.stringify(`15.0 ${secret}`)} is not a number`)).toBe(
      'output "15.0 ***" is not a number',
    );
    expect(redact(`raw ${secret}`)).toBe('raw ***');
  });

  it('replaces a secret that contains another one whole', () => {
    const redact = createRedactor(['abcdef', 'xxabcdefyy']);
    expect(redact('[xxabcdefyy] [abcdef]')).toBe('[***] [***]');
  });

  it('ignores values shorter than 6 characters, which would redact ordinary words', () => {
    const redact = createRedactor(['true', '12345', 'secret']);
    expect(redact('true 12345 secret')).toBe('true 12345 ***');
  });

  it('treats characters special in regular expressions literally', () => {
    const redact = createRedactor(['a.b*c+d(e)']);
    expect(redact('a.b*c+d(e) axbbcd(e)')).toBe('*** axbbcd(e)');
  });
});

describe('redactDeep', () => {
  it('redacts every string of a nested report, keys included, and keeps dates and numbers', () => {
    const redact = createRedactor(['ghs_abcdef123456']);
    const when = new Date('2026-01-01T00:00:00Z');
    const input = {
      rows: [{ output: 'token=ghs_abcdef123456', correct: false, at: when }],
      ghs_abcdef123456: 1,
    };
    const output = redactDeep(input, redact);
    expect(output).toEqual({ rows: [{ output: 'token=***', correct: false, at: when }], '***': 1 });
    expect(output.rows[0]?.at).toBe(when);
    expect(input.rows[0]?.output).toBe('token=ghs_abcdef123456');
  });

  it('copies only the objects that held a secret; the rest of a large run is shared, not doubled', () => {
    const redact = createRedactor(['ghs_abcdef123456']);
    const clean = { output: '24', generation: { evalCount: 1, timeToFirstTokenMs: Number.NaN } };
    const leaked = { output: 'echo ghs_abcdef123456', generation: { evalCount: 2 } };
    const run = { models: [{ rows: [clean, leaked] }], benchmark: { name: 'math' } };

    const output = redactDeep(run, redact);

    expect(output.models[0]?.rows[1]).toEqual({ output: 'echo ***', generation: { evalCount: 2 } });
    expect(output.models[0]?.rows[0]).toBe(clean);
    expect(output.models[0]?.rows[1]?.generation).toBe(leaked.generation);
    expect(output.benchmark).toBe(run.benchmark);
    expect(leaked.output).toBe('echo ghs_abcdef123456');
    // With nothing to hide in it, a run comes back as it was, though the redactor has secrets.
    expect(redactDeep({ models: [{ rows: [clean] }] }, redact).models[0]?.rows[0]).toBe(clean);
    const quiet = { models: [{ rows: [clean] }] };
    expect(redactDeep(quiet, (text) => redact(text))).toBe(quiet);
  });

  it('keeps a "__proto__" key an own key of the redacted copy', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}, "note": "ghs_abcdef123456"}') as object;
    const output = redactDeep(input, createRedactor(['ghs_abcdef123456']));
    expect(Object.keys(output)).toEqual(['__proto__', 'note']);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('hands back the same run, uncopied, when there is no secret to hide', () => {
    const run = { rows: [{ output: 'ghs_abcdef123456 is no secret here' }] };
    expect(redactDeep(run, createRedactor([]))).toBe(run);
    expect(redactDeep(run, createRedactor(['short']))).toBe(run);
  });
});

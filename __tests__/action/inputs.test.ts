import { availableParallelism } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';
import { ConfigurationError } from '../../src/errors.js';

/** Sets only these inputs, the way the runner does: `INPUT_<NAME>` with the name upper-cased, dashes kept. */
function setInputs(inputs: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) {
    process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
}

/** The message of the ConfigurationError that reading these inputs throws. */
function inputError(inputs: Record<string, string>, eventName = 'pull_request'): string {
  setInputs({ benchmark: 'bench.yaml', ...inputs });
  try {
    readActionInputs(eventName);
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`expected a ConfigurationError for ${JSON.stringify(inputs)}`);
}

function read(inputs: Record<string, string>, eventName = 'pull_request') {
  setInputs({ benchmark: 'bench.yaml', ...inputs });
  return readActionInputs(eventName);
}

describe('readActionInputs', () => {
  let saved: Record<string, string | undefined>;

  beforeEach(() => {
    saved = { ...process.env };
    for (const key of Object.keys(process.env)) {
      if (key.startsWith('INPUT_')) delete process.env[key];
    }
  });

  afterEach(() => {
    for (const key of Object.keys(process.env)) {
      if (!(key in saved)) delete process.env[key];
    }
    Object.assign(process.env, saved);
  });

  it("gives action.yml's defaults when only the benchmark is set", () => {
    expect(read({})).toEqual({
      benchmarkPatterns: ['bench.yaml'],
      ollamaVersion: '0.33.3',
      ollamaDownloadUrl: 'https://github.com/ollama/ollama/releases',
      ollamaHost: null,
      servers: {},
      apiKeyEnv: null,
      cacheModels: true,
      reportDir: 'reports',
      artifactName: 'exbench-report',
      comment: 'true',
      githubToken: '',
      failOnError: true,
      publish: '',
      publishDir: '.',
      maxHistory: 500,
      commentKey: '',
      mode: 'run',
      mergePattern: 'exbench-report-*',
      run: {
        models: [],
        include: [],
        exclude: [],
        quiet: false,
        showFailures: 5,
        options: {},
        sweep: {},
        fixedSeed: false,
        pull: true,
        warmup: true,
        overlap: false,
        parallelModels: 1,
        evaluationConcurrency: availableParallelism(),
        requestConcurrency: 1,
        codeTimeoutMs: 10_000,
        maxOutputBytes: 1024 * 1024,
        sandbox: 'auto',
        memoryBytes: 1024 ** 3,
        serverWaitMs: 120_000,
        shard: null,
        retry: { attempts: 3, initialDelayMs: 500 },
        serverDeadlines: { connectMs: 10_000, requestMs: 600_000, idleMs: 120_000 },
        formats: ['json', 'html', 'csv', 'junit', 'md', 'github-action-benchmark'],
      },
      comparison: {
        baseline: { kind: 'none' },
        alpha: 0.05,
        minAccuracyDrop: 0.05,
        maxSlowdown: 0.1,
        seed: 1,
        failOnRegression: true,
      },
    });
  });

  it('says the benchmark input is required, with an example, when it is missing or blank', () => {
    expect(() => readActionInputs('push')).toThrow(ConfigurationError);
    expect(() => readActionInputs('push')).toThrow('Input "benchmark" is required');
    setInputs({ benchmark: '  \n \n' });
    expect(() => readActionInputs('push')).toThrow('benchmarks/*.yaml');
  });

  it('takes one benchmark file or glob per line, blank lines dropped', () => {
    expect(read({ benchmark: 'data/a.yaml\n\n  benchmarks/*.yaml  \r\n' }).benchmarkPatterns).toEqual([
      'data/a.yaml',
      'benchmarks/*.yaml',
    ]);
  });

  it('splits models by commas and newlines, drops blanks and keeps each model once in order', () => {
    const settings = read({ models: 'qwen2.5-coder:1.5b, llama3.2:1b\n\n ,ollama~phi3 \nllama3.2:1b,' });
    expect(settings.run.models).toEqual(['qwen2.5-coder:1.5b', 'llama3.2:1b', 'ollama~phi3']);
  });

  it('reads concurrency as the requests in flight at once and refuses more than 64', () => {
    expect(read({ concurrency: '4' }).run.requestConcurrency).toBe(4);
    expect(inputError({ concurrency: '65' })).toContain(
      'Input "concurrency": "65" is not a whole number from 1 to 64',
    );
  });

  it('reads the timeout in seconds, fractions allowed', () => {
    expect(read({ timeout: '2.5' }).run.codeTimeoutMs).toBe(2500);
    expect(read({ timeout: '60' }).run.codeTimeoutMs).toBe(60_000);
  });

  it.each(['abc', '0', '-1', '10s', 'Infinity'])(
    'rejects the timeout %p naming the input and what it expects',
    (value) => {
      expect(inputError({ timeout: value })).toBe(
        `Input "timeout": "${value}" is not a positive number of seconds (e.g. 10 or 2.5).`,
      );
    },
  );

  it('reads the server deadlines and the server wait in seconds, each named in its own error', () => {
    const settings = read({
      'request-timeout': '900',
      'idle-timeout': '30',
      'connect-timeout': '2.5',
      'server-wait': '300',
    });
    expect(settings.run.serverDeadlines).toEqual({ connectMs: 2500, requestMs: 900_000, idleMs: 30_000 });
    expect(settings.run.serverWaitMs).toBe(300_000);
    expect(inputError({ 'idle-timeout': 'soon' })).toBe(
      'Input "idle-timeout": "soon" is not a positive number of seconds (e.g. 10 or 2.5).',
    );
    expect(inputError({ 'idle-timeout': '', 'server-wait': '0' })).toMatch(
      /^Input "server-wait": "0" is not a positive/,
    );
  });

  it('rejects a timeout too long for a timer instead of letting it fire at once', () => {
    expect(inputError({ timeout: '3000000' })).toBe(
      'Input "timeout": "3000000" is more than the longest time limit, 2147483 seconds (about 24 days).',
    );
  });

  it.each([
    ['true', 'true'],
    ['false', 'false'],
    ['on-change', 'on-change'],
    ['FALSE', 'false'],
    ['On-Change', 'on-change'],
  ])('reads comment %p as %p', (value, mode) => {
    expect(read({ comment: value }).comment).toBe(mode);
  });

  it('rejects an unknown comment mode, listing the ones it accepts', () => {
    expect(inputError({ comment: 'always' })).toBe(
      'Input "comment": "always" is not one of true, false or on-change.',
    );
  });

  it('reads cache-models and fail-on-error as booleans', () => {
    const settings = read({ 'cache-models': 'false', 'fail-on-error': 'False' });
    expect(settings.cacheModels).toBe(false);
    expect(settings.failOnError).toBe(false);
    expect(read({ 'cache-models': 'TRUE' }).cacheModels).toBe(true);
  });

  it.each(['cache-models', 'fail-on-error'])('rejects a %s that is not true or false', (name) => {
    expect(inputError({ [name]: 'yes' })).toBe(
      `Input "${name}": "yes" is not a boolean; expected true or false.`,
    );
  });

  it('reads options as a YAML or JSON mapping, unknown Ollama options passed through', () => {
    expect(read({ options: '{temperature: 0, num_ctx: 4096}' }).run.options).toEqual({
      temperature: 0,
      num_ctx: 4096,
    });
    expect(read({ options: '{"seed": 42, "top_p": 0.9}' }).run.options).toEqual({ seed: 42, top_p: 0.9 });
    expect(read({ options: 'temperature: 0.2\nrepeat_penalty: 1.1' }).run.options).toEqual({
      temperature: 0.2,
      repeat_penalty: 1.1,
    });
  });

  it('rejects options that are not YAML, naming the input and echoing the value', () => {
    const message = inputError({ options: '{temperature: 0' });
    expect(message).toMatch(/^Input "options": "\{temperature: 0" is not valid YAML or JSON \(.+\)\.$/);
  });

  it.each(['0.5', '[temperature, 0]', 'temperature=0'])(
    'rejects options %p that are not a mapping',
    (value) => {
      expect(inputError({ options: value })).toBe(
        `Input "options": ${JSON.stringify(value)} is not a mapping such as {temperature: 0, num_ctx: 4096}.`,
      );
    },
  );

  it('rejects an option of the wrong type, naming the option', () => {
    const message = inputError({ options: '{num_ctx: big}' });
    expect(message).toMatch(/^Input "options": num_ctx: .*number.* \(got "\{num_ctx: big\}"\)\.$/);
    expect(inputError({ options: '{temperature: -1}' })).toMatch(/^Input "options": temperature: /);
  });

  it.each([
    ['127.0.0.1:11434', 'http://127.0.0.1:11434'],
    [':8080', 'http://127.0.0.1:8080'],
    ['gpu-box', 'http://gpu-box:11434'],
    ['https://ollama.example.com/', 'https://ollama.example.com:443'],
    ['http://10.0.0.5:11434/ollama/', 'http://10.0.0.5:11434/ollama'],
  ])('normalizes ollama-host %p to %p', (value, url) => {
    expect(read({ 'ollama-host': value }).ollamaHost).toBe(url);
  });

  it('rejects an ollama-host that is not http or https, naming the input', () => {
    expect(inputError({ 'ollama-host': 'ftp://gpu-box' })).toBe(
      'Input "ollama-host": "ftp://gpu-box" must use http or https',
    );
  });

  it('accepts an Ollama version with or without a v, or latest', () => {
    expect(read({ 'ollama-version': 'v0.5.1' }).ollamaVersion).toBe('0.5.1');
    expect(read({ 'ollama-version': 'Latest' }).ollamaVersion).toBe('latest');
  });

  it('rejects an Ollama version that is not a release, naming the input', () => {
    expect(inputError({ 'ollama-version': 'banana' })).toBe(
      'Input "ollama-version": Ollama version "banana" is not a release version: expected "latest" or a version such as 0.14.2.',
    );
  });

  it('drops the trailing slash of the download URL and rejects one that is not a URL', () => {
    expect(read({ 'ollama-download-url': 'https://mirror.example.com/ollama/' }).ollamaDownloadUrl).toBe(
      'https://mirror.example.com/ollama',
    );
    expect(inputError({ 'ollama-download-url': 'not a url' })).toMatch(
      /^Input "ollama-download-url": Ollama download base URL "not a url" is not a URL/,
    );
  });

  it('keeps the token, report folder and artifact name as given', () => {
    const settings = read({
      'github-token': 'ghs_x',
      'report-dir': 'out/reports',
      'artifact-name': 'bench-linux',
    });
    expect(settings).toMatchObject({
      githubToken: 'ghs_x',
      reportDir: 'out/reports',
      artifactName: 'bench-linux',
    });
  });
  it('reads baseline auto, whatever its case, and files or globs one per line', () => {
    expect(read({ baseline: ' Auto ' }).comparison.baseline).toEqual({ kind: 'auto' });
    expect(read({ baseline: 'base/a.json\n\n  reports/*.json  \n' }).comparison.baseline).toEqual({
      kind: 'files',
      patterns: ['base/a.json', 'reports/*.json'],
    });
  });

  it('fails on regression by default only for pull request events', () => {
    expect(read({}, 'pull_request').comparison.failOnRegression).toBe(true);
    expect(read({}, 'pull_request_target').comparison.failOnRegression).toBe(true);
    expect(read({}, 'push').comparison.failOnRegression).toBe(false);
    expect(read({}, 'workflow_dispatch').comparison.failOnRegression).toBe(false);
    expect(read({ 'fail-on-regression': 'true' }, 'push').comparison.failOnRegression).toBe(true);
    expect(read({ 'fail-on-regression': 'False' }, 'pull_request').comparison.failOnRegression).toBe(false);
  });

  it('reads the regression thresholds as fractions', () => {
    expect(
      read({ alpha: '0.01', 'min-accuracy-drop': '0', 'max-slowdown': '0.25' }).comparison,
    ).toMatchObject({
      alpha: 0.01,
      minAccuracyDrop: 0,
      maxSlowdown: 0.25,
    });
  });

  it('names the regression input and echoes the value it cannot use', () => {
    expect(inputError({ alpha: '5%' })).toBe(
      'Input "alpha": "5%" is not a number above 0 and at most 1 (e.g. 0.05).',
    );
    expect(inputError({ alpha: '0' })).toMatch(/^Input "alpha": "0" is not a number above 0/);
    expect(inputError({ 'min-accuracy-drop': '5' })).toBe(
      'Input "min-accuracy-drop": "5" is not a number from 0 to 1 (e.g. 0.05).',
    );
    expect(inputError({ 'max-slowdown': '-0.1' })).toMatch(/^Input "max-slowdown": "-0.1" is not a fraction/);
    expect(inputError({ 'fail-on-regression': 'yes' })).toMatch(
      /^Input "fail-on-regression": "yes" is not a boolean; expected true, false or empty/,
    );
    expect(inputError({ baseline: 'auto\nbase.json' })).toBe(
      'Input "baseline": "auto\\nbase.json" names "auto" and report files; "auto" cannot be combined with them.',
    );
  });
});

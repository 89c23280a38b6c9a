import { afterEach, describe, expect, it } from '@jest/globals';
import { readActionInputs } from '../../src/action/inputs.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { ConfigurationError } from '../../src/errors.js';

/** The message of the ConfigurationError `read` throws. */
function usageError(read: () => unknown): string {
  try {
    read();
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

function cliError(flag: string, value: string): string {
  return usageError(() => parseCliArgs(['ollama-bench', 'b.yaml', `--${flag}=${value}`], {}));
}

function actionError(input: string, value: string): string {
  const saved = { ...process.env };
  try {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    process.env.INPUT_BENCHMARK = 'b.yaml';
    process.env[`INPUT_${input.toUpperCase()}`] = value;
    return usageError(() => readActionInputs('push'));
  } finally {
    process.env = saved;
  }
}

describe('the CLI and the action judge a setting by the same rule', () => {
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });

  it.each([
    ['timeout', 'timeout', '3000000'],
    ['timeout', 'timeout', '0'],
    ['timeout', 'timeout', 'ten'],
    ['alpha', 'alpha', '0'],
    ['min-accuracy-drop', 'min-accuracy-drop', '1.5'],
    ['max-slowdown', 'max-slowdown', '-1'],
  ])('--%s and the input %s refuse %p with the same words', (flag, input, value) => {
    const cli = cliError(flag, value);
    const action = actionError(input, value);
    expect(cli.startsWith(`--${flag}: "${value}" `)).toBe(true);
    expect(action.startsWith(`Input "${input}": "${value}" `)).toBe(true);
    expect(cli.slice(`--${flag}: `.length)).toBe(action.slice(`Input "${input}": `.length));
  });

  it('refuses num_ctx=abc from --option and from the options input alike', () => {
    expect(cliError('option', 'num_ctx=abc')).toBe('--option: num_ctx: expected a number (got "abc").');
    expect(actionError('options', 'num_ctx: abc')).toMatch(/^Input "options": num_ctx: expected a number /);
  });

  it('accepts the same values on both sides', () => {
    const cli = parseCliArgs(['ollama-bench', 'b.yaml', '--timeout', '2147483', '--alpha', '1'], {});
    expect(cli).toMatchObject({ run: { codeTimeoutMs: 2_147_483_000 }, comparison: { alpha: 1 } });
    process.env.INPUT_BENCHMARK = 'b.yaml';
    process.env.INPUT_TIMEOUT = '2147483';
    process.env.INPUT_ALPHA = '1';
    expect(readActionInputs('push')).toMatchObject({
      run: { codeTimeoutMs: 2_147_483_000 },
      comparison: { alpha: 1 },
    });
  });
});

describe('report formats', () => {
  afterEach(() => {
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  });

  it('writes only the JSON report when no format is given', () => {
    expect(parseCliArgs(['ollama-bench', 'b.yaml'], {})).toMatchObject({ run: { formats: ['json'] } });
  });

  it('reads a comma-separated list in any case and order, each format once', () => {
    const cli = parseCliArgs(['ollama-bench', 'b.yaml', '--format', 'JUnit, html,json,html'], {});
    expect(cli).toMatchObject({ run: { formats: ['json', 'html', 'junit'] } });
  });

  it('reads all as every format, from the flag and from the input', () => {
    const every = ['json', 'html', 'csv', 'junit', 'md', 'github-action-benchmark'];
    expect(parseCliArgs(['ollama-bench', 'b.yaml', '--format=all'], {})).toMatchObject({
      run: { formats: every },
    });
    process.env.INPUT_BENCHMARK = 'b.yaml';
    process.env.INPUT_FORMAT = 'all';
    expect(readActionInputs('push')).toMatchObject({ run: { formats: every } });
  });

  it('refuses an unknown format with the same words on both sides, naming it and the choices', () => {
    const cli = cliError('format', 'json,xml');
    expect(cli).toBe(
      '--format: "json,xml" names "xml", which is not a report format; expected any of json, html, csv, junit, md, github-action-benchmark, comma-separated, or all.',
    );
    expect(actionError('format', 'json,xml')).toBe(cli.replace('--format', 'Input "format"'));
    expect(cliError('format', 'pdf')).toMatch(
      /^--format: "pdf" is not a report format; expected any of json, /,
    );
  });
});

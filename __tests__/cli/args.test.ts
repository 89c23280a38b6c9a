import { describe, expect, it } from '@jest/globals';
import { parseCliArgs } from '../../src/cli/args.js';
import { USAGE } from '../../src/cli/usage.js';
import { ConfigurationError } from '../../src/errors.js';

const env = {};

describe('parseCliArgs: compare', () => {
  it('reads the two reports and the thresholds', () => {
    expect(
      parseCliArgs(
        [
          'compare',
          'base.json',
          'head.json',
          '--alpha',
          '0.01',
          '--min-accuracy-drop',
          '0.1',
          '--max-slowdown',
          '0.25',
          '--seed',
          '42',
          '--json',
        ],
        env,
      ),
    ).toEqual({
      command: 'compare',
      basePath: 'base.json',
      headPath: 'head.json',
      comparison: expect.objectContaining({ alpha: 0.01, minAccuracyDrop: 0.1, maxSlowdown: 0.25, seed: 42 }),
      format: 'json',
    });
  });

  it('leaves thresholds not given to the defaults', () => {
    expect(parseCliArgs(['compare', 'a.json', 'b.json'], env)).toEqual({
      command: 'compare',
      basePath: 'a.json',
      headPath: 'b.json',
      comparison: expect.objectContaining({ alpha: 0.05, minAccuracyDrop: 0.05, maxSlowdown: 0.1, seed: 1 }),
      format: null,
    });
  });

  it('takes --format plain, markdown or json, and names the choices when given another', () => {
    expect(parseCliArgs(['compare', 'a.json', 'b.json', '--format', 'markdown'], env)).toMatchObject({
      format: 'markdown',
    });
    expect(() => parseCliArgs(['compare', 'a.json', 'b.json', '--format', 'html'], env)).toThrow(
      '--format "html": expected one of plain, markdown, json',
    );
  });

  it.each([
    [['compare', 'a.json'], 'compare takes exactly two reports, <base.json> <head.json>; got 1'],
    [['compare', 'a.json', 'b.json', 'c.json'], 'got 3'],
    [['compare', 'a.json', 'b.json', '--alpha', '0'], '--alpha: "0" is not a number above 0 and at most 1'],
    [['compare', 'a.json', 'b.json', '--alpha', 'x'], '--alpha: "x"'],
    [
      ['compare', 'a.json', 'b.json', '--min-accuracy-drop', '5'],
      '--min-accuracy-drop: "5" is not a number from 0 to 1',
    ],
    [
      ['compare', 'a.json', 'b.json', '--max-slowdown=-0.1'],
      '--max-slowdown: "-0.1" is not a fraction of 0 or more',
    ],
    [['compare', 'a.json', 'b.json', '--seed', '1.5'], '--seed: "1.5" is not a whole number'],
    [['compare', 'a.json', 'b.json', '--frobnicate'], 'unknown flag --frobnicate (see exbench --help'],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv, env)).toThrow(ConfigurationError);
    expect(() => parseCliArgs(argv, env)).toThrow(message);
  });

  it('shows help for compare --help', () => {
    expect(parseCliArgs(['compare', '--help'], env)).toEqual({ command: 'help' });
  });
});

describe('parseCliArgs: an unquoted glob', () => {
  it('refuses benchmark files among the models, saying to quote the glob', () => {
    // What `exbench ollama-bench qwen mmlu/*.csv` becomes once the shell has expanded the glob.
    expect(() => parseCliArgs(['ollama-bench', 'qwen', 'mmlu/a.csv', 'mmlu/b.csv'], env)).toThrow(
      /"mmlu\/a\.csv" is a benchmark file, not a model: .*quote a glob/,
    );
  });
});

describe('parseCliArgs: ollama-bench --baseline', () => {
  it('reads the baseline and its thresholds, keeping --seed for Ollama', () => {
    const command = parseCliArgs(
      ['ollama-bench', 'qwen', 'b.yaml', '--baseline', 'base.json', '--max-slowdown', '0.2', '--seed', '3'],
      env,
    );
    expect(command).toMatchObject({
      command: 'ollama-bench',
      run: { models: ['qwen'], options: { seed: 3 } },
      baselinePath: 'base.json',
      comparison: { maxSlowdown: 0.2, seed: 1 },
    });
  });

  it('has no baseline by default', () => {
    expect(parseCliArgs(['ollama-bench', 'b.yaml'], env)).toMatchObject({
      baselinePath: null,
      comparison: { alpha: 0.05, minAccuracyDrop: 0.05, maxSlowdown: 0.1 },
    });
  });

  it('names every command in an unknown-command error and in the help', () => {
    expect(() => parseCliArgs(['bench'], env)).toThrow(
      'expected "ollama-bench", "compare", "dashboard" or "merge"',
    );
    expect(USAGE).toContain('exbench dashboard <reports or folders…> --out <dir>');
    expect(USAGE).toContain('exbench merge <reports or folders…> --out <dir>');
    expect(USAGE).toContain('exbench compare [options] <base.json> <head.json>');
    expect(USAGE).toContain('--baseline <report.json>');
  });
});

describe('parseCliArgs: ollama-bench settings', () => {
  function usageError(argv: string[]): string {
    try {
      parseCliArgs(['ollama-bench', ...argv], env);
    } catch (error: unknown) {
      expect(error).toBeInstanceOf(ConfigurationError);
      return (error as Error).message;
    }
    throw new Error(`expected a usage error for ${JSON.stringify(argv)}`);
  }

  it('serves metrics on 127.0.0.1 unless --metrics-host says otherwise, and nowhere without a port', () => {
    expect(parseCliArgs(['ollama-bench', 'b.yaml'], env)).toMatchObject({ metrics: null });
    expect(parseCliArgs(['ollama-bench', 'b.yaml', '--metrics-port', '9464'], env)).toMatchObject({
      metrics: { host: '127.0.0.1', port: 9464 },
    });
    expect(
      parseCliArgs(['ollama-bench', 'b.yaml', '--metrics-port', '0', '--metrics-host', '0.0.0.0'], env),
    ).toMatchObject({ metrics: { host: '0.0.0.0', port: 0 } });
  });

  it.each([
    [['--metrics-port', '70000'], '--metrics-port: "70000" is not a port number from 0 to 65535'],
    [['--metrics-port', '94a'], '--metrics-port: "94a" is not a port number from 0 to 65535'],
    [['--metrics-host', '0.0.0.0'], '--metrics-host 0.0.0.0 needs --metrics-port <port>'],
  ])('refuses metrics flags %j naming the flag', (flags, message) => {
    expect(usageError(['b.yaml', ...flags])).toContain(message);
  });

  it('reads the sandbox tier and a memory size in powers of 1024', () => {
    expect(
      parseCliArgs(['ollama-bench', 'b.yaml', '--sandbox', 'Process', '--memory', '512M'], env),
    ).toMatchObject({ run: { sandbox: 'process', memoryBytes: 512 * 1024 ** 2 } });
  });

  it('reads every run setting from its flag', () => {
    const command = parseCliArgs(
      [
        'ollama-bench',
        'qwen',
        'b.yaml',
        '--no-pull',
        '--no-warmup',
        '--overlap',
        '--code-concurrency',
        '2',
        '--concurrency',
        '4',
        '--retries',
        '5',
        '--timeout',
        '2.5',
        '--max-output',
        '4096',
        '--temperature',
        '0',
        '--num-ctx',
        '4096',
        '--option',
        'top_p=0.9',
        '--option',
        'stop=["```"]',
      ],
      env,
    );
    expect(command).toMatchObject({
      run: {
        models: ['qwen'],
        pull: false,
        warmup: false,
        overlap: true,
        evaluationConcurrency: 2,
        requestConcurrency: 4,
        retry: { attempts: 5 },
        codeTimeoutMs: 2500,
        maxOutputBytes: 4096,
        options: { temperature: 0, num_ctx: 4096, top_p: 0.9, stop: ['```'] },
      },
    });
  });

  it('refuses a timeout the sandbox cannot wait for, with the bound the action gives', () => {
    expect(usageError(['b.yaml', '--timeout', '3000000'])).toBe(
      '--timeout: "3000000" is more than the longest time limit, 2147483 seconds (about 24 days).',
    );
    expect(usageError(['b.yaml', '--timeout', '0'])).toBe(
      '--timeout: "0" is not a positive number of seconds (e.g. 10 or 2.5).',
    );
  });

  it.each(['1e20', '0', '1.5', '268435457'])('refuses --max-output %s, naming the bounds', (value) => {
    expect(usageError(['b.yaml', '--max-output', value])).toBe(
      `--max-output: "${value}" is not a whole number of bytes from 1 to 268435456 (e.g. 1048576).`,
    );
  });

  it('judges --option values by the rules of the options input, naming the flag', () => {
    expect(usageError(['b.yaml', '--option', 'num_ctx=abc'])).toMatch(
      /^--option: num_ctx: .*number.* \(got "abc"\)\.$/,
    );
    expect(usageError(['b.yaml', '--num-ctx', '0'])).toBe('--num-ctx: expected more than 0 (got 0).');
    expect(usageError(['b.yaml', '--temperature=-1'])).toBe('--temperature: expected at least 0 (got -1).');
  });

  it('reads a comma-separated option value as a sweep, and --repeat and --fixed-seed', () => {
    const command = parseCliArgs(
      [
        'ollama-bench',
        'b.yaml',
        '--temperature',
        '0,0.5,1',
        '--option',
        'top_p=0.9,1.0',
        '--option',
        'stop=a,b',
        '--seed',
        '7',
        '--repeat',
        '5',
        '--fixed-seed',
      ],
      env,
    );
    if (command.command !== 'ollama-bench') throw new Error('expected ollama-bench');
    expect(command.run).toMatchObject({
      sweep: { temperature: [0, 0.5, 1], top_p: [0.9, 1] },
      options: { seed: 7, stop: 'a,b' },
      repeat: 5,
      fixedSeed: true,
    });
    expect(command.run.options).not.toHaveProperty('temperature');
  });

  it('leaves repeat to the file and keeps the seed varying by default', () => {
    const command = parseCliArgs(['ollama-bench', 'b.yaml'], env);
    if (command.command !== 'ollama-bench') throw new Error('expected ollama-bench');
    expect(command.run.repeat).toBeUndefined();
    expect(command.run.fixedSeed).toBe(false);
    expect(command.run.sweep).toEqual({});
  });

  it('names the flag of a swept value the option does not take', () => {
    expect(usageError(['b.yaml', '--temperature', '0,-1'])).toMatch(
      /^--temperature: -1 is not a value temperature takes \(/,
    );
    expect(usageError(['b.yaml', '--repeat', '0'])).toContain(
      '--repeat: "0" is not a whole number from 1 to 1000',
    );
  });

  it('refuses an empty model name instead of pulling it', () => {
    expect(usageError(['', 'b.yaml'])).toBe(
      'model argument: "" is not a model name (e.g. qwen2.5-coder:1.5b).',
    );
  });

  it.each([
    [['--code-concurrency', '0'], '--code-concurrency: "0" is not a whole number from 1 to 1024'],
    [['--concurrency', '65'], '--concurrency: "65" is not a whole number from 1 to 64'],
    [['--retries', '2.5'], '--retries: "2.5" is not a whole number from 1 to 10'],
    [['--option', 'top_p'], '--option "top_p": expected key=value'],
    [['--sandbox', 'docker'], '--sandbox: "docker" is not one of auto, namespace or process'],
    [['--memory', '10M'], '--memory: "10M" is not a memory size of at least 64M'],
  ])('refuses %j naming the flag', (flags, message) => {
    expect(usageError(['b.yaml', ...flags])).toContain(message);
  });
});

describe('parseCliArgs server limits', () => {
  const bench = (flags: string[]) => parseCliArgs(['ollama-bench', ...flags, 'b.yaml'], {});

  it('reads the server deadlines and the server wait in seconds, with their defaults', () => {
    const parsed = bench(['--request-timeout', '900', '--idle-timeout', '0.5', '--server-wait', '30']);
    expect(parsed).toMatchObject({
      run: {
        serverDeadlines: { connectMs: 10_000, requestMs: 900_000, idleMs: 500 },
        serverWaitMs: 30_000,
      },
    });
  });

  it('names the flag and what it expects for a bad value', () => {
    expect(() => bench(['--connect-timeout', 'soon'])).toThrow(
      '--connect-timeout: "soon" is not a positive number of seconds (e.g. 10 or 2.5).',
    );
    expect(() => bench(['--server-wait', '9999999'])).toThrow(
      /^--server-wait: "9999999" is more than the longest time limit/,
    );
  });
});

describe('flags exbench does not know or cannot read', () => {
  const bench = (flags: string[]) => () => parseCliArgs(['ollama-bench', ...flags, 'b.yaml'], {});

  it('names an unknown flag and points to the help, in its own words', () => {
    expect(bench(['--bogus'])).toThrow(
      new ConfigurationError('unknown flag --bogus (see exbench --help for the flags it takes)'),
    );
    expect(() => parseCliArgs(['compare', 'a.json', 'b.json', '--bogus=1'], {})).toThrow(
      'unknown flag --bogus (see exbench --help',
    );
  });

  it('reads a negative number after a flag as its value, and judges it like any value', () => {
    expect(bench(['--temperature', '-1'])).toThrow(/^--temperature: .*-1/);
    expect(bench(['--temperature', '-1'])).not.toThrow(/ambiguous/);
  });

  it('names a flag whose value is missing or is another flag', () => {
    expect(bench(['--temperature', '--verbose'])).toThrow(
      /^--temperature needs a value: --temperature <value>, got the flag --verbose instead.*\(see exbench --help\)$/,
    );
    expect(() => parseCliArgs(['ollama-bench', 'b.yaml', '--temperature'], {})).toThrow(
      '--temperature needs a value: --temperature <value> (see exbench --help)',
    );
  });

  it('refuses a value given to a switch', () => {
    expect(bench(['--verbose=yes'])).toThrow('--verbose is a switch and takes no value; drop "=yes"');
  });
});

describe('--models', () => {
  it('takes all with include and exclude patterns', () => {
    const command = parseCliArgs(
      [
        'ollama-bench',
        '--models',
        'all',
        '--include',
        'qwen*',
        '--include',
        'llama*',
        '--exclude',
        '*:70b',
        'b.yaml',
      ],
      {},
    );
    expect(command).toMatchObject({
      run: { models: ['all'], include: ['qwen*', 'llama*'], exclude: ['*:70b'] },
    });
  });

  it('refuses models given both as arguments and as --models', () => {
    expect(() => parseCliArgs(['ollama-bench', '--models', 'all', 'llama3.2', 'b.yaml'], {})).toThrow(
      /models given twice/,
    );
  });

  it('reads --show-failures as all or a count, and refuses anything else naming the flag', () => {
    expect(parseCliArgs(['ollama-bench', '--show-failures', 'all', 'b.yaml'], {})).toMatchObject({
      run: { showFailures: 'all' },
    });
    expect(parseCliArgs(['ollama-bench', '--show-failures', '12', 'b.yaml'], {})).toMatchObject({
      run: { showFailures: 12 },
    });
    expect(() => parseCliArgs(['ollama-bench', '--show-failures', 'some', 'b.yaml'], {})).toThrow(
      /--show-failures/,
    );
  });
});

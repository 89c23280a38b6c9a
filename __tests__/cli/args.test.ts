import { describe, expect, it } from '@jest/globals';
import { parseCliArgs, USAGE } from '../../src/cli/args.js';
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
      comparison: { alpha: 0.01, minAccuracyDrop: 0.1, maxSlowdown: 0.25, seed: 42 },
      json: true,
    });
  });

  it('leaves thresholds not given to the defaults', () => {
    expect(parseCliArgs(['compare', 'a.json', 'b.json'], env)).toEqual({
      command: 'compare',
      basePath: 'a.json',
      headPath: 'b.json',
      comparison: {},
      json: false,
    });
  });

  it.each([
    [['compare', 'a.json'], 'compare takes exactly two reports, <base.json> <head.json>; got 1'],
    [['compare', 'a.json', 'b.json', 'c.json'], 'got 3'],
    [['compare', 'a.json', 'b.json', '--alpha', '1'], '--alpha "1": expected a number between 0 and 1'],
    [['compare', 'a.json', 'b.json', '--alpha', 'x'], '--alpha "x"'],
    [
      ['compare', 'a.json', 'b.json', '--min-accuracy-drop', '5'],
      '--min-accuracy-drop "5": expected a number from 0 to 1',
    ],
    [['compare', 'a.json', 'b.json', '--max-slowdown=-0.1'], '--max-slowdown "-0.1": expected a number ≥ 0'],
    [['compare', 'a.json', 'b.json', '--seed', '1.5'], '--seed "1.5": expected a whole number'],
    [['compare', 'a.json', 'b.json', '--frobnicate'], "Unknown option '--frobnicate'"],
  ])('rejects %j as a usage error', (argv, message) => {
    expect(() => parseCliArgs(argv, env)).toThrow(ConfigurationError);
    expect(() => parseCliArgs(argv, env)).toThrow(message);
  });

  it('shows help for compare --help', () => {
    expect(parseCliArgs(['compare', '--help'], env)).toEqual({ command: 'help' });
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
      models: ['qwen'],
      baselinePath: 'base.json',
      comparison: { maxSlowdown: 0.2 },
      optionOverrides: { seed: 3 },
    });
  });

  it('has no baseline by default', () => {
    expect(parseCliArgs(['ollama-bench', 'b.yaml'], env)).toMatchObject({
      baselinePath: null,
      comparison: {},
    });
  });

  it('names both commands in an unknown-command error and in the help', () => {
    expect(() => parseCliArgs(['bench'], env)).toThrow('expected "ollama-bench" or "compare"');
    expect(USAGE).toContain('exbench compare [options] <base.json> <head.json>');
    expect(USAGE).toContain('--baseline <report.json>');
  });
});

describe('parseCliArgs server limits', () => {
  const bench = (flags: string[]) => parseCliArgs(['ollama-bench', ...flags, 'b.yaml'], {});

  it('reads the server deadlines and the server wait in seconds, with their defaults', () => {
    const parsed = bench(['--request-timeout', '900', '--idle-timeout', '0.5', '--server-wait', '30']);
    expect(parsed).toMatchObject({
      serverDeadlines: { connectMs: 10_000, requestMs: 900_000, idleMs: 500 },
      serverWaitMs: 30_000,
    });
  });

  it('names the flag and what it expects for a bad value', () => {
    expect(() => bench(['--connect-timeout', 'soon'])).toThrow(
      '--connect-timeout "soon": expected a number ≥ 0.001',
    );
    expect(() => bench(['--server-wait', '9999999'])).toThrow(/^--server-wait "9999999": expected at most/);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readRegressionInputs } from '../../src/action/regression-inputs.js';
import { ConfigurationError } from '../../src/errors.js';

/** Sets only these inputs, the way the runner does: `INPUT_<NAME>` upper-cased, dashes kept. */
function read(inputs: Record<string, string>, eventName = 'pull_request') {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  return readRegressionInputs(eventName);
}

function inputError(inputs: Record<string, string>): string {
  try {
    read(inputs);
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error(`expected a ConfigurationError for ${JSON.stringify(inputs)}`);
}

describe('readRegressionInputs', () => {
  let saved: NodeJS.ProcessEnv;

  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    process.env = saved;
  });

  it('compares nothing by default, with the documented thresholds', () => {
    expect(read({})).toEqual({
      baseline: { kind: 'none' },
      alpha: 0.05,
      minAccuracyDrop: 0.05,
      maxSlowdown: 0.1,
      failOnRegression: true,
    });
  });

  it('reads auto, whatever its case, and files or globs one per line', () => {
    expect(read({ baseline: ' Auto ' }).baseline).toEqual({ kind: 'auto' });
    expect(read({ baseline: 'base/a.json\n\n  reports/*.json  \n' }).baseline).toEqual({
      kind: 'files',
      patterns: ['base/a.json', 'reports/*.json'],
    });
  });

  it('fails on regression by default only for pull request events', () => {
    expect(read({}, 'pull_request').failOnRegression).toBe(true);
    expect(read({}, 'pull_request_target').failOnRegression).toBe(true);
    expect(read({}, 'push').failOnRegression).toBe(false);
    expect(read({}, 'workflow_dispatch').failOnRegression).toBe(false);
    expect(read({ 'fail-on-regression': 'true' }, 'push').failOnRegression).toBe(true);
    expect(read({ 'fail-on-regression': 'False' }, 'pull_request').failOnRegression).toBe(false);
  });

  it('reads the thresholds as fractions', () => {
    expect(read({ alpha: '0.01', 'min-accuracy-drop': '0', 'max-slowdown': '0.25' })).toMatchObject({
      alpha: 0.01,
      minAccuracyDrop: 0,
      maxSlowdown: 0.25,
    });
  });

  it('names the input and echoes the value it cannot use', () => {
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
    expect(inputError({ baseline: 'auto\nbase.json' })).toMatch(
      /^Input "baseline": "auto" cannot be combined with report files/,
    );
  });
});

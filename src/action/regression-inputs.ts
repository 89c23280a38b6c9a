import * as core from '@actions/core';
import { BASELINE_AUTO, INPUTS } from '../constants.js';
import { DEFAULT_COMPARISON_OPTIONS } from '../core/regression/compare-reports.js';
import { ConfigurationError } from '../errors.js';

/** Where the reports to compare with come from. */
export type BaselineSource =
  | { kind: 'none' }
  /** The newest successful run of this workflow on the pull request's base branch. */
  | { kind: 'auto' }
  /** Report files or globs, one per line as given. */
  | { kind: 'files'; patterns: string[] };

/** The regression gate's inputs, read once and checked (kept apart from inputs.ts, which reads the rest). */
export interface RegressionSettings {
  baseline: BaselineSource;
  alpha: number;
  minAccuracyDrop: number;
  maxSlowdown: number;
  failOnRegression: boolean;
}

/** Events on which `fail-on-regression` defaults to true: the ones that gate a merge. */
const GATING_EVENTS = new Set(['pull_request', 'pull_request_target']);

/**
 * Reads `baseline`, `alpha`, `min-accuracy-drop`, `max-slowdown` and `fail-on-regression`. An empty
 * `fail-on-regression` means true on pull request events (`eventName`) and false otherwise. Every
 * error is a ConfigurationError that names the input and echoes its value.
 */
export function readRegressionInputs(eventName: string): RegressionSettings {
  return {
    baseline: baselineSource(core.getInput(INPUTS.baseline)),
    alpha: fraction(INPUTS.alpha, DEFAULT_COMPARISON_OPTIONS.alpha, { allowZero: false }),
    minAccuracyDrop: fraction(INPUTS.minAccuracyDrop, DEFAULT_COMPARISON_OPTIONS.minAccuracyDrop, {
      allowZero: true,
    }),
    maxSlowdown: slowdown(core.getInput(INPUTS.maxSlowdown)),
    failOnRegression: failOnRegression(core.getInput(INPUTS.failOnRegression), eventName),
  };
}

function baselineSource(value: string): BaselineSource {
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length === 0) return { kind: 'none' };
  if (lines.some((line) => line.toLowerCase() === BASELINE_AUTO)) {
    if (lines.length > 1) {
      throw new ConfigurationError(
        `Input "${INPUTS.baseline}": "${BASELINE_AUTO}" cannot be combined with report files (got ${JSON.stringify(value)}).`,
      );
    }
    return { kind: 'auto' };
  }
  return { kind: 'files', patterns: lines };
}

/** A number in (0, 1], or [0, 1] with `allowZero`. */
function fraction(name: string, fallback: number, { allowZero }: { allowZero: boolean }): number {
  const value = core.getInput(name);
  if (value === '') return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number > 1 || number < 0 || (!allowZero && number === 0)) {
    const range = allowZero ? 'from 0 to 1' : 'above 0 and at most 1';
    throw new ConfigurationError(`Input "${name}": "${value}" is not a number ${range} (e.g. ${fallback}).`);
  }
  return number;
}

function slowdown(value: string): number {
  if (value === '') return DEFAULT_COMPARISON_OPTIONS.maxSlowdown;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) {
    throw new ConfigurationError(
      `Input "${INPUTS.maxSlowdown}": "${value}" is not a fraction of 0 or more (e.g. 0.10 for 10 %).`,
    );
  }
  return number;
}

function failOnRegression(value: string, eventName: string): boolean {
  if (value === '') return GATING_EVENTS.has(eventName);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(
    `Input "${INPUTS.failOnRegression}": "${value}" is not a boolean; expected true, false or empty (true on pull requests).`,
  );
}

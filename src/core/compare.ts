import { parsePythonNumber, type PythonNumber } from '../config/python-number.js';
import type { Comparison } from './evaluators.js';

export { parsePythonNumber, type PythonNumber };

/**
 * The rule that decided a row: integers exactly, other numbers within an absolute 1e-6, text as
 * trimmed text, JSON deeply. Recorded per row so a reader knows why `3` matched `3.0000001`.
 */
export type ComparisonRule = 'exact_integer' | 'absolute_1e-6' | 'string' | 'json' | 'choice';

export type Verdict = { rule: ComparisonRule } & ({ correct: true } | { correct: false; reason: string });

/** Absolute tolerance of numeric comparison, as the predecessor used (`abs(a - b) < 1e-6`). */
export const NUMERIC_TOLERANCE = 1e-6;

/**
 * Two integers are equal only when they are the same integer, at any size (1000000008 is not
 * 1000000007). Otherwise both are read as floats and must lie within 1e-6 of each other; the same
 * infinity equals itself, NaN equals nothing.
 */
export function compareNumbers(
  got: PythonNumber,
  want: PythonNumber,
): { equal: boolean; rule: ComparisonRule } {
  if ('integer' in got && 'integer' in want)
    return { equal: got.integer === want.integer, rule: 'exact_integer' };
  const a = toFloat(got);
  const b = toFloat(want);
  const equal = !Number.isNaN(a) && !Number.isNaN(b) && (a === b || Math.abs(a - b) < NUMERIC_TOLERANCE);
  return { equal, rule: 'absolute_1e-6' };
}

/** JSON numbers: integers exactly, others within 1e-6, as for printed output. */
export function numbersEqual(a: number, b: number): boolean {
  return compareNumbers(fromNumber(a), fromNumber(b)).equal;
}

function fromNumber(value: number): PythonNumber {
  return Number.isSafeInteger(value) ? { integer: BigInt(value) } : { float: value };
}

function toFloat(value: PythonNumber): number {
  return 'integer' in value ? Number(value.integer) : value.float;
}

function numberText(value: PythonNumber): string {
  return 'integer' in value ? value.integer.toString() : String(value.float);
}

/** Compares what a row produced with what it expects; free-form rows are judged by their checks (checks.ts). */
export function compareResult(
  comparison: Exclude<Comparison, 'checks'>,
  actual: string,
  expected: unknown,
): Verdict {
  switch (comparison) {
    case 'number':
      return compareNumberOutput(actual, expected);
    case 'string':
      return compareStrings(actual, expected);
    case 'json':
      return compareJson(actual, expected);
    case 'choice':
      return compareLetters(actual, expected);
  }
}

function compareNumberOutput(actual: string, expected: unknown): Verdict {
  const want = parsePythonNumber(String(expected));
  if (want === null)
    return {
      rule: 'absolute_1e-6',
      correct: false,
      reason: `expectation ${JSON.stringify(expected)} is not a number`,
    };
  const got = parsePythonNumber(actual);
  const expectedRule: ComparisonRule = 'integer' in want ? 'exact_integer' : 'absolute_1e-6';
  if (got === null)
    return { rule: expectedRule, correct: false, reason: `output ${preview(actual)} is not a number` };
  const { equal, rule } = compareNumbers(got, want);
  return equal
    ? { rule, correct: true }
    : { rule, correct: false, reason: `got ${numberText(got)}, expected ${numberText(want)}` };
}

/**
 * Trimmed text must match. The predecessor turned numeric output into floats before comparing, so
 * its files expect `3.0` where Python prints `3`: two numeric strings compare as numbers, by the
 * same rules as the numeric evaluators.
 */
function compareStrings(actual: string, expected: unknown): Verdict {
  const got = actual.trim();
  const want = String(expected).trim();
  if (got === want) return { rule: 'string', correct: true };
  const gotNumber = parsePythonNumber(got);
  const wantNumber = parsePythonNumber(want);
  if (gotNumber !== null && wantNumber !== null) {
    const { equal, rule } = compareNumbers(gotNumber, wantNumber);
    return equal
      ? { rule, correct: true }
      : { rule, correct: false, reason: `got ${preview(got)}, expected ${preview(want)}` };
  }
  return { rule: 'string', correct: false, reason: `got ${preview(got)}, expected ${preview(want)}` };
}

/** The letter chosen (see choice-answer.ts) against the right one, without case. */
function compareLetters(actual: string, expected: unknown): Verdict {
  const got = actual.trim().toUpperCase();
  const want = String(expected).trim().toUpperCase();
  return got === want
    ? { rule: 'choice', correct: true }
    : { rule: 'choice', correct: false, reason: `chose ${preview(got)}, expected ${preview(want)}` };
}

/** Parses the answer as JSON and compares deeply: key order is free, list order is kept. */
function compareJson(actual: string, expected: unknown): Verdict {
  let got: unknown;
  try {
    got = JSON.parse(actual);
  } catch (error: unknown) {
    return {
      rule: 'json',
      correct: false,
      reason: `output is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  let want = expected;
  if (typeof expected === 'string') {
    try {
      want = JSON.parse(expected);
    } catch {
      // A string expectation that is not JSON is compared as a JSON string.
    }
  }
  const difference = findDifference(got, want, '$');
  return difference === null
    ? { rule: 'json', correct: true }
    : { rule: 'json', correct: false, reason: difference };
}

/** The first place where two JSON values differ, as a JSONPath-like string, or null when equal. */
export function findDifference(got: unknown, want: unknown, path: string): string | null {
  if (Array.isArray(want)) {
    if (!Array.isArray(got)) return `${path}: expected a list, got ${kind(got)}`;
    if (got.length !== want.length) return `${path}: expected ${want.length} items, got ${got.length}`;
    for (let i = 0; i < want.length; i += 1) {
      const inner = findDifference(got[i], want[i], `${path}[${i}]`);
      if (inner) return inner;
    }
    return null;
  }
  if (want !== null && typeof want === 'object') {
    if (got === null || typeof got !== 'object' || Array.isArray(got))
      return `${path}: expected an object, got ${kind(got)}`;
    const gotRecord = got as Record<string, unknown>;
    const wantRecord = want as Record<string, unknown>;
    for (const key of Object.keys(wantRecord)) {
      if (!(key in gotRecord)) return `${path}.${key}: missing`;
      const inner = findDifference(gotRecord[key], wantRecord[key], `${path}.${key}`);
      if (inner) return inner;
    }
    const extra = Object.keys(gotRecord).find((key) => !(key in wantRecord));
    return extra === undefined ? null : `${path}.${extra}: not expected`;
  }
  if (typeof want === 'number' && typeof got === 'number') {
    return numbersEqual(got, want) ? null : `${path}: got ${got}, expected ${want}`;
  }
  return Object.is(got, want)
    ? null
    : `${path}: got ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : JSON.stringify(value);
}

function preview(text: string): string {
  const oneLine = JSON.stringify(text);
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}…"` : oneLine;
}

import type { Comparison } from './evaluators.js';

export type Verdict = { correct: true } | { correct: false; reason: string };

/** Absolute tolerance of numeric comparison, as the predecessor used; relative for large magnitudes. */
export const NUMERIC_TOLERANCE = 1e-6;

/**
 * Parses a number the way Python's `float()` does for printed output: surrounding white space,
 * `_` between digits, `inf`/`nan`. Anything else (empty, two numbers, prose) is null.
 */
export function parsePythonFloat(text: string): number | null {
  const trimmed = text.trim();
  if (/^[+-]?(inf|infinity)$/i.test(trimmed)) return trimmed.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(trimmed)) return Number.NaN;
  if (!/^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/.test(trimmed)) return null;
  return Number(trimmed.replaceAll('_', ''));
}

export function numbersEqual(a: number, b: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= Math.max(NUMERIC_TOLERANCE, 1e-9 * Math.max(Math.abs(a), Math.abs(b)));
}

/** Compares what a row produced with what it expects. */
export function compareResult(comparison: Comparison, actual: string, expected: unknown): Verdict {
  switch (comparison) {
    case 'number':
      return compareNumbers(actual, expected);
    case 'string':
      return compareStrings(actual, expected);
    case 'json':
      return compareJson(actual, expected);
  }
}

function compareNumbers(actual: string, expected: unknown): Verdict {
  const want = parsePythonFloat(String(expected));
  if (want === null)
    return { correct: false, reason: `expectation ${JSON.stringify(expected)} is not a number` };
  const got = parsePythonFloat(actual);
  if (got === null) return { correct: false, reason: `output ${preview(actual)} is not a number` };
  return numbersEqual(got, want)
    ? { correct: true }
    : { correct: false, reason: `got ${got}, expected ${want}` };
}

/**
 * Trimmed text must match. The predecessor turned numeric output into floats before comparing, so
 * its files expect `3.0` where Python prints `3`: two numeric strings compare as numbers.
 */
function compareStrings(actual: string, expected: unknown): Verdict {
  const got = actual.trim();
  const want = String(expected).trim();
  if (got === want) return { correct: true };
  const gotNumber = parsePythonFloat(got);
  const wantNumber = parsePythonFloat(want);
  if (gotNumber !== null && wantNumber !== null && numbersEqual(gotNumber, wantNumber))
    return { correct: true };
  return { correct: false, reason: `got ${preview(got)}, expected ${preview(want)}` };
}

/** Parses the answer as JSON and compares deeply: key order is free, list order is kept. */
function compareJson(actual: string, expected: unknown): Verdict {
  let got: unknown;
  try {
    got = JSON.parse(actual);
  } catch (error: unknown) {
    return {
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
  return difference === null ? { correct: true } : { correct: false, reason: difference };
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

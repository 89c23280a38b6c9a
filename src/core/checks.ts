import { compileCheckPattern, describeCheck, type Check } from '../config/checks.js';
import { extractCode, separateThinking } from './extract-code.js';
import type { RowResult } from './types.js';

export type { Check };

/** The outcome of a row's checks: the first that failed, and why, in words naming it. */
export type CheckVerdict = { passed: true } | { passed: false; check: Check['check']; reason: string };

/**
 * A free-form row's verdict: `answered` when it has no checks (nothing to judge, not counted in
 * accuracy), else passed or failed by its checks. The output is the answer as the checks read it.
 */
export function checkOutcome(
  response: string,
  checks: readonly Check[],
): Pick<RowResult, 'output' | 'correct' | 'status' | 'reason'> {
  const output = answerText(response);
  if (checks.length === 0) return { output, correct: false, status: 'answered', reason: null };
  const verdict = runChecks(response, checks);
  return verdict.passed
    ? { output, correct: true, status: 'passed', reason: null }
    : { output, correct: false, status: 'failed', reason: verdict.reason };
}

/**
 * Runs every check on a model's answer; all must pass. JSON checks read the answer's JSON block
 * (a fenced block, else the whole answer); text checks read the answer without its reasoning.
 */
export function runChecks(response: string, checks: readonly Check[]): CheckVerdict {
  for (const check of checks) {
    const failure = failureOf(check, response);
    if (failure !== null)
      return { passed: false, check: check.check, reason: `${describeCheck(check)}: ${failure}` };
  }
  return { passed: true };
}

/** Why the answer fails the check, or null when it passes. */
function failureOf(check: Check, response: string): string | null {
  switch (check.check) {
    case 'json_parse': {
      const parsed = parseJsonBlock(response);
      return 'error' in parsed ? parsed.error : null;
    }
    case 'json_keys': {
      const parsed = parseJsonBlock(response);
      if ('error' in parsed) return parsed.error;
      const { value } = parsed;
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        return `the JSON is ${Array.isArray(value) ? 'a list' : JSON.stringify(value)}, not an object with keys`;
      }
      const missing = check.keys.filter((key) => !Object.hasOwn(value, key));
      return missing.length === 0 ? null : `missing ${missing.map((key) => JSON.stringify(key)).join(', ')}`;
    }
    case 'regex':
      return compileCheckPattern(check.pattern, check.flags).test(answerText(response)) ? null : 'no match';
    case 'contains':
    case 'not_contains': {
      const fold = (text: string): string => (check.caseSensitive ? text : text.toLowerCase());
      const answer = fold(answerText(response));
      if (check.check === 'contains') {
        const absent = check.texts.filter((text) => !answer.includes(fold(text)));
        return absent.length === 0 ? null : `missing ${absent.map(quote).join(', ')}`;
      }
      const present = check.texts.filter((text) => answer.includes(fold(text)));
      return present.length === 0 ? null : `found ${present.map(quote).join(', ')}`;
    }
    case 'max_length': {
      const length = measure(answerText(response), check.unit);
      return length <= check.limit ? null : `${length} ${check.unit}, more than ${check.limit}`;
    }
  }
}

/** The answer as a reader sees it: reasoning removed, surrounding whitespace trimmed. */
function answerText(response: string): string {
  return separateThinking(response).text.trim();
}

/** Characters are Unicode code points (an emoji is one); words are runs of non-space. */
function measure(text: string, unit: 'characters' | 'words'): number {
  if (unit === 'characters') return [...text].length;
  return text.split(/\s+/).filter(Boolean).length;
}

function parseJsonBlock(response: string): { value: unknown } | { error: string } {
  const { code } = extractCode(response, ['json']);
  if (code.trim() === '') return { error: 'the answer is empty' };
  try {
    return { value: JSON.parse(code) as unknown };
  } catch (error: unknown) {
    return { error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
}

function quote(text: string): string {
  const shown = JSON.stringify(text);
  return shown.length > 60 ? `${shown.slice(0, 57)}…"` : shown;
}

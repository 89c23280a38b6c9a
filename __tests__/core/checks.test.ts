import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadRegexEngine } from '../../src/config/regex-engine.js';
import { runChecks, type Check } from '../../src/core/checks.js';

// Loaded by whoever reads a file with regex checks (readBenchmarkText); these checks are made by hand.
beforeAll(loadRegexEngine);

const jsonParse: Check = { check: 'json_parse' };
const keys = (...names: string[]): Check => ({ check: 'json_keys', keys: names });
const regex = (pattern: string, flags = ''): Check => ({ check: 'regex', pattern, flags });
const contains = (texts: string[], caseSensitive = true): Check => ({
  check: 'contains',
  texts,
  caseSensitive,
});
const notContains = (texts: string[], caseSensitive = true): Check => ({
  check: 'not_contains',
  texts,
  caseSensitive,
});
const maxLength = (limit: number, unit: 'characters' | 'words'): Check => ({
  check: 'max_length',
  limit,
  unit,
});

describe('json_parse', () => {
  it('passes JSON inside a json fence with prose around it', () => {
    expect(runChecks('Here:\n```json\n{"a": 1}\n```\nDone.', [jsonParse])).toEqual({ passed: true });
  });

  it('passes a bare JSON answer with no fence', () => {
    expect(runChecks('[1, 2, 3]', [jsonParse]).passed).toBe(true);
  });

  it('fails prose, naming the check and the parse error', () => {
    const verdict = runChecks('Sure, the answer is yes.', [jsonParse]);
    expect(verdict).toMatchObject({ passed: false, check: 'json_parse' });
    expect(!verdict.passed && verdict.reason).toMatch(/^json_parse: not valid JSON \(/);
  });

  it('reads the answer after the reasoning, not the reasoning', () => {
    expect(runChecks('<think>{not json</think>{"ok": true}', [jsonParse]).passed).toBe(true);
  });
});

describe('json_keys', () => {
  it('passes an object that has every key, extra keys allowed', () => {
    expect(
      runChecks('```json\n{"name": "Ada", "age": 36, "city": "London"}\n```', [keys('name', 'age')]),
    ).toEqual({
      passed: true,
    });
  });

  it('names each missing key', () => {
    expect(runChecks('{"name": "Ada"}', [keys('name', 'age', 'city')])).toEqual({
      passed: false,
      check: 'json_keys',
      reason: 'json_keys [name, age, city]: missing "age", "city"',
    });
  });

  it('fails a JSON list: it has no keys', () => {
    const verdict = runChecks('[{"name": "Ada"}]', [keys('name')]);
    expect(!verdict.passed && verdict.reason).toBe(
      'json_keys [name]: the JSON is a list, not an object with keys',
    );
  });

  it('fails an answer that is not JSON', () => {
    const verdict = runChecks('name: Ada', [keys('name')]);
    expect(!verdict.passed && verdict.reason).toMatch(/^json_keys \[name\]: not valid JSON/);
  });
});

describe('regex', () => {
  it('passes when the pattern is found anywhere in the answer', () => {
    expect(runChecks('The year was 1969.', [regex('\\d{4}')]).passed).toBe(true);
  });

  it('fails with the pattern and flags in the reason', () => {
    expect(runChecks('no digits here', [regex('^\\d+$', 'm')])).toEqual({
      passed: false,
      check: 'regex',
      reason: 'regex /^\\d+$/m: no match',
    });
  });

  it('honours the i flag', () => {
    expect(runChecks('PARIS', [regex('paris')]).passed).toBe(false);
    expect(runChecks('PARIS', [regex('paris', 'i')]).passed).toBe(true);
  });

  it('matches a nested-quantifier pattern against a long answer in linear time (RE2)', () => {
    // (a+)+$ backtracks exponentially in a backtracking engine; RE2 answers at once.
    expect(runChecks(`${'a'.repeat(50_000)}!`, [regex('^(a+)+$')]).passed).toBe(false);
  });
});

describe('contains and not_contains', () => {
  it('contains passes only when every text is present, and names the ones absent', () => {
    expect(runChecks('Paris is the capital of France.', [contains(['Paris', 'France'])]).passed).toBe(true);
    expect(runChecks('Paris is lovely.', [contains(['Paris', 'France', 'Seine'])])).toEqual({
      passed: false,
      check: 'contains',
      reason: 'contains "Paris", "France", "Seine": missing "France", "Seine"',
    });
  });

  it('is case-sensitive unless told otherwise', () => {
    expect(runChecks('PARIS', [contains(['Paris'])]).passed).toBe(false);
    expect(runChecks('PARIS', [contains(['Paris'], false)]).passed).toBe(true);
  });

  it('not_contains fails on any text present, naming it', () => {
    expect(runChecks('I am sorry, I cannot help.', [notContains(['Sorry', 'cannot'], false)])).toEqual({
      passed: false,
      check: 'not_contains',
      reason: 'not_contains (any case) "Sorry", "cannot": found "Sorry", "cannot"',
    });
    expect(runChecks('Here you go.', [notContains(['sorry'])]).passed).toBe(true);
  });

  it('does not look inside the reasoning', () => {
    expect(runChecks('<think>sorry, let me think</think>Answer: 4', [notContains(['sorry'])]).passed).toBe(
      true,
    );
  });
});

describe('max_length', () => {
  it('counts words as runs of non-space', () => {
    expect(runChecks('one two\n three', [maxLength(3, 'words')]).passed).toBe(true);
    expect(runChecks('one two three four', [maxLength(3, 'words')])).toEqual({
      passed: false,
      check: 'max_length',
      reason: 'max_length 3 words: 4 words, more than 3',
    });
  });

  it('counts characters as code points of the trimmed answer, an emoji as one', () => {
    expect(runChecks('  ab🙂  ', [maxLength(3, 'characters')]).passed).toBe(true);
    expect(runChecks('abcd', [maxLength(3, 'characters')]).passed).toBe(false);
  });
});

describe('several checks', () => {
  it('pass only when all pass, and the reason names the first that failed', () => {
    const checks = [jsonParse, keys('name'), maxLength(5, 'words')];
    expect(runChecks('{"name": "Ada"}', checks)).toEqual({ passed: true });
    expect(runChecks('{"name": "Ada", "bio": "a b c d e f"}', checks)).toEqual({
      passed: false,
      check: 'max_length',
      reason: 'max_length 5 words: 9 words, more than 5',
    });
    expect(runChecks('{"nom": "Ada"}', checks)).toMatchObject({ check: 'json_keys' });
  });
});

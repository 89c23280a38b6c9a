import { describe, expect, it } from '@jest/globals';
import { compareResult, parsePythonNumber } from '../../src/core/compare.js';

describe('parsePythonNumber', () => {
  it.each([
    ['10', { integer: 10n }],
    ['-3', { integer: -3n }],
    ['1_000', { integer: 1000n }],
    ['123456789012345678901234567890', { integer: 123456789012345678901234567890n }],
    [' 10.0\n', { float: 10 }],
    ['-1e3', { float: -1000 }],
    ['.5', { float: 0.5 }],
    ['inf', { float: Infinity }],
  ])('reads %j', (text, value) => expect(parsePythonNumber(text)).toEqual(value));

  it.each(['', 'ten', '1 2', '0x10', '1,5', '[1]', '1__0'])('refuses %j', (text) =>
    expect(parsePythonNumber(text)).toBeNull(),
  );
});

describe('compareResult with a number', () => {
  it('fails 1000000008 against 1000000007: integers compare exactly, at any size', () => {
    expect(compareResult('number', '1000000008\n', '1000000007')).toEqual({
      rule: 'exact_integer',
      correct: false,
      reason: 'got 1000000008, expected 1000000007',
    });
    expect(compareResult('number', '1000000007', '1000000007')).toEqual({
      rule: 'exact_integer',
      correct: true,
    });
  });

  it('tells integers past 2^53 apart, which floating point would round together', () => {
    expect(compareResult('number', '9007199254740993', '9007199254740992').correct).toBe(false);
    expect(
      compareResult('number', '123456789012345678901234567891', '123456789012345678901234567890').correct,
    ).toBe(false);
    expect(compareResult('number', '12_345', '12345')).toEqual({ rule: 'exact_integer', correct: true });
  });

  it('compares other numbers within an absolute 1e-6, as the predecessor did', () => {
    expect(compareResult('number', '10\n', '10.0')).toEqual({ rule: 'absolute_1e-6', correct: true });
    expect(compareResult('number', '0.30000000000000004', '0.3')).toEqual({
      rule: 'absolute_1e-6',
      correct: true,
    });
    expect(compareResult('number', '3.1400009', '3.14')).toEqual({ rule: 'absolute_1e-6', correct: true });
    expect(compareResult('number', '3.1400011', '3.14')).toEqual({
      rule: 'absolute_1e-6',
      correct: false,
      reason: 'got 3.1400011, expected 3.14',
    });
    // Absolute, not relative: a large float 1 away is wrong, as 1000000008 is.
    expect(compareResult('number', '1000000008.0', '1000000007').correct).toBe(false);
  });

  it('counts the same infinity as equal and NaN as equal to nothing', () => {
    expect(compareResult('number', 'inf', 'inf').correct).toBe(true);
    expect(compareResult('number', 'nan', 'nan').correct).toBe(false);
  });

  it('fails numeric output that is not one number, saying so', () => {
    expect(compareResult('number', 'The answer is 10', '10')).toEqual({
      rule: 'exact_integer',
      correct: false,
      reason: 'output "The answer is 10" is not a number',
    });
  });
});

describe('compareResult with a string', () => {
  it('compares trimmed strings, and numeric strings as numbers by the same rules', () => {
    expect(compareResult('string', 'dlrow olleh\n', 'dlrow olleh')).toEqual({
      rule: 'string',
      correct: true,
    });
    expect(compareResult('string', '3\n', '3.0')).toEqual({ rule: 'absolute_1e-6', correct: true });
    expect(compareResult('string', 'Hello', 'hello')).toMatchObject({ rule: 'string', correct: false });
  });

  it('fails 1000000008 against "1000000007" in the numeric fallback too', () => {
    expect(compareResult('string', '1000000008', '1000000007.0')).toMatchObject({
      rule: 'absolute_1e-6',
      correct: false,
    });
    expect(compareResult('string', '1000000008', '1_000_000_007')).toMatchObject({
      rule: 'exact_integer',
      correct: false,
    });
  });
});

describe('compareResult with JSON', () => {
  it('compares JSON deeply with key order free and list order kept', () => {
    expect(compareResult('json', '{"b": [1, 2], "a": "x"}', { a: 'x', b: [1, 2] })).toEqual({
      rule: 'json',
      correct: true,
    });
    expect(compareResult('json', '{"a": "x", "b": [2, 1]}', { a: 'x', b: [1, 2] })).toEqual({
      rule: 'json',
      correct: false,
      reason: '$.b[0]: got 2, expected 1',
    });
    expect(compareResult('json', '{"a": "x", "c": 1}', { a: 'x' })).toMatchObject({
      reason: '$.c: not expected',
    });
    expect(compareResult('json', '{"a": 1.0}', '{"a": 1}').correct).toBe(true);
    expect(compareResult('json', '{"n": 1000000008}', { n: 1000000007 }).correct).toBe(false);
  });

  it('fails an answer that is not JSON with the parser message', () => {
    const verdict = compareResult('json', 'speakers: Ada', { speakers: ['Ada'] });
    expect(verdict.correct).toBe(false);
    expect(!verdict.correct && verdict.reason).toMatch(/^output is not valid JSON/);
  });
});

import { describe, expect, it } from '@jest/globals';
import { compareResult, parsePythonFloat } from '../../src/core/compare.js';

describe('parsePythonFloat', () => {
  it.each([
    ['10', 10],
    [' 10.0\n', 10],
    ['-1e3', -1000],
    ['1_000', 1000],
    ['.5', 0.5],
    ['inf', Infinity],
  ])('reads %j as %d', (text, value) => expect(parsePythonFloat(text)).toBe(value));

  it.each(['', 'ten', '1 2', '0x10', '1,5', '[1]'])('refuses %j', (text) =>
    expect(parsePythonFloat(text)).toBeNull(),
  );
});

describe('compareResult', () => {
  it('counts 10 and 10.0 as equal numbers, within 1e-6', () => {
    expect(compareResult('number', '10\n', '10.0')).toEqual({ correct: true });
    expect(compareResult('number', '3.1400000001', '3.14')).toEqual({ correct: true });
    expect(compareResult('number', '3.15', '3.14')).toEqual({
      correct: false,
      reason: 'got 3.15, expected 3.14',
    });
  });

  it('fails numeric output that is not one number, saying so', () => {
    expect(compareResult('number', 'The answer is 10', '10')).toEqual({
      correct: false,
      reason: 'output "The answer is 10" is not a number',
    });
  });

  it('compares trimmed strings, and numeric strings as numbers like the predecessor', () => {
    expect(compareResult('string', 'dlrow olleh\n', 'dlrow olleh')).toEqual({ correct: true });
    expect(compareResult('string', '3\n', '3.0')).toEqual({ correct: true });
    expect(compareResult('string', 'Hello', 'hello').correct).toBe(false);
  });

  it('compares JSON deeply with key order free and list order kept', () => {
    expect(compareResult('json', '{"b": [1, 2], "a": "x"}', { a: 'x', b: [1, 2] })).toEqual({
      correct: true,
    });
    expect(compareResult('json', '{"a": "x", "b": [2, 1]}', { a: 'x', b: [1, 2] })).toEqual({
      correct: false,
      reason: '$.b[0]: got 2, expected 1',
    });
    expect(compareResult('json', '{"a": "x", "c": 1}', { a: 'x' })).toEqual({
      correct: false,
      reason: '$.c: not expected',
    });
    expect(compareResult('json', '{"a": 1.0}', '{"a": 1}')).toEqual({ correct: true });
  });

  it('fails an answer that is not JSON with the parser message', () => {
    const verdict = compareResult('json', 'speakers: Ada', { speakers: ['Ada'] });
    expect(verdict.correct).toBe(false);
    expect(!verdict.correct && verdict.reason).toMatch(/^output is not valid JSON/);
  });
});

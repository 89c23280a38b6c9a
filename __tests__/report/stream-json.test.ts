import { describe, expect, it } from '@jest/globals';
import { streamJson } from '../../src/report/stream-json.js';

describe('streamJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, in pieces', () => {
    const value = {
      a: [1, { b: 'x\n"y"', c: [], d: {} }, null],
      skipped: undefined,
      models: [{ results: [{ deep: { deeper: { deepest: [1, 2] } } }], n: 1.5 }],
      e: true,
    };
    const pieces = [...streamJson(value)];
    expect(pieces.join('')).toBe(JSON.stringify(value, null, 2));
    expect(pieces.length).toBeGreaterThan(10);
  });
});

describe('streamJson with lazy arrays', () => {
  it('writes a lazy array with the items its function yields, as if they had been there', () => {
    const results: unknown[] = [];
    const empty: unknown[] = [];
    const value = { models: [{ results, n: 1 }], other: empty };
    const lazy = new Map<readonly unknown[], () => Iterable<unknown>>([
      [results, () => [{ a: 1 }, undefined, [2]]],
      [empty, () => []],
    ]);
    const text = [...streamJson(value, 2, 4, lazy)].join('');
    expect(text).toBe(
      JSON.stringify({ models: [{ results: [{ a: 1 }, null, [2]], n: 1 }], other: [] }, null, 2),
    );
  });
});

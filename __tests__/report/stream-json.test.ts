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

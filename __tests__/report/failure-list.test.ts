import { describe, expect, it } from '@jest/globals';
import type { ModelRun, RowResult } from '../../src/core/types.js';
import { failureListLines } from '../../src/report/failure-list.js';
import { failedRow, modelRun, rowResult } from '../support/run-factory.js';

function failing(index: number, reason: string, status: RowResult['status'] = 'failed'): RowResult {
  return failedRow(index, reason, { line: 10 + index, status });
}

const passing = rowResult({ index: 0 });

const model = (rows: RowResult[]): ModelRun => modelRun('qwen3:4b', rows);

const HINT = 'see them all with --show-failures all';

describe('failureListLines', () => {
  it('lists the first rows that did not pass with index, YAML line and reason, and says how many more', () => {
    const rows = [passing, ...[1, 2, 3, 4].map((i) => failing(i, `got ${i}, expected 0`))];
    expect(failureListLines(model(rows), 2, HINT)).toEqual([
      'qwen3:4b: 4 of 5 rows did not pass:',
      '  row 1 (line 11): failed — got 1, expected 0',
      '  row 2 (line 12): failed — got 2, expected 0',
      `  … and 2 more (${HINT})`,
    ]);
    expect(failureListLines(model(rows), 'all', HINT)).toHaveLength(5);
  });

  it('counts results, not rows, when rows were repeated, and says which repeat failed', () => {
    const rows = [
      { ...rowResult({ index: 1 }), repeat: 1 },
      { ...failing(1, 'got 3, expected 2'), repeat: 2 },
    ];
    expect(failureListLines(model(rows), 5, HINT)).toEqual([
      'qwen3:4b: 1 of 2 results (rows × repeats) did not pass:',
      '  row 1, repeat 2 (line 11): failed — got 3, expected 2',
    ]);
  });

  it('does not say a status twice when the reason starts with it', () => {
    const [, line] = failureListLines(model([failing(1, 'timed out after 1 s', 'timed_out')]), 5, HINT);
    expect(line).toBe('  row 1 (line 11): timed out after 1 s');
  });

  it('says nothing when every row passed', () => {
    expect(failureListLines(model([passing]), 5, HINT)).toEqual([]);
  });

  it('puts a reason from the server on one line with escape sequences made harmless', () => {
    const [, line] = failureListLines(
      model([failing(1, 'Traceback\n  boom \x1b[2J\x1b]0;pwned\x07', 'errored')]),
      5,
      HINT,
    );
    expect([...(line ?? '')].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)).toBe(false);
    expect(line).toContain('row 1 (line 11): errored — Traceback boom');
  });

  it('cuts a long reason', () => {
    const [, line] = failureListLines(model([failing(1, 'x'.repeat(1000))]), 5, HINT);
    expect(line?.length).toBeLessThan(220);
  });
});

import { describe, expect, it } from '@jest/globals';
import stringWidth from 'string-width';
import { compareReports } from '../../src/core/regression/compare-reports.js';
import { renderComparisonText } from '../../src/report/comparison-text.js';
import { model, report, spread, type RowSpec } from '../support/report-factory.js';

function rows(n: number): RowSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    correct: true,
    tokensPerSecond: spread(50, i, n),
    ttftMs: spread(120, i, n),
    totalMs: spread(2000, i, n),
  }));
}

/** Where each column starts on a line, in terminal columns: after a run of two or more spaces. */
function columnStarts(line: string): number[] {
  const starts = [0];
  for (const match of line.matchAll(/ {2,}(?=\S)/g)) {
    starts.push(stringWidth(line.slice(0, (match.index ?? 0) + match[0].length)));
  }
  return starts;
}

describe('renderComparisonText', () => {
  it('starts every column under its header, with a wide model name too', () => {
    const slower = rows(8).map((row) => ({ ...row, tokensPerSecond: (row.tokensPerSecond ?? 0) / 2 }));
    const comparison = compareReports(
      report([model('qwen', rows(8)), model('模型🦙', rows(8))]),
      report([model('qwen', slower), model('模型🦙', rows(8))]),
    );
    const [header, rule, ...table] = renderComparisonText(comparison, 'base.json').split('\n').slice(2, 6);
    const starts = columnStarts(header ?? '');
    expect(starts).toHaveLength(5);
    for (const line of [rule, ...table]) expect(columnStarts(line ?? '')).toEqual(starts);
  });

  it('says why a figure was shown but not judged, once per model, not only in the JSON', () => {
    const few = compareReports(report([model('qwen', rows(3))]), report([model('qwen', rows(3))]));
    const text = renderComparisonText(few, 'base.json');
    expect(text).toContain('qwen: not judged: fewer than 5 answered rows on a side');
    expect(text.match(/not judged: fewer than 5/g)).toHaveLength(1);

    const enough = compareReports(report([model('qwen', rows(8))]), report([model('qwen', rows(8))]));
    expect(renderComparisonText(enough, 'base.json')).not.toContain('not judged:');
  });
});

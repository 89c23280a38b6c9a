import { describe, expect, it } from '@jest/globals';
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

describe('renderComparisonText', () => {
  it('says why a figure was shown but not judged, once per model, not only in the JSON', () => {
    const few = compareReports(report([model('qwen', rows(3))]), report([model('qwen', rows(3))]));
    const text = renderComparisonText(few, 'base.json');
    expect(text).toContain('qwen: not judged: fewer than 5 answered rows on a side');
    expect(text.match(/not judged: fewer than 5/g)).toHaveLength(1);

    const enough = compareReports(report([model('qwen', rows(8))]), report([model('qwen', rows(8))]));
    expect(renderComparisonText(enough, 'base.json')).not.toContain('not judged:');
  });
});

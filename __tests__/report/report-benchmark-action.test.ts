import { describe, expect, it } from '@jest/globals';
import { benchmarkActionEntries } from '../../src/report/report-benchmark-action.js';
import { fullReport } from '../support/full-report.js';

describe('benchmarkActionEntries', () => {
  const report = fullReport([
    {
      name: 'qwen2.5-coder:1.5b',
      rows: [
        { status: 'passed', tokensPerSecond: 40, ttftMs: 100, totalMs: 900 },
        { status: 'passed', tokensPerSecond: 50, ttftMs: 120, totalMs: 1100 },
        { status: 'failed', tokensPerSecond: 60, ttftMs: 140, totalMs: 1300 },
        { status: 'not_run' },
      ],
    },
    { name: 'gone:1b', status: 'unavailable', error: 'pull failed' },
  ]);

  it('charts accuracy and decode speed as bigger-is-better, with the fields the action reads', () => {
    expect(benchmarkActionEntries(report).biggerIsBetter).toEqual([
      {
        name: 'Simple Math · qwen2.5-coder:1.5b · accuracy',
        unit: '%',
        value: 66.667,
        extra: '2 of 3 rows passed',
      },
      {
        name: 'Simple Math · qwen2.5-coder:1.5b · decode speed',
        unit: 'tokens/s',
        value: 50,
        range: '40 – 60',
        extra: 'median of 3 rows; p95 59',
      },
    ]);
  });

  it('charts the times as smaller-is-better', () => {
    expect(benchmarkActionEntries(report).smallerIsBetter.map((e) => [e.name, e.unit, e.value])).toEqual([
      ['Simple Math · qwen2.5-coder:1.5b · time to first token', 'ms', 120],
      ['Simple Math · qwen2.5-coder:1.5b · total time per row', 'ms', 1100],
      ['Simple Math · qwen2.5-coder:1.5b · warm-up load', 'ms', 1500],
    ]);
  });

  it('gives a model that never answered no entry instead of a 0 that would chart as a collapse', () => {
    const { biggerIsBetter, smallerIsBetter } = benchmarkActionEntries(report);
    expect([...biggerIsBetter, ...smallerIsBetter].filter((e) => e.name.includes('gone:1b'))).toEqual([]);
    expect([...biggerIsBetter, ...smallerIsBetter].every((e) => Number.isFinite(e.value))).toBe(true);
  });
});

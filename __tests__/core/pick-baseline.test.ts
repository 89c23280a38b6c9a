import { describe, expect, it } from '@jest/globals';
import { pickBaseline } from '../../src/core/pick-baseline.js';

const candidate = (name: string, startedAt: string | null, label: string) => ({
  label,
  report: { benchmark_name: name, started_at: startedAt },
});

describe('pickBaseline', () => {
  it('picks the report of the same benchmark that started last', () => {
    const candidates = [
      candidate('Simple Math', '2025-01-02T00:00:00.000Z', 'older'),
      candidate('Simple Math', '2025-01-03T00:00:00.000Z', 'newest'),
      candidate('Other', '2025-01-04T00:00:00.000Z', 'other benchmark'),
      candidate('Simple Math', null, 'undated'),
    ];

    expect(pickBaseline(candidates, 'Simple Math')?.label).toBe('newest');
  });

  it('takes an undated report when it is the only one of that benchmark', () => {
    expect(pickBaseline([candidate('Simple Math', 'not a date', 'undated')], 'Simple Math')?.label).toBe(
      'undated',
    );
  });

  it("picks a run's whole report over the per-model reports of its folder, whatever the file order", () => {
    const started = '2025-01-03T00:00:00.000Z';
    const perModel = {
      label: 'models/a.json',
      report: { benchmark_name: 'Simple Math', started_at: started, models: [1] },
    };
    const whole = {
      label: 'run.json',
      report: { benchmark_name: 'Simple Math', started_at: started, models: [1, 2] },
    };
    expect(pickBaseline([perModel, whole], 'Simple Math')?.label).toBe('run.json');
    expect(pickBaseline([whole, perModel], 'Simple Math')?.label).toBe('run.json');
  });

  it('gives null when no report ran the benchmark', () => {
    expect(pickBaseline([candidate('Other', null, 'x')], 'Simple Math')).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { createRunMetrics } from '../../../src/adapters/metrics/run-metrics.js';
import { parseModelRef } from '../../../src/core/model-ref.js';
import { generation } from '../../support/fakes.js';
import { modelRun, rowResult } from '../../support/run-factory.js';

const INFO = { benchmark: 'Math', exbenchVersion: '0.1.0', requestConcurrency: 1 };

/** Every sample of a metric as `labels → value`, labels written `k=v,…` in name order. */
async function values(
  metrics: ReturnType<typeof createRunMetrics>,
  name: string,
): Promise<Record<string, number>> {
  const metric = (await metrics.registry.getMetricsAsJSON()).find((m) => m.name === name);
  return Object.fromEntries(
    (metric?.values ?? []).map((v) => [
      Object.entries(v.labels)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, l]) => `${k}=${String(l)}`)
        .join(','),
      v.value,
    ]),
  );
}

describe('createRunMetrics', () => {
  it('counts the rows of a model that never started (unavailable) as the report does', async () => {
    const metrics = createRunMetrics(INFO, new Date(0));
    const down = modelRun(
      'big:70b',
      [
        rowResult({ status: 'errored', errorKind: 'server' }),
        rowResult({ status: 'errored', errorKind: 'server' }),
      ],
      {
        status: 'unavailable',
      },
    );
    metrics.observer.modelFinished?.(down);
    expect(await values(metrics, 'exbench_rows_finished_total')).toEqual({
      'error_kind=server,model=big:70b,status=errored,variant=': 2,
    });
    expect(await values(metrics, 'exbench_rows_total')).toEqual({ 'model=big:70b,variant=': 2 });
  });

  it('does not count a started model’s rows twice when it finishes, and keeps variants apart', async () => {
    const metrics = createRunMetrics(INFO, new Date(0));
    const ref = {
      ...parseModelRef('qwen'),
      variant: { name: 'temperature=0.5', options: { temperature: 0.5 } },
    };
    metrics.observer.modelStarted?.(ref, 3);
    const answered = rowResult({
      generation: generation({ timeToFirstTokenMs: 250, evalCount: 100, evalDurationNs: 2e9 }),
    });
    metrics.observer.rowFinished?.(ref, answered);
    metrics.observer.modelFinished?.({ ...modelRun('qwen', [answered]), ref });
    expect(await values(metrics, 'exbench_rows_done')).toEqual({ 'model=qwen,variant=temperature=0.5': 1 });
    expect(await values(metrics, 'exbench_rows_total')).toEqual({ 'model=qwen,variant=temperature=0.5': 3 });
    const ttft = await values(metrics, 'exbench_time_to_first_token_seconds');
    expect(ttft['le=0.25,model=qwen,variant=temperature=0.5']).toBe(1);
    expect(ttft['le=0.1,model=qwen,variant=temperature=0.5']).toBe(0);
    const decode = await values(metrics, 'exbench_decode_tokens_per_second');
    expect(decode['le=50,model=qwen,variant=temperature=0.5']).toBe(1);
    expect(decode['le=30,model=qwen,variant=temperature=0.5']).toBe(0);
  });
});

import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { decodeTokensPerSecond } from '../../core/aggregate.js';
import type { ModelRef } from '../../core/model-ref.js';
import type { ModelRun, RowResult, RunObserver } from '../../core/types.js';

/**
 * Time to first token, in seconds: from a warm small model on a GPU (tens of ms) to a long prompt on
 * a CPU runner (tens of seconds).
 */
export const TIME_TO_FIRST_TOKEN_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
/** Decode tokens/s: a large model on a CPU (a few) to a small one on a GPU (a few hundred). */
export const DECODE_TOKENS_PER_SECOND_BUCKETS = [1, 2, 5, 10, 20, 30, 50, 75, 100, 150, 200, 300, 500];

/** What the run info gauge says about the run. */
export interface RunInfo {
  benchmark: string;
  exbenchVersion: string;
  requestConcurrency: number;
}

export interface RunMetrics {
  /** Its own registry, not prom-client's global one, so nothing else's metrics leak in. */
  registry: Registry;
  /** Feeds the metrics from the engine's events. */
  observer: RunObserver;
}

/** `error_kind` of a row without an error. */
const NO_ERROR = 'none';

/**
 * The run's metrics, fed by its observer: rows finished by model, variant, status and error kind
 * (`server` for a server fault, which says nothing about the model), time to first token and decode
 * speed per answered row, and progress per model.
 */
export function createRunMetrics(info: RunInfo, startedAt: Date): RunMetrics {
  const registry = new Registry();
  const target = ['model', 'variant'] as const;
  const rowsFinished = new Counter({
    name: 'exbench_rows_finished_total',
    help: 'Results finished (rows × repeats), by status as in the report; error_kind "server" marks rows the server failed, not the model.',
    labelNames: [...target, 'status', 'error_kind'],
    registers: [registry],
  });
  const timeToFirstToken = new Histogram({
    name: 'exbench_time_to_first_token_seconds',
    help: 'Time from sending a row’s request to its first streamed token, per answered row.',
    labelNames: target,
    buckets: TIME_TO_FIRST_TOKEN_BUCKETS,
    registers: [registry],
  });
  const decodeSpeed = new Histogram({
    name: 'exbench_decode_tokens_per_second',
    help: 'Decode speed of each answered row (as in the report: server-timed where the server times it).',
    labelNames: target,
    buckets: DECODE_TOKENS_PER_SECOND_BUCKETS,
    registers: [registry],
  });
  const rowsDone = new Gauge({
    name: 'exbench_rows_done',
    help: 'Results of a model (variant) finished so far.',
    labelNames: target,
    registers: [registry],
  });
  const rowsTotal = new Gauge({
    name: 'exbench_rows_total',
    help: 'Results a model (variant) is to give: rows × repeats.',
    labelNames: target,
    registers: [registry],
  });
  new Gauge({
    name: 'exbench_run_info',
    help: 'Always 1; the labels describe the run.',
    labelNames: ['benchmark', 'exbench_version', 'request_concurrency'],
    registers: [registry],
  }).set(
    {
      benchmark: info.benchmark,
      exbench_version: info.exbenchVersion,
      request_concurrency: String(info.requestConcurrency),
    },
    1,
  );
  new Gauge({
    name: 'exbench_run_start_time_seconds',
    help: 'When the run started, in seconds since the Unix epoch.',
    registers: [registry],
  }).set(startedAt.getTime() / 1000);

  const labelsOf = (ref: ModelRef) => ({ model: ref.spec, variant: ref.variant?.name ?? '' });
  const started = new Set<string>();
  const keyOf = (ref: ModelRef): string => `${ref.id}\u0000${ref.variant?.name ?? ''}`;
  const count = (ref: ModelRef, row: RowResult): void => {
    const labels = labelsOf(ref);
    rowsFinished.inc({ ...labels, status: row.status, error_kind: row.errorKind ?? NO_ERROR });
    rowsDone.inc(labels);
    const generation = row.generation;
    if (generation === null) return;
    if (generation.timeToFirstTokenMs !== null)
      timeToFirstToken.observe(labels, generation.timeToFirstTokenMs / 1000);
    const speed = decodeTokensPerSecond(generation);
    if (speed !== null) decodeSpeed.observe(labels, speed);
  };
  return {
    registry,
    observer: {
      modelStarted: (ref, rowCount) => {
        started.add(keyOf(ref));
        rowsTotal.set(labelsOf(ref), rowCount);
        rowsDone.set(labelsOf(ref), 0);
      },
      rowFinished: count,
      // A model that never started its rows (skipped, unavailable, interrupted before it) has its
      // rows in the report all the same; they are counted here so the totals match it.
      modelFinished: (model: ModelRun) => {
        if (started.has(keyOf(model.ref))) return;
        rowsTotal.set(labelsOf(model.ref), model.rows.length);
        rowsDone.set(labelsOf(model.ref), 0);
        for (const row of model.rows) if (row.status !== 'not_run') count(model.ref, row);
      },
    },
  };
}

import type { Generation } from '../ports.js';
import { describe, type Distribution } from './statistics.js';
import type { ModelRun, RowResult } from './types.js';

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;

/** Decode speed as Ollama defines it: generated tokens over the time spent generating them. */
export function decodeTokensPerSecond(generation: Generation): number | null {
  if (generation.evalCount <= 0 || generation.evalDurationNs <= 0) return null;
  return generation.evalCount / (generation.evalDurationNs / NS_PER_S);
}

/** Prompt processing speed; null when the server reused a cached prompt and timed nothing. */
export function prefillTokensPerSecond(generation: Generation): number | null {
  if (generation.promptEvalCount <= 0 || generation.promptEvalDurationNs <= 0) return null;
  return generation.promptEvalCount / (generation.promptEvalDurationNs / NS_PER_S);
}

export interface ModelFigures {
  rows: number;
  correct: number;
  incorrect: number;
  passed: number;
  failed: number;
  errored: number;
  timedOut: number;
  /** Rows an interruption left without a verdict: neither correct nor incorrect. */
  notRun: number;
  /** correct / rows run (not_run rows left out); null when the model ran no rows. */
  accuracy: number | null;
  /** Only rows the server answered; errored rows never enter a speed figure. */
  decodeTokensPerSecond: Distribution;
  prefillTokensPerSecond: Distribution;
  timeToFirstTokenMs: Distribution;
  totalDurationMs: Distribution;
  loadDurationMs: Distribution;
  /** Load time of the warm-up request: the cost of bringing the model into memory. */
  warmupLoadDurationMs: number | null;
}

export function modelFigures(model: ModelRun): ModelFigures {
  const rows = model.rows;
  const answered = rows.map((row) => row.generation).filter((g): g is Generation => g !== null);
  const count = (status: RowResult['status']): number => rows.filter((row) => row.status === status).length;
  const correct = rows.filter((row) => row.correct).length;
  const notRun = count('not_run');
  const run = rows.length - notRun;
  return {
    rows: rows.length,
    correct,
    incorrect: run - correct,
    passed: count('passed'),
    failed: count('failed'),
    errored: count('errored'),
    timedOut: count('timed_out'),
    notRun,
    accuracy: run === 0 ? null : correct / run,
    decodeTokensPerSecond: describe(answered.map(decodeTokensPerSecond).filter(isNumber)),
    prefillTokensPerSecond: describe(answered.map(prefillTokensPerSecond).filter(isNumber)),
    timeToFirstTokenMs: describe(answered.map((g) => g.timeToFirstTokenMs).filter(isNumber)),
    totalDurationMs: describe(
      answered.filter((g) => g.totalDurationNs > 0).map((g) => g.totalDurationNs / NS_PER_MS),
    ),
    loadDurationMs: describe(answered.map((g) => g.loadDurationNs / NS_PER_MS)),
    warmupLoadDurationMs: model.warmup ? model.warmup.loadDurationNs / NS_PER_MS : null,
  };
}

function isNumber(value: number | null): value is number {
  return value !== null;
}

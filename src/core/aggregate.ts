import type { FigureSource, Generation } from '../ports.js';
import { describe, type Distribution } from './statistics.js';
import type { ModelRun, RowResult } from './types.js';

const NS_PER_MS = 1e6;
const NS_PER_S = 1e9;
const MS_PER_S = 1e3;

/**
 * Decode speed, one definition for every engine. Server-timed (Ollama's eval_duration, llama-server's
 * predicted_ms): generated tokens over the time the server spent generating them. Client-timed (a
 * server that times nothing), as vLLM's and llmperf's benchmarks do: the tokens after the first over
 * the time from the first streamed token to the last, `(n − 1) / (t_last − t_first)`.
 */
export function decodeTokensPerSecond(generation: Generation): number | null {
  if (decodeSource(generation) === 'client') {
    const first = generation.timeToFirstTokenMs;
    const last = generation.timeToLastTokenMs ?? null;
    if (first === null || last === null || generation.evalCount < 2 || last <= first) return null;
    return (generation.evalCount - 1) / ((last - first) / MS_PER_S);
  }
  if (generation.evalCount <= 0 || generation.evalDurationNs <= 0) return null;
  return generation.evalCount / (generation.evalDurationNs / NS_PER_S);
}

/**
 * Prompt processing speed; null when the server reused a cached prompt and timed nothing.
 * Client-timed: prompt tokens over the time to the first token (which includes the network).
 */
export function prefillTokensPerSecond(generation: Generation): number | null {
  if (prefillSource(generation) === 'client') {
    const first = generation.timeToFirstTokenMs;
    if (first === null || first <= 0 || generation.promptEvalCount <= 0) return null;
    return generation.promptEvalCount / (first / MS_PER_S);
  }
  if (generation.promptEvalCount <= 0 || generation.promptEvalDurationNs <= 0) return null;
  return generation.promptEvalCount / (generation.promptEvalDurationNs / NS_PER_S);
}

export function decodeSource(generation: Generation): FigureSource {
  return generation.decodeTimedBy ?? 'server';
}

export function prefillSource(generation: Generation): FigureSource {
  return generation.prefillTimedBy ?? 'server';
}

/** Who timed a model's figures: one source, or `mixed` when its rows disagree; null with no answer. */
export type ModelFigureSource = FigureSource | 'mixed';

export interface FigureSources {
  decodeTokensPerSecond: ModelFigureSource | null;
  prefillTokensPerSecond: ModelFigureSource | null;
  /** Always the client's clock. */
  timeToFirstTokenMs: 'client';
}

export function figureSources(model: ModelRun): FigureSources {
  const answered = model.rows.map((row) => row.generation).filter((g): g is Generation => g !== null);
  const one = (of: (g: Generation) => FigureSource): ModelFigureSource | null => {
    const seen = new Set(answered.map(of));
    if (seen.size > 1) return 'mixed';
    return [...seen][0] ?? null;
  };
  return {
    decodeTokensPerSecond: one(decodeSource),
    prefillTokensPerSecond: one(prefillSource),
    timeToFirstTokenMs: 'client',
  };
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
  /** Free-form rows answered with nothing to judge (evaluator none): neither correct nor incorrect. */
  noExpectation: number;
  /** correct / rows judged (not_run and no-expectation rows left out); null when none was judged. */
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
  const noExpectation = count('answered');
  const judged = rows.length - notRun - noExpectation;
  return {
    rows: rows.length,
    correct,
    incorrect: judged - correct,
    passed: count('passed'),
    failed: count('failed'),
    errored: count('errored'),
    timedOut: count('timed_out'),
    notRun,
    noExpectation,
    accuracy: judged === 0 ? null : correct / judged,
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

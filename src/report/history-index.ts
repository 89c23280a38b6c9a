import { z } from 'zod';
import { lazily } from '../lazily.js';
import type { EnvironmentReport, Report } from './report-schema.js';
import { variantLabel } from '../core/run-targets.js';

/**
 * The index of runs kept on the history branch (`<dir>/data/index.json`): one entry per stored
 * report with what the dashboard and the comment's trend line draw, so neither has to read every
 * report. Written and read by this one schema; an index of another format is refused, not guessed.
 */
export const HISTORY_FORMAT = 'exbench-history/1';

/** Runs kept per benchmark when `max-history` is not given. */
export const DEFAULT_MAX_HISTORY = 500;

/** The index's schema, built on first use: only publishing and the site read an index. */
export const historyIndexSchema = lazily(() => {
  const HistoryModel = z.object({
    model: z.string(),
    status: z.string(),
    accuracy: z.number().nullable(),
    passed: z.number().int(),
    rows: z.number().int(),
    /** Medians over answered rows; null when no row was answered. */
    decode_tokens_per_second: z.number().nullable(),
    time_to_first_token_ms: z.number().nullable(),
  });

  const HistoryEntry = z.object({
    /** Unique within the index; also the stored report's file stem. */
    id: z.string(),
    benchmark: z.string(),
    /** The stored report, relative to the data folder. */
    report: z.string(),
    date: z.string(),
    commit: z.string().nullable(),
    ref: z.string().nullable(),
    run_url: z.string().nullable(),
    /** Runs with the same key measured on like machines; speed lines never join unlike ones. */
    machine: z.object({ key: z.string(), label: z.string() }),
    ollama_version: z.string().nullable(),
    models: z.array(HistoryModel),
  });

  return z.object({
    format: z.literal(HISTORY_FORMAT),
    entries: z.array(HistoryEntry),
  });
});

export type HistoryIndex = z.infer<ReturnType<typeof historyIndexSchema>>;
export type HistoryEntry = HistoryIndex['entries'][number];
export type HistoryModel = HistoryEntry['models'][number];

export const EMPTY_HISTORY: HistoryIndex = { format: HISTORY_FORMAT, entries: [] };

/** Where a run came from, as the publisher knows it (commit, branch, the workflow run's page). */
export interface RunOrigin {
  commit: string | null;
  ref: string | null;
  runUrl: string | null;
}

/** Parses an index read from the branch; the problem in words (with the field) when it is not one. */
export function readHistoryIndex(
  value: unknown,
): { ok: true; index: HistoryIndex } | { ok: false; problem: string } {
  const parsed = historyIndexSchema().safeParse(value);
  if (parsed.success) return { ok: true, index: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return { ok: false, problem: `${where}${issue?.message ?? 'not a history index'}` };
}

/** The index entry of one report; `id` must be unique (the publisher derives it from the date). */
export function historyEntry(report: Report, id: string, origin: RunOrigin): HistoryEntry {
  const machine = machineOf(report.environment ?? null);
  return {
    id,
    benchmark: report.benchmark_name,
    report: `runs/${id}.json`,
    date: report.started_at,
    commit: origin.commit,
    ref: origin.ref,
    run_url: origin.runUrl,
    machine,
    ollama_version: report.ollama.version,
    models: report.models
      .filter((model) => model.status !== 'skipped')
      .map((model) => {
        const rows = model.results.filter((r) => r.status !== 'not_run').length;
        return {
          // A sweep's variants are series of their own: `qwen2.5:1.5b @ temperature=0.5`.
          model: variantLabel(model.model, model.variant),
          status: model.status,
          accuracy: rows === 0 ? null : model.passed_count / rows,
          passed: model.passed_count,
          rows,
          decode_tokens_per_second: model.decode_tokens_per_second.median,
          time_to_first_token_ms: model.time_to_first_token_ms.median,
        };
      }),
  };
}

/**
 * The index with `entry` added (kept in date order) and each benchmark cut to its newest
 * `maxHistory` runs; `dropped` lists the reports of the entries cut, for the publisher to delete.
 */
export function appendToHistory(
  index: HistoryIndex,
  entry: HistoryEntry,
  maxHistory: number,
): { index: HistoryIndex; dropped: string[] } {
  const entries = [...index.entries.filter((e) => e.id !== entry.id), entry].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  const kept: HistoryEntry[] = [];
  const dropped: string[] = [];
  const counts = new Map<string, number>();
  // Newest first, so the oldest of a benchmark over the limit are the ones dropped.
  for (const e of [...entries].reverse()) {
    const seen = counts.get(e.benchmark) ?? 0;
    counts.set(e.benchmark, seen + 1);
    if (seen < maxHistory) kept.push(e);
    else dropped.push(e.report);
  }
  return { index: { format: HISTORY_FORMAT, entries: kept.reverse() }, dropped };
}

/**
 * The machine a report measured on, as a key (equal for machines whose speed compares, by the
 * fields `exbench compare` checks: OS, architecture, CPU and cores, memory to the GiB, GPUs) and a
 * short label for people.
 */
export function machineOf(environment: EnvironmentReport | null): { key: string; label: string } {
  if (environment === null) return { key: 'unknown', label: 'machine not recorded' };
  const memoryGib = Math.round(environment.memory_bytes / 2 ** 30);
  const gpus = environment.gpus.map((gpu) => gpu.name).join(' + ');
  const parts = [
    `${environment.os.platform} ${environment.arch}`,
    `${environment.cpu.model ?? 'unknown CPU'} ×${environment.cpu.cores}`,
    `${memoryGib} GiB`,
    gpus === '' ? 'no GPU' : gpus,
  ];
  const label = parts.join(' · ');
  return { key: `${label} · ${environment.os.release}`, label };
}

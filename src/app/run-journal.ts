import { createHash } from 'node:crypto';
import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { ModelRef } from '../core/model-ref.js';
import { planRun } from '../core/run-benchmark.js';
import { targetKey } from '../core/run-targets.js';
import type { ModelRun, RowResult, RunObserver, RunSettings } from '../core/types.js';
import { redactDeep, type Redact } from '../core/redact.js';
import type { RunJournal } from '../ports.js';

/*
 * The journal of a run: `<report>.jsonl` beside the report, one JSON object a line.
 *   {"kind":"header", …}                    first: what the results were run against (JournalHeader)
 *   {"kind":"result","target":…,"row":…}    each finished result (a row of a repeat), redacted
 *   {"kind":"model","target":…,…}           each finished target: status, details, warm-up
 * A target is a model, or with a sweep one variant of it (targetKey); a result is known by its
 * target, `row.repeat` and `row.index`. A result asked for again on resume (the server had failed
 * it) is written again; the last line of a result wins.
 */

export const JOURNAL_FORMAT = 'exbench-journal/1';

/** What the results of one journal share, so a resume can tell whether they still hold. */
export interface JournalHeader {
  kind: 'header';
  journal_format: string;
  /** sha256 of the benchmark's content: name, prompt, evaluator and rows (not its comments or layout). */
  benchmark_sha256: string;
  benchmark_name: string;
  benchmark_file: string;
  /** The models asked for (the file's when none was named); with `models: all`, its filters too. */
  models: string[];
  include: string[];
  exclude: string[];
  /** The options every request carries (the file's under the caller's), before a variant's. */
  options: Record<string, unknown>;
  /** Repeats and sweep (see planRun). */
  plan: { repeat: number; sweep: Record<string, unknown[]>; fixed_seed: boolean };
  /** The settings that change a result. */
  settings: {
    code_timeout_ms: number;
    max_output_bytes: number;
    memory_bytes: number;
    sandbox: string;
    shard: string | null;
  };
  started_at: string;
}

export interface ResultRecord {
  kind: 'result';
  /** targetKey of the model (and variant) the result is of. */
  target: string;
  row: RowResult;
}

export type ModelRecord = { kind: 'model'; target: string } & Omit<ModelRun, 'ref' | 'rows'>;

/** sha256 of what the rows are made from, so an edit that changes no row (a comment) still resumes. */
export function benchmarkContentHash(benchmark: BenchmarkFile): string {
  const content = {
    benchmark_name: benchmark.benchmarkName,
    base_prompt: benchmark.basePrompt,
    evaluator: benchmark.evaluator,
    rows: benchmark.rows.map((row) => ({ variables: row.variables, expectation: row.expectation })),
  };
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export function journalHeader(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  startedAt: Date,
): JournalHeader {
  const plan = planRun(benchmark, settings);
  return {
    kind: 'header',
    journal_format: JOURNAL_FORMAT,
    benchmark_sha256: benchmarkContentHash(benchmark),
    benchmark_name: benchmark.benchmarkName,
    benchmark_file: benchmark.fileName,
    models: settings.models.length > 0 ? settings.models : benchmark.models,
    include: settings.include,
    exclude: settings.exclude,
    options: settings.options,
    plan: { repeat: plan.repeat, sweep: plan.sweep, fixed_seed: plan.fixedSeed },
    settings: {
      code_timeout_ms: settings.codeTimeoutMs,
      max_output_bytes: settings.maxOutputBytes,
      memory_bytes: settings.memoryBytes,
      sandbox: settings.sandbox,
      shard: settings.shard === null ? null : `${settings.shard.index}/${settings.shard.count}`,
    },
    started_at: startedAt.toISOString(),
  };
}

/** A journal the run writes to. */
export interface OpenedJournal {
  journal: RunJournal;
  /** Results written by this run so far. */
  written(): number;
  /** Writes each finished result and target into the journal. */
  observer: RunObserver;
}

/** Writes the header of a new journal. */
export function startJournal(journal: RunJournal, header: JournalHeader, redact: Redact): OpenedJournal {
  journal.append(JSON.stringify(redactDeep(header, redact)));
  return journalWriter(journal, redact);
}

/** Appends each result as it is finished, and each target once it is done. */
export function journalWriter(journal: RunJournal, redact: Redact): OpenedJournal {
  let written = 0;
  const observer: RunObserver = {
    rowFinished: (ref: ModelRef, row: RowResult) => {
      const record: ResultRecord = { kind: 'result', target: targetKey(ref), row };
      journal.append(JSON.stringify(redactDeep(record, redact)));
      written += 1;
    },
    modelFinished: (model: ModelRun) => {
      if (model.status === 'skipped') return;
      const { ref, status, error, details, pulled, warmup, engine } = model;
      const record: ModelRecord = {
        kind: 'model',
        target: targetKey(ref),
        status,
        error,
        details,
        pulled,
        warmup,
        ...(engine ? { engine } : {}),
      };
      journal.append(JSON.stringify(redactDeep(record, redact)));
    },
  };
  return { journal, written: () => written, observer };
}

/** Tells `first` of each event, then `second`: the journal holds a result before a display shows it. */
export function bothObservers(first: RunObserver, second: RunObserver | undefined): RunObserver {
  if (second === undefined) return first;
  return {
    modelStarted: (ref, count) => {
      first.modelStarted?.(ref, count);
      second.modelStarted?.(ref, count);
    },
    rowFinished: (ref, row) => {
      first.rowFinished?.(ref, row);
      second.rowFinished?.(ref, row);
    },
    modelFinished: (model) => {
      first.modelFinished?.(model);
      second.modelFinished?.(model);
    },
  };
}

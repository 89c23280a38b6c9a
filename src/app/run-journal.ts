import { createHash } from 'node:crypto';
import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { ModelRef } from '../core/model-ref.js';
import { resultKey, rowIsDone, type PriorResults } from '../core/prior-results.js';
import { planRun } from '../core/run-benchmark.js';
import { targetKey } from '../core/run-targets.js';
import {
  ROW_STATUSES as ROW_STATUS_NAMES,
  type ModelRun,
  type RowAnswer,
  type RowResult,
  type RunObserver,
  type RunSettings,
} from '../core/types.js';
import { redactDeep, type Redact } from '../core/redact.js';
import { didNotPass } from '../core/row-verdict.js';
import { ConfigurationError } from '../errors.js';
import type { JournalEntry, RunJournal } from '../ports.js';

/*
 * The journal of a run: `<report>.jsonl` beside the report, one JSON object a line.
 *   {"kind":"header", …}                    first: what the results were run against (JournalHeader)
 *   {"kind":"answer","target":…,"answer":…} an answer waiting for its code to run (RowAnswer), redacted
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

export interface AnswerRecord {
  kind: 'answer';
  target: string;
  answer: RowAnswer;
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

/**
 * Where each result standing in a journal is, by target (targetKey) and then resultKey; the last
 * line of a result wins. 30,000 results take a few megabytes.
 */
export type JournalIndex = Map<string, Map<string, JournalEntry>>;

/** A journal the run writes to. */
export interface OpenedJournal {
  journal: RunJournal;
  /** Results written by this run so far. */
  written(): number;
  /** Writes each finished result and target into the journal. */
  observer: RunObserver;
  /** Where each result is in the journal, to read it back whole (see wholeRow). */
  index: JournalIndex;
}

/** Writes the header of a new journal. */
export function startJournal(journal: RunJournal, header: JournalHeader, redact: Redact): OpenedJournal {
  journal.append(JSON.stringify(redactDeep(header, redact)));
  return journalWriter(journal, redact, new Map());
}

/** Appends each result as it is finished, and each target once it is done. */
export function journalWriter(journal: RunJournal, redact: Redact, index: JournalIndex): OpenedJournal {
  let written = 0;
  const observer: RunObserver = {
    rowFinished: (ref: ModelRef, row: RowResult) => {
      const target = targetKey(ref);
      const record: ResultRecord = { kind: 'result', target, row };
      entriesOf(index, target).set(
        resultKey(row),
        journal.append(JSON.stringify(redactDeep(record, redact))),
      );
      written += 1;
    },
    rowAnswered: (ref: ModelRef, answer: RowAnswer) => {
      const record: AnswerRecord = { kind: 'answer', target: targetKey(ref), answer };
      journal.append(JSON.stringify(redactDeep(record, redact)));
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
  return { journal, written: () => written, observer, index };
}

/** The map a target's entries are kept in, by resultKey; made on its first entry. */
function entriesOf<T>(byTarget: Map<string, Map<string, T>>, target: string): Map<string, T> {
  let entries = byTarget.get(target);
  if (entries === undefined) {
    entries = new Map();
    byTarget.set(target, entries);
  }
  return entries;
}

/**
 * Failing results kept whole in memory per target, for what a summary shows of failures (their
 * code and output); every other result keeps only what figures, verdicts and comparisons read.
 */
export const WHOLE_FAILING_ROWS_KEPT = 50;

/** Characters of a slimmed result's output kept: enough to tell an empty output from another. */
const SLIM_OUTPUT_CHARS = 200;

/** What is held of a finished result of `target` (a targetKey) once its journal has it. */
export type RowRetainer = (target: string, row: RowResult) => RowResult;

/**
 * What a run holds of each finished result once its journal has it (RunPorts.retainRow): the
 * prompt, the answer, the code and its output streams are dropped (the report reads them back from
 * the journal with wholeRow), so memory stays flat as rows grow. Statuses, reasons, timings and the
 * first WHOLE_FAILING_ROWS_KEPT failing results of each target are kept as they are.
 */
export function rowRetainer(): RowRetainer {
  const failingKept = new Map<string, number>();
  return (target, row) => {
    if (didNotPass(row.status)) {
      const kept = failingKept.get(target) ?? 0;
      if (kept < WHOLE_FAILING_ROWS_KEPT) {
        failingKept.set(target, kept + 1);
        return row;
      }
    }
    return {
      ...row,
      prompt: '',
      generation: row.generation && { ...row.generation, response: '', thinking: '' },
      extraction: null,
      execution: row.execution && { ...row.execution, stdout: '', stderr: '' },
      output: row.output.length > SLIM_OUTPUT_CHARS ? row.output.slice(0, SLIM_OUTPUT_CHARS) : row.output,
    };
  };
}

/**
 * A target's result whole: read back from the journal when it is there (a slimmed result is),
 * else `held` as it is (a result not journaled: not run). Journal lines are redacted already.
 */
export function wholeRow(
  journal: RunJournal,
  index: JournalIndex,
  ref: ModelRef,
  held: RowResult,
): RowResult {
  const entry = index.get(targetKey(ref))?.get(resultKey(held));
  if (entry === undefined) return held;
  return (JSON.parse(journal.read(entry)) as ResultRecord).row;
}

/** Why results journaled as `was` cannot stand in a run set up as `now`; null when they can. */
export function headerMismatch(was: JournalHeader, now: JournalHeader): string | null {
  if (was.journal_format !== now.journal_format)
    return `it is in format "${was.journal_format}", this exbench writes "${now.journal_format}"`;
  if (was.benchmark_sha256 !== now.benchmark_sha256) {
    return `the benchmark changed since the journal was started (${was.benchmark_file}: content sha256 ${was.benchmark_sha256.slice(0, 12)}…, ${now.benchmark_file} now ${now.benchmark_sha256.slice(0, 12)}…); start a new run`;
  }
  const differs = (what: string, before: unknown, after: unknown, fix: string): string | null => {
    const [a, b] = [canonicalJson(before), canonicalJson(after)];
    return a === b ? null : `${what} differ (journal ${a}, now ${b}); ${fix}`;
  };
  return (
    differs('the models', was.models, now.models, 'name the same models') ??
    differs(
      'the model filters (--include, --exclude)',
      [was.include, was.exclude],
      [now.include, now.exclude],
      'give the same filters',
    ) ??
    differs('the options', was.options, now.options, 'give the same options') ??
    differs('the repeats and sweep', was.plan, now.plan, 'give the same --repeat, sweep and --fixed-seed') ??
    differs('the settings', was.settings, now.settings, 'give the same settings')
  );
}

/** JSON with object keys sorted, so key order never tells two equal values apart. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Reads a journal to finish its run: refuses one whose header does not fit this run (saying why),
 * and gathers the results that stand (see rowIsDone); the run's new results are appended to it.
 */
export async function resumeJournal(
  journal: RunJournal,
  header: JournalHeader,
  redact: Redact,
  /** What to hold of each result that stands (see rowRetainer); whole by default. */
  retain: RowRetainer = (_target, row) => row,
): Promise<OpenedJournal & { prior: PriorResults }> {
  const refuse = (why: string): never => {
    throw new ConfigurationError(`${journal.path}: cannot resume: ${why}`);
  };
  const done = new Map<string, Map<string, RowResult>>();
  const answers = new Map<string, Map<string, RowAnswer>>();
  const models = new Map<string, Omit<ModelRun, 'ref' | 'rows'>>();
  const index: JournalIndex = new Map();
  let lineNumber = 0;
  for await (const { text, entry } of journal.lines()) {
    lineNumber += 1;
    const record = parseRecord(text, lineNumber === 1, (why) => refuse(`line ${lineNumber}: ${why}`));
    if (record.kind === 'header') {
      const mismatch = headerMismatch(record, header);
      if (mismatch !== null) refuse(mismatch);
    } else if (record.kind === 'model') {
      const { status, error, details, pulled, warmup, engine } = record;
      models.set(record.target, { status, error, details, pulled, warmup, ...(engine ? { engine } : {}) });
    } else if (record.kind === 'answer') {
      entriesOf(answers, record.target).set(resultKey(record.answer), record.answer);
    } else {
      const key = resultKey(record.row);
      // A result supersedes the answer it was judged from.
      answers.get(record.target)?.delete(key);
      const results = entriesOf(done, record.target);
      // The last line of a result wins: a result the server failed may have been asked again.
      if (rowIsDone(record.row)) {
        results.set(key, retain(record.target, record.row));
        entriesOf(index, record.target).set(key, entry);
      } else {
        results.delete(key);
        index.get(record.target)?.delete(key);
      }
    }
  }
  if (lineNumber === 0) refuse('it is empty (the run was stopped before it wrote a line); start a new run');
  const prior: PriorResults = {
    resultsOf: (ref) => done.get(targetKey(ref)) ?? new Map(),
    answersOf: (ref) => answers.get(targetKey(ref)) ?? new Map(),
    modelOf: (ref) => models.get(targetKey(ref)) ?? null,
  };
  return { ...journalWriter(journal, redact, index), prior };
}

const ROW_STATUSES: ReadonlySet<string> = new Set(ROW_STATUS_NAMES);

/** A journal line, checked enough that a line of something else is refused, not misread. */
function parseRecord(
  text: string,
  first: boolean,
  problem: (why: string) => never,
): JournalHeader | ResultRecord | AnswerRecord | ModelRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return problem('not a line of JSON');
  }
  if (value === null || typeof value !== 'object') return problem('not a JSON object');
  const record = value as { kind?: unknown; target?: unknown; row?: unknown; answer?: unknown };
  if (first !== (record.kind === 'header'))
    return problem(first ? 'not an exbench journal (no header; expected kind "header")' : 'a second header');
  if (record.kind === 'header') return record as JournalHeader;
  if (typeof record.target !== 'string') return problem('no "target"');
  if (record.kind === 'model') return record as ModelRecord;
  if (record.kind === 'answer') {
    const answer = record.answer as Partial<RowAnswer> | undefined;
    if (
      !answer ||
      typeof answer.index !== 'number' ||
      typeof answer.repeat !== 'number' ||
      answer.generation === null ||
      typeof answer.generation !== 'object'
    )
      return problem('an answer without its row index, repeat or generation');
    return record as AnswerRecord;
  }
  const row = record.row as Partial<RowResult> | undefined;
  if (
    record.kind !== 'result' ||
    !row ||
    typeof row.index !== 'number' ||
    !ROW_STATUSES.has(String(row.status))
  )
    return problem('expected a result (kind "result" with its row index and status), an answer or a model');
  return record as ResultRecord;
}

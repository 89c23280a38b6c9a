import { DEFAULT_COMPARISON_THRESHOLDS } from '../../constants.js';
import { describe } from '../statistics.js';
import { bootstrapMedianRatio, DEFAULT_BOOTSTRAP_RESAMPLES, DEFAULT_CONFIDENCE } from './bootstrap.js';
import {
  canonicalJson,
  compareDigests,
  compareFingerprints,
  type DigestComparison,
  type FingerprintComparison,
} from './fingerprint-compare.js';
import { exactMcNemar } from './mcnemar.js';
import { modelId, SERVED_PROVIDER } from '../model-ref.js';
import { variantLabel } from '../run-targets.js';
import type { ComparableModel, ComparableReport, ComparableResult } from './report-input.js';

export interface ComparisonOptions {
  /** Significance level of the accuracy test. */
  alpha: number;
  /** Smallest drop in accuracy (absolute, 0.05 = 5 points) that can count as a regression. */
  minAccuracyDrop: number;
  /** Slowdown (0.10 = 10 %) the whole speed interval must lie beyond to count as a regression. */
  maxSlowdown: number;
  /** Seed of the bootstrap, so the same reports always give the same verdict. */
  seed: number;
  resamples: number;
  confidence: number;
}

export const DEFAULT_COMPARISON_OPTIONS: ComparisonOptions = {
  ...DEFAULT_COMPARISON_THRESHOLDS,
  resamples: DEFAULT_BOOTSTRAP_RESAMPLES,
  confidence: DEFAULT_CONFIDENCE,
};

/** Fewer answered rows than this on either side and a speed figure is shown but not judged. */
export const MIN_SPEED_SAMPLES = 5;
/** Why speed is not judged on a side where the server failed too many rows. */
const OUTAGE_SPEED_REASON =
  'the server failed too many rows on a side; speed measured through a server fault is not judged';

export type Verdict = 'regressed' | 'improved' | 'unchanged' | 'not comparable';
/** `inconclusive`: too many of its rows were lost to server faults to judge it either way. */
export type ModelVerdict = Verdict | 'added' | 'removed' | 'inconclusive';

/** More than this share of a model's rows errored by the server, on either side, and it is not judged. */
export const MAX_SERVER_ERRORED_SHARE = 0.1;

export type SpeedFigure = 'decode_tokens_per_second' | 'time_to_first_token_ms' | 'total_duration_ms';

export const SPEED_FIGURES: readonly {
  figure: SpeedFigure;
  label: string;
  higherIsBetter: boolean;
  read: (result: ComparableResult) => number | null | undefined;
}[] = [
  {
    figure: 'decode_tokens_per_second',
    label: 'decode tok/s',
    higherIsBetter: true,
    read: (r) => r.prompt_response?.tokens_per_second,
  },
  {
    figure: 'time_to_first_token_ms',
    label: 'TTFT ms',
    higherIsBetter: false,
    read: (r) => r.prompt_response?.time_to_first_token_ms,
  },
  {
    figure: 'total_duration_ms',
    label: 'total ms',
    higherIsBetter: false,
    read: (r) => r.prompt_response?.total_duration_ms,
  },
];

export interface AccuracyComparison {
  /** Rows present, and unchanged, on both sides, and answered on both: the only rows compared. */
  pairedRows: number;
  /** Rows the server failed (error kind `server`) on each side: counted apart, never judged. */
  serverErrored: { base: number; head: number };
  /** Mean per-row pass rate over the paired rows (plain accuracy with one result per row). */
  base: number | null;
  head: number | null;
  change: number | null;
  /** `mcnemar` with one result per row on each side; `sign` (per-row pass rates) with repeats. */
  test: 'mcnemar' | 'sign';
  /** Rows whose pass rate fell, and rose. */
  worse: number;
  better: number;
  pTwoSided: number;
  pHeadWorse: number;
  pHeadBetter: number;
  verdict: Verdict;
  reason: string | null;
}

export interface SpeedComparison {
  figure: SpeedFigure;
  label: string;
  higherIsBetter: boolean;
  baseMedian: number | null;
  headMedian: number | null;
  baseCount: number;
  headCount: number;
  /** median(head) / median(base) with its bootstrap interval; null when a side has no figure. */
  ratio: number | null;
  lower: number | null;
  upper: number | null;
  verdict: Verdict;
  reason: string | null;
}

export interface RowOutcome {
  passRate: number;
  results: number;
  status: string | null;
  reason: string | null;
  executionResult: string | null;
  extractedCode: string | null;
}

/** A row that passed (more often) on base than on head, with what head produced, for the reviewer. */
export interface FlippedRow {
  index: number;
  variables: Record<string, string> | null;
  expected: string | null;
  base: RowOutcome;
  head: RowOutcome;
}

export interface ModelComparison {
  model: string;
  verdict: ModelVerdict;
  accuracy: AccuracyComparison | null;
  speed: SpeedComparison[];
  digest: DigestComparison | null;
  /** Rows that got worse, in row order. */
  flipped: FlippedRow[];
  /** Indexes of rows that got better. */
  fixed: number[];
  notes: string[];
}

export interface Comparison {
  benchmark: { base: string; head: string; same: boolean };
  /**
   * Why the two reports cannot be judged against each other at all (another benchmark, no model on
   * head, rows that do not match); null when they can. A comparison with a mismatch proves nothing,
   * so callers must not call it "no regression".
   */
  mismatch: string | null;
  options: ComparisonOptions;
  environment: FingerprintComparison;
  models: ModelComparison[];
  regressed: boolean;
  /** One line per regressed figure, naming the model: what a failing step says. */
  regressions: string[];
  /** One line per model not judged because the server failed too many of its rows. */
  inconclusive: string[];
}

/**
 * Compares a head report with its base, model by model, on rows paired by index (and checked to be
 * the same row: same variables and expectation). Pure and deterministic for given options.
 */
export function compareReports(
  base: ComparableReport,
  head: ComparableReport,
  options: Partial<ComparisonOptions> = {},
): Comparison {
  const settings: ComparisonOptions = { ...DEFAULT_COMPARISON_OPTIONS, ...options };
  const sameBenchmark = base.benchmark_name === head.benchmark_name;
  const environment = compareFingerprints(base, head);
  const baseModels = modelsByName(base);
  const headModels = modelsByName(head);

  const models: ModelComparison[] = [];
  // Models with rows on both sides, and those of them where not one row pairs.
  const bothAnswered: string[] = [];
  const noRowPaired: string[] = [];
  for (const [id, headModel] of headModels) {
    const baseModel = baseModels.get(id);
    if (!baseModel) {
      models.push(oneSided(displayName(headModel), 'added'));
      continue;
    }
    const compared = compareModel(
      { report: base, model: baseModel },
      { report: head, model: headModel },
      sameBenchmark,
      environment,
      settings,
    );
    models.push(compared);
    if (baseModel.results.length > 0 && headModel.results.length > 0) {
      bothAnswered.push(compared.model);
      // Rows the server lost on a side pair with nothing; that makes the model inconclusive, not
      // the benchmark another version.
      if (compared.accuracy?.pairedRows === 0 && compared.verdict !== 'inconclusive')
        noRowPaired.push(compared.model);
    }
  }
  for (const [id, baseModel] of baseModels) {
    if (!headModels.has(id)) models.push(oneSided(displayName(baseModel), 'removed'));
  }

  const regressions = models.flatMap(regressionLines);
  return {
    benchmark: { base: base.benchmark_name, head: head.benchmark_name, same: sameBenchmark },
    mismatch: findMismatch(
      base,
      head,
      noRowPaired.length > 0 && noRowPaired.length === bothAnswered.length ? noRowPaired : [],
      models.some((model) => model.verdict !== 'added' && model.verdict !== 'removed'),
    ),
    options: settings,
    environment,
    models,
    regressed: regressions.length > 0,
    regressions,
    inconclusive: models
      .filter((m) => m.verdict === 'inconclusive')
      .map((m) => `${m.model}: ${m.notes[0] ?? ''}`),
  };
}

interface Side {
  report: ComparableReport;
  model: ComparableModel;
}

interface Row {
  index: number;
  variables: Record<string, string> | null;
  expected: string | null;
  results: ComparableResult[];
}

function compareModel(
  base: Side,
  head: Side,
  sameBenchmark: boolean,
  environment: FingerprintComparison,
  options: ComparisonOptions,
): ModelComparison {
  const name = displayName(head.model);
  const notes: string[] = [];
  const digest = compareDigests(base.model, head.model);
  if (digest.changed)
    notes.push(`model digest changed: ${shortDigest(digest.base)} → ${shortDigest(digest.head)}`);

  for (const [label, side] of [
    ['base', base],
    ['head', head],
  ] as const) {
    if (side.model.results.length === 0) {
      const status = side.model.status
        ? ` (${side.model.status}${side.model.error ? `: ${side.model.error}` : ''})`
        : '';
      notes.push(`no rows on ${label}${status}`);
    }
  }

  const baseRows = rowsOf(base);
  const headRows = rowsOf(head);
  const serverErrored = { base: serverErroredRows(baseRows), head: serverErroredRows(headRows) };
  const paired: { base: Row; head: Row }[] = [];
  let changedRows = 0;
  let lostToServer = 0;
  if (sameBenchmark) {
    for (const [index, headRow] of headRows) {
      const baseRow = baseRows.get(index);
      if (!baseRow) continue;
      if (!sameRow(baseRow, headRow)) {
        changedRows += 1;
        continue;
      }
      // A server fault says nothing about the model: such a result is left out, and a row left
      // with no result on a side is not compared.
      const pair = { base: answeredOnly(baseRow), head: answeredOnly(headRow) };
      if (pair.base.results.length === 0 || pair.head.results.length === 0) lostToServer += 1;
      else paired.push(pair);
    }
  } else {
    notes.push(`different benchmarks: "${base.report.benchmark_name}" and "${head.report.benchmark_name}"`);
  }
  if (changedRows > 0) notes.push(`${changedRows} row(s) changed between base and head and are not compared`);
  const unpaired = baseRows.size + headRows.size - 2 * paired.length - 2 * changedRows - 2 * lostToServer;
  const share = (count: number, rows: Map<number, Row>): number => (rows.size === 0 ? 0 : count / rows.size);
  const inconclusive =
    share(serverErrored.base, baseRows) > MAX_SERVER_ERRORED_SHARE ||
    share(serverErrored.head, headRows) > MAX_SERVER_ERRORED_SHARE;
  if (serverErrored.base + serverErrored.head > 0) {
    const counted = `rows errored by the server (not the model): ${serverErrored.base} of ${baseRows.size} on base, ${serverErrored.head} of ${headRows.size} on head; left out of the comparison`;
    if (inconclusive) {
      notes.unshift(
        `inconclusive: ${counted}, and more than ${MAX_SERVER_ERRORED_SHARE * 100}% of a side is too many to judge; run it again`,
      );
    } else {
      notes.push(counted);
    }
  }
  if (sameBenchmark && unpaired > 0)
    notes.push(`${unpaired} row(s) present on one side only are not compared`);

  // Free-form answers with nothing to judge (evaluator none) are timed, not judged.
  const judged = paired
    .map((pair) => ({ base: judgedOnly(pair.base), head: judgedOnly(pair.head) }))
    .filter((pair) => pair.base.results.length > 0 && pair.head.results.length > 0);
  const accuracy =
    paired.length > 0 && judged.length === 0
      ? noExpectation(compareAccuracy([], serverErrored, options), paired.length)
      : compareAccuracy(judged, serverErrored, options);
  const speed = SPEED_FIGURES.map((spec) =>
    compareSpeed(
      spec,
      paired.flatMap((pair) => pair.base.results),
      paired.flatMap((pair) => pair.head.results),
      environment,
      options,
      { base: figureSource(base.model, spec.figure), head: figureSource(head.model, spec.figure) },
    ),
  ).map((comparison): SpeedComparison =>
    // A server failing that many rows was in trouble for the others too: their speed says nothing.
    inconclusive && comparison.verdict !== 'not comparable'
      ? { ...comparison, verdict: 'not comparable', reason: OUTAGE_SPEED_REASON }
      : comparison,
  );

  const flipped: FlippedRow[] = [];
  const fixed: number[] = [];
  for (const pair of judged) {
    const baseOutcome = outcome(pair.base);
    const headOutcome = outcome(pair.head);
    if (headOutcome.passRate < baseOutcome.passRate) {
      flipped.push({
        index: pair.head.index,
        variables: pair.head.variables ?? pair.base.variables,
        expected: pair.head.expected ?? pair.base.expected,
        base: baseOutcome,
        head: headOutcome,
      });
    } else if (headOutcome.passRate > baseOutcome.passRate) {
      fixed.push(pair.head.index);
    }
  }

  return {
    model: name,
    verdict: inconclusive ? 'inconclusive' : modelVerdict(accuracy, speed),
    accuracy,
    speed,
    digest,
    flipped,
    fixed,
    notes,
  };
}

function compareAccuracy(
  paired: { base: Row; head: Row }[],
  serverErrored: AccuracyComparison['serverErrored'],
  options: ComparisonOptions,
): AccuracyComparison {
  const rates = paired.map((pair) => ({ base: passRate(pair.base), head: passRate(pair.head) }));
  const worse = rates.filter((r) => r.head < r.base).length;
  const better = rates.filter((r) => r.head > r.base).length;
  const test = exactMcNemar(worse, better);
  const single = paired.every((pair) => pair.base.results.length === 1 && pair.head.results.length === 1);
  const base = rates.length === 0 ? null : rates.reduce((sum, r) => sum + r.base, 0) / rates.length;
  const head = rates.length === 0 ? null : rates.reduce((sum, r) => sum + r.head, 0) / rates.length;
  const change = base === null || head === null ? null : head - base;

  let verdict: Verdict = 'unchanged';
  let reason: string | null = null;
  // A tolerance so that e.g. 0.80 − 0.85 counts as a drop of 0.05.
  const enough = (delta: number): boolean => delta >= options.minAccuracyDrop - 1e-9;
  if (change === null) {
    verdict = 'not comparable';
    reason = 'no rows in common';
  } else if (test.pHeadWorse <= options.alpha && enough(-change)) {
    verdict = 'regressed';
  } else if (test.pHeadBetter <= options.alpha && enough(change)) {
    verdict = 'improved';
  }
  return {
    pairedRows: paired.length,
    serverErrored,
    base,
    head,
    change,
    test: single ? 'mcnemar' : 'sign',
    worse,
    better,
    pTwoSided: test.pTwoSided,
    pHeadWorse: test.pHeadWorse,
    pHeadBetter: test.pHeadBetter,
    verdict,
    reason,
  };
}

function compareSpeed(
  spec: (typeof SPEED_FIGURES)[number],
  baseResults: ComparableResult[],
  headResults: ComparableResult[],
  environment: FingerprintComparison,
  options: ComparisonOptions,
  sources: { base: string; head: string },
): SpeedComparison {
  const baseValues = speedValues(baseResults, spec.read);
  const headValues = speedValues(headResults, spec.read);
  const interval = bootstrapMedianRatio(baseValues, headValues, {
    seed: options.seed,
    resamples: options.resamples,
    confidence: options.confidence,
  });
  const comparison: SpeedComparison = {
    figure: spec.figure,
    label: spec.label,
    higherIsBetter: spec.higherIsBetter,
    baseMedian: describe(baseValues).median,
    headMedian: describe(headValues).median,
    baseCount: baseValues.length,
    headCount: headValues.length,
    ratio: interval?.ratio ?? null,
    lower: interval?.lower ?? null,
    upper: interval?.upper ?? null,
    verdict: 'not comparable',
    reason: null,
  };
  if (interval === null) {
    comparison.reason = `no ${spec.label} on ${baseValues.length === 0 ? 'base' : 'head'}`;
  } else if (sources.base !== sources.head || sources.base === 'mixed') {
    comparison.reason = `timed by the ${sources.base} on base and by the ${sources.head} on head; figures of different sources are not judged against each other`;
  } else if (!environment.speedComparable) {
    comparison.reason = `different environment: ${environment.reasons.join('; ')}`;
  } else if (baseValues.length < MIN_SPEED_SAMPLES || headValues.length < MIN_SPEED_SAMPLES) {
    comparison.reason = `fewer than ${MIN_SPEED_SAMPLES} answered rows on a side`;
  } else {
    // "Slower by s" is symmetric in log space: times × (1 + s), rates ÷ (1 + s).
    const slower = 1 + options.maxSlowdown;
    const worseBeyond = spec.higherIsBetter ? interval.upper < 1 / slower : interval.lower > slower;
    const betterBeyond = spec.higherIsBetter ? interval.lower > slower : interval.upper < 1 / slower;
    comparison.verdict = worseBeyond ? 'regressed' : betterBeyond ? 'improved' : 'unchanged';
  }
  return comparison;
}

/**
 * Who timed a model's figure: the report's figure_sources, else what reports before engines meant
 * (the server timed decode; the client, time to first token).
 */
function figureSource(model: ComparableModel, figure: SpeedFigure): string {
  const sources = model.figure_sources ?? null;
  switch (figure) {
    case 'decode_tokens_per_second':
      return sources?.decode_tokens_per_second ?? 'server';
    case 'time_to_first_token_ms':
      return sources?.time_to_first_token_ms ?? 'client';
    case 'total_duration_ms':
      return 'server';
  }
}

/** Regressed beats improved; a speed figure that could not be judged only shows when nothing else did. */
function modelVerdict(accuracy: AccuracyComparison, speed: SpeedComparison[]): ModelVerdict {
  const judgesAccuracy = accuracy.reason !== NO_EXPECTATION_REASON;
  const verdicts = [...(judgesAccuracy ? [accuracy.verdict] : []), ...speed.map((s) => s.verdict)];
  if (verdicts.includes('regressed')) return 'regressed';
  if (verdicts.includes('improved')) return 'improved';
  if (verdicts.includes('not comparable')) return 'not comparable';
  return 'unchanged';
}

function oneSided(model: string, verdict: 'added' | 'removed'): ModelComparison {
  return { model, verdict, accuracy: null, speed: [], digest: null, flipped: [], fixed: [], notes: [] };
}

function regressionLines(model: ModelComparison): string[] {
  const lines: string[] = [];
  if (model.verdict === 'inconclusive') return lines;
  const a = model.accuracy;
  if (a?.verdict === 'regressed' && a.base !== null && a.head !== null) {
    lines.push(
      `${model.model}: accuracy ${percent(a.base)} → ${percent(a.head)} (${a.worse} row(s) worse, ${a.better} better, p = ${formatP(a.pHeadWorse)})`,
    );
  }
  for (const s of model.speed) {
    if (s.verdict === 'regressed' && s.ratio !== null) {
      lines.push(
        `${model.model}: ${s.label} median ${fixed(s.baseMedian)} → ${fixed(s.headMedian)} (×${s.ratio.toFixed(2)}, interval ${s.lower?.toFixed(2)}–${s.upper?.toFixed(2)})`,
      );
    }
  }
  return lines;
}

/** `model @ variant`, as every table names a variant. */
function displayName(model: ComparableModel): string {
  return variantLabel(model.model, model.variant);
}

/**
 * Models keyed by their canonical identity, so `llama3.2`, `llama3.2:latest` and `ollama~llama3.2`
 * pair, and by variant, so `temperature=0.5` on head pairs with `temperature=0.5` on base. exbench's
 * reports record the provider a bare name was read with; older ones mean Ollama.
 */
function modelsByName(report: ComparableReport): Map<string, ComparableModel> {
  const models = new Map<string, ComparableModel>();
  for (const model of report.models) {
    const provider = model.provider ?? SERVED_PROVIDER;
    const id = JSON.stringify([modelId(model.model, provider), model.variant ?? null]);
    if (!models.has(id)) models.set(id, model);
  }
  return models;
}

/** The reason two reports cannot be compared, naming both sides; null when they can. */
function findMismatch(
  base: ComparableReport,
  head: ComparableReport,
  /** Models answered on both sides of which not one row pairs, when that is true of all such models. */
  unpairedModels: string[],
  /** Whether any model is on both sides. */
  anyShared: boolean,
): string | null {
  const names = `base "${base.benchmark_name}", head "${head.benchmark_name}"`;
  if (base.benchmark_name !== head.benchmark_name) return `the reports are of different benchmarks: ${names}`;
  if (head.models.length === 0) return `the head report has no models (${names})`;
  if (!anyShared && base.models.length > 0) {
    const list = (report: ComparableReport): string => report.models.map((m) => m.model).join(', ');
    return `the reports share no model, so nothing can be judged: base has ${list(base)}; head has ${list(head)}`;
  }
  if (unpairedModels.length > 0) {
    return `no row of the head report matches a row of the base report (same index, variables and expectation) for ${unpairedModels.join(', ')}: ${names} are different versions of the benchmark`;
  }
  return null;
}

/**
 * Results grouped by row; more than one result per row means repeats. A row an interruption left
 * not run has no result: it is absent, never a failure.
 */
function rowsOf(side: Side): Map<number, Row> {
  const rows = new Map<number, Row>();
  side.model.results.forEach((result, position) => {
    if (result.status === 'not_run') return;
    const index = result.index ?? position + 1;
    let row = rows.get(index);
    if (!row) {
      const variables =
        result.dynamic_variables ?? side.report.prompt_iterations?.[index - 1]?.dynamic_variables ?? null;
      row = {
        index,
        variables: variables && stringValues(variables),
        expected: text(result.expected_result),
        results: [],
      };
      rows.set(index, row);
    }
    row.results.push(result);
  });
  return rows;
}

function isServerErrored(result: ComparableResult): boolean {
  return result.error_kind === 'server';
}

/** Rows with a result the server failed (error kind `server`). */
function serverErroredRows(rows: Map<number, Row>): number {
  return [...rows.values()].filter((row) => row.results.some(isServerErrored)).length;
}

/** Why accuracy is not judged when no paired row has an expectation. */
export const NO_EXPECTATION_REASON =
  'no expectation: the answers are timed, not judged; only speed is compared';

function noExpectation(accuracy: AccuracyComparison, pairedRows: number): AccuracyComparison {
  return { ...accuracy, pairedRows, verdict: 'not comparable', reason: NO_EXPECTATION_REASON };
}

/** The row's results that were judged: not those answered with nothing to judge (evaluator none). */
function judgedOnly(row: Row): Row {
  return { ...row, results: row.results.filter((result) => result.status !== 'answered') };
}

function answeredOnly(row: Row): Row {
  return { ...row, results: row.results.filter((result) => !isServerErrored(result)) };
}

/** Same row when what is known on both sides agrees; `10.0` written and `10` parsed count as equal. */
function sameRow(a: Row, b: Row): boolean {
  if (a.expected !== null && b.expected !== null && !sameText(a.expected, b.expected)) return false;
  if (a.variables === null || b.variables === null) return true;
  const keys = new Set([...Object.keys(a.variables), ...Object.keys(b.variables)]);
  for (const key of keys) {
    const x = a.variables[key];
    const y = b.variables[key];
    if (x === undefined || y === undefined || !sameText(x, y)) return false;
  }
  return true;
}

function sameText(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && x === y;
}

function stringValues(record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, text(value) ?? '']));
}

function text(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : canonicalJson(value);
}

function passRate(row: Row): number {
  return row.results.filter((r) => r.correct).length / row.results.length;
}

function outcome(row: Row): RowOutcome {
  // Show a failing result when there is one: it is what explains a drop.
  const shown = row.results.find((r) => !r.correct) ?? row.results[0];
  return {
    passRate: passRate(row),
    results: row.results.length,
    status: shown?.status ?? null,
    reason: shown?.reason ?? null,
    executionResult: text(shown?.execution_result),
    extractedCode: shown?.extracted_code ?? null,
  };
}

/** Figures of answered rows only; 0 is how older reports wrote "no figure", never a measurement. */
function speedValues(
  results: ComparableResult[],
  read: (result: ComparableResult) => number | null | undefined,
): number[] {
  return results
    .filter((r) => r.prompt_response && r.prompt_response.errored !== true && r.status !== 'errored')
    .map(read)
    .filter((value): value is number => typeof value === 'number' && Number.isFinite(value) && value > 0);
}

function shortDigest(digest: string | null): string {
  return digest === null ? '?' : digest.replace(/^sha256:/, '').slice(0, 12);
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function formatP(p: number): string {
  if (p < 0.001) return '<0.001';
  return p.toFixed(3);
}

function fixed(value: number | null): string {
  return value === null ? '–' : value.toFixed(1);
}

import { describe, mean } from '../core/statistics.js';
import { ConfigurationError } from '../errors.js';
import type { ModelReport, Report, ResultReport } from './report-schema.js';

/** A report to merge and what to call it in an error (its file). */
export interface NamedReport {
  label: string;
  report: Report;
}

/**
 * Joins reports of a matrix into one report per benchmark. Results of one model split over shards
 * (`--shard i/n`) become one model result with every row, its counts and distributions computed
 * again; different models are kept side by side with their own details. Reports of one benchmark
 * name must hold the same benchmark (prompt, evaluator and, for shards, the same rows): anything
 * else, or a row that two shards both ran, is refused naming both files, never silently joined.
 * A shard set with shards missing (1/3 and 2/3 without 3/3) is refused naming them unless
 * `allowPartial`; then the merged report lists them in `missing_shards`.
 */
export function mergeReports(
  inputs: readonly NamedReport[],
  options: { allowPartial?: boolean } = {},
): Report[] {
  const groups = new Map<string, NamedReport[]>();
  for (const input of inputs) {
    const key = input.report.benchmark_name;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  return [...groups.values()].map((group) => mergeBenchmark(group, options.allowPartial === true));
}

/** What a shell says about a merged report that lacks shards. */
export function partialMergeWarning(benchmarkName: string, missing: readonly number[]): string {
  return `"${benchmarkName}" is merged without shard${missing.length === 1 ? '' : 's'} ${missing.join(', ')}: its figures leave those rows out`;
}

/** The shard numbers of a split that none of `inputs` holds, ascending; empty for whole runs. */
export function missingShards(inputs: readonly NamedReport[]): number[] {
  const shards = inputs.flatMap(({ report }) => (report.shard ? [report.shard] : []));
  const count = shards[0]?.count ?? 0;
  const present = new Set(shards.map((shard) => shard.index));
  return Array.from({ length: count }, (_, i) => i + 1).filter((index) => !present.has(index));
}

function mergeBenchmark(inputs: NamedReport[], allowPartial: boolean): Report {
  const [first, ...rest] = inputs;
  if (first === undefined) throw new Error('mergeBenchmark needs a report');
  for (const other of rest) checkSameBenchmark(first, other);

  const models = new Map<string, { model: ModelReport; from: string; indexes: Map<string, string> }>();
  for (const { label, report } of inputs) {
    for (const model of report.models) {
      // A sweep's variants of one model are models of their own here.
      const key = `${model.model.toLowerCase()} @ ${model.variant ?? ''}`;
      const seen = models.get(key);
      if (seen === undefined) {
        models.set(key, {
          model,
          from: label,
          indexes: new Map(model.results.map((r) => [resultKey(r), label])),
        });
        continue;
      }
      const overlap = model.results.filter((r) => seen.indexes.has(resultKey(r))).map((r) => r.index);
      if (overlap.length > 0) {
        const first = model.results.find((r) => seen.indexes.has(resultKey(r)));
        const other = (first && seen.indexes.get(resultKey(first))) ?? seen.from;
        throw new ConfigurationError(
          `${label} and ${other} both hold row${overlap.length === 1 ? '' : 's'} ${overlap.slice(0, 10).join(', ')} of model ${model.model} in "${report.benchmark_name}": shards must split the rows (--shard i/n with one n), not repeat them`,
        );
      }
      for (const r of model.results) seen.indexes.set(resultKey(r), label);
      seen.model = joinModel(seen.model, model);
    }
  }

  const missing = missingShards(inputs);
  if (missing.length > 0 && !allowPartial) {
    const count = first.report.shard?.count ?? 0;
    throw new ConfigurationError(
      `"${first.report.benchmark_name}" is missing shard${missing.length === 1 ? '' : 's'} ${missing.map((i) => `${i}/${count}`).join(', ')} (merging ${inputs.map(({ label }) => label).join(', ')}): its rows would be left out; pass --allow-partial to merge the shards present`,
    );
  }

  const shards = inputs.map(({ report }) => report.shard ?? null);
  const sharded = shards.some((s) => s !== null);
  const promptIterations = sharded ? joinedIterations(inputs) : first.report.prompt_iterations;
  const merged = [...models.values()].map(({ model }) => model);
  const allRows = merged.flatMap((m) => m.results);
  const notRun = allRows.filter((r) => r.status === 'not_run').length;
  const rowsRun = allRows.length - notRun;
  const correct = allRows.filter((r) => r.correct).length;
  const answered = allRows.filter((r) => r.prompt_response.errored !== true);
  const starts = inputs.map(({ report }) => report.started_at).sort();
  const ends = inputs.map(({ report }) => report.finished_at).sort();
  const base: Report = { ...first.report };
  // The merged report holds every shard's rows: it is no shard itself.
  delete base.shard;
  delete base.missing_shards;
  return {
    ...base,
    prompt_iterations: promptIterations,
    models: merged,
    overall_correct_count: correct,
    overall_incorrect_count: rowsRun - correct,
    overall_accuracy: rowsRun === 0 ? 0 : correct / rowsRun,
    average_tokens_per_second:
      mean(answered.map((r) => r.prompt_response.tokens_per_second).filter((v) => v > 0)) ?? 0,
    average_total_duration_ms: mean(answered.map((r) => r.prompt_response.total_duration_ms)) ?? 0,
    average_load_duration_ms: mean(answered.map((r) => r.prompt_response.load_duration_ms)) ?? 0,
    status: inputs.every(({ report }) => report.status !== 'interrupted') ? 'completed' : 'interrupted',
    started_at: starts[0] ?? first.report.started_at,
    finished_at: ends.at(-1) ?? first.report.finished_at,
    overall_errored_count: allRows.filter((r) => r.status === 'errored').length,
    overall_timed_out_count: allRows.filter((r) => r.status === 'timed_out').length,
    overall_not_run_count: notRun,
    merged_from: inputs.map(({ label, report }) => ({
      file: label,
      shard: report.shard === undefined ? null : { index: report.shard.index, count: report.shard.count },
      started_at: report.started_at,
      models: report.models.map((m) => m.model),
      environment: report.environment ?? null,
    })),
    ...(missing.length > 0 ? { missing_shards: missing } : {}),
  };
}

/** Same name is not enough: the prompt, the evaluator and (for shards) the whole file must match. */
function checkSameBenchmark(a: NamedReport, b: NamedReport): void {
  const differ = (field: string) =>
    new ConfigurationError(
      `${a.label} and ${b.label} are both "${a.report.benchmark_name}" but their ${field} differ: they are not the same benchmark and cannot be merged`,
    );
  if (a.report.base_prompt !== b.report.base_prompt) throw differ('base_prompt');
  if (a.report.evaluator !== b.report.evaluator) throw differ('evaluators');
  const shardA = a.report.shard;
  const shardB = b.report.shard;
  if (shardA && shardB) {
    if (shardA.content_sha256 !== shardB.content_sha256) throw differ('benchmark files (content hash)');
    if (shardA.count !== shardB.count) throw differ(`shard counts (${shardA.count} and ${shardB.count})`);
  } else if (!shardA && !shardB) {
    if (JSON.stringify(a.report.prompt_iterations) !== JSON.stringify(b.report.prompt_iterations)) {
      throw differ('rows (prompt_iterations)');
    }
  } else {
    throw new ConfigurationError(
      `${shardA ? a.label : b.label} is a shard and ${shardA ? b.label : a.label} is not: merge shards of one split, or whole runs`,
    );
  }
}

/** Each shard lists its rows' indexes beside its prompt_iterations; the merge puts them in file order. */
function joinedIterations(inputs: readonly NamedReport[]): Report['prompt_iterations'] {
  const byIndex = new Map<number, Report['prompt_iterations'][number]>();
  for (const { report } of inputs) {
    const rows = report.shard?.rows ?? [];
    report.prompt_iterations.forEach((iteration, i) => {
      const index = rows[i];
      if (index !== undefined) byIndex.set(index, iteration);
    });
  }
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, iteration]) => iteration);
}

/** One model's results from two shards, its counts and distributions computed from the rows. */
/** A result's place: its row and, with repeats, which repeat of it. */
function resultKey(result: ResultReport): string {
  return `${result.index ?? 0}#${result.repeat ?? 1}`;
}

function joinModel(a: ModelReport, b: ModelReport): ModelReport {
  // In the order a run writes them: each repeat a pass over the rows.
  const results = [...a.results, ...b.results].sort(
    (x, y) => (x.repeat ?? 1) - (y.repeat ?? 1) || (x.index ?? 0) - (y.index ?? 0),
  );
  const count = (status: ResultReport['status']) => results.filter((r) => r.status === status).length;
  const notRun = count('not_run');
  const run = results.length - notRun;
  const correct = results.filter((r) => r.correct).length;
  const answered = results.filter((r) => r.prompt_response.errored !== true);
  const figure = (pick: (r: ResultReport) => number | null | undefined) =>
    answered.map(pick).filter((v): v is number => typeof v === 'number');
  const decode = figure((r) => r.prompt_response.tokens_per_second).filter((v) => v > 0);
  const total = figure((r) => r.prompt_response.total_duration_ms).filter((v) => v > 0);
  const load = figure((r) => r.prompt_response.load_duration_ms);
  const distribution = (values: number[]) => {
    const d = describe(values);
    return { n: d.n, mean: d.mean, median: d.median, p95: d.p95, min: d.min, max: d.max };
  };
  return {
    ...a,
    results,
    correct_count: correct,
    incorrect_count: run - correct,
    accuracy: run === 0 ? 0 : correct / run,
    average_tokens_per_second: mean(decode) ?? 0,
    average_total_duration_ms: mean(total) ?? 0,
    average_load_duration_ms: mean(load) ?? 0,
    status:
      a.status === 'completed' && b.status === 'completed'
        ? 'completed'
        : a.status === 'completed'
          ? b.status
          : a.status,
    error: a.error ?? b.error,
    pulled: a.pulled || b.pulled,
    passed_count: count('passed'),
    failed_count: count('failed'),
    errored_count: count('errored'),
    server_errored_count: results.filter((r) => r.error_kind === 'server').length,
    timed_out_count: count('timed_out'),
    not_run_count: notRun,
    decode_tokens_per_second: distribution(decode),
    prefill_tokens_per_second: distribution(figure((r) => r.prompt_response.prefill_tokens_per_second)),
    time_to_first_token_ms: distribution(figure((r) => r.prompt_response.time_to_first_token_ms)),
    total_duration_ms: distribution(total),
    load_duration_ms: distribution(load),
    // Figures over repeats are per shard; left out rather than shown for part of the rows.
    pass_at_k: undefined,
    accuracy_interval: undefined,
    accuracy_interval_method: undefined,
    rows: undefined,
    repeat_spread: undefined,
  };
}

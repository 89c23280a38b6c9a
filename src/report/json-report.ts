import { multipleChoiceReport } from './choice-accuracy-report.js';
import {
  decodeSource,
  decodeTokensPerSecond,
  figureSources,
  modelFigures,
  prefillSource,
  prefillTokensPerSecond,
  type ModelFigures,
} from '../core/aggregate.js';
import { mean, type Distribution } from '../core/statistics.js';
import { repeatFigures, successHeatmap } from '../core/repeat-figures.js';
import { targetOptions } from '../core/run-targets.js';
import type { EnvironmentFingerprint } from '../core/environment.js';
import type { BenchmarkRun, ModelRun, RowResult } from '../core/types.js';
import type { Generation } from '../ports.js';
import { REPORT_FORMAT } from './report-format.js';
import type { EnvironmentReport, ModelReport, Report, ResultReport } from './report-schema.js';

/** How each figure was obtained, written into every report so a reader need not guess. */
export const MEASUREMENT_NOTES = {
  tokens_per_second:
    "Decode speed. Server-timed where the server times itself (decode_timed_by \"server\"): eval_count / eval_duration of each row's final chunk (Ollama's eval_duration, llama-server's predicted_n / predicted_ms). Client-timed otherwise (\"client\", OpenAI-compatible servers), as vLLM's and llmperf's benchmarks do: (output tokens - 1) / (time of the last streamed token - time of the first), the token count from the stream's usage. Each model's figure_sources says which; speeds of different sources are never judged against each other. Rows without an answer are left out.",
  prefill_tokens_per_second:
    'Prompt processing speed. Server-timed: prompt_eval_count / prompt_eval_duration (llama-server: prompt_n / prompt_ms); left out when the server timed no prompt evaluation (a cached prompt). Client-timed: prompt tokens (usage) / time to first token.',
  time_to_first_token_ms:
    'Measured on the client: from sending the streaming request to receiving the first chunk that carries text (includes network and any load time).',
  total_duration_ms: "The server's total_duration for the request, in milliseconds.",
  load_duration_ms:
    "The server's load_duration per row. The model is warmed up by one untimed request first (warmup_load_duration_ms), so rows measure a loaded model.",
  accuracy:
    'correct_count / rows run. Errored and timed-out rows count as incorrect; rows an interruption left not run (status not_run) are counted apart, in neither.',
  comparison:
    "Each result's comparison names the rule that judged it: exact_integer (two integers, equal at any size), absolute_1e-6 (other numbers, |got - expected| < 1e-6), string (trimmed text), json (parsed and compared deeply); null when there was no output to compare.",
  statistics:
    'Distributions give n, mean, median, p95 (linear interpolation between closest ranks), min and max over the rows that have the figure; with repeats, over every repeat of every row (pooled).',
  repeats:
    "With repeat > 1 each row is asked that many times per model (variant), each a fresh request, each evaluated. accuracy is then the mean of the per-row pass rates (rows[].pass_rate); with one run per row it is correct_count / rows run. A fixed seed is varied per repeat (seed, seed+1, …; each result's seed) unless fixed_seed.",
  accuracy_interval:
    'A 95 % interval of accuracy: the Wilson score interval with one run per row (accuracy_interval_method wilson); with repeats a percentile bootstrap of the mean per-row pass rate over rows resampled with replacement (2,000 resamples, seeded), because repeats of one row are not independent, widened where needed to at least the Wilson interval of all results pooled (passes out of runs), so a few rows that all score alike do not get a zero-width interval (bootstrap_wilson_floor). Reports before that say bootstrap.',
  pass_at_k:
    'pass@k by the unbiased estimator of Chen et al. 2021: per row 1 - C(n - c, k) / C(n, k) with n results and c passes, averaged over the rows with n ≥ k; k = 1, and 5 and 10 when repeat reaches them.',
  repeat_spread:
    "Per speed figure, over rows with two or more answered repeats: each row's (max - min) / median across its repeats, then the median and largest of those. It shows run-to-run noise.",
  heatmap:
    'With a sweep: success_rate[m][v] is the accuracy (mean per-row pass rate) of models[m] at variants[v]; null where that variant did not run.',
} as const;

export interface ReportMeta {
  exbenchVersion: string;
  /** The benchmark file's path as given. */
  benchmarkPath: string;
  /** The machine the run measured on; written as `environment` (null when not gathered). */
  environment?: EnvironmentFingerprint;
  /** Set when the run held one shard of the rows (`--shard i/n`). */
  shard?: Report['shard'];
}

/**
 * The report: every field of the predecessor's report with its meaning kept, plus exbench's own.
 * Plain data only, so it serializes as is.
 */
export function buildJsonReport(run: BenchmarkRun, meta: ReportMeta, resultsOf?: ResultsOf): Report {
  const { benchmark } = run;
  const models = run.models.map((model) => modelReport(model, run, resultsOf));
  const heatmap = successHeatmap(run.models, Object.keys(run.plan?.sweep ?? {}));
  const allRows = run.models.flatMap((model) => model.rows);
  const answered = allRows.map((row) => row.generation).filter((g): g is Generation => g !== null);
  const correct = allRows.filter((row) => row.correct).length;
  const notRun = allRows.filter((row) => row.status === 'not_run').length;
  // Free-form rows with nothing to judge are not in accuracy, as not_run rows are not.
  const rowsRun = allRows.length - notRun - allRows.filter((row) => row.status === 'answered').length;
  return {
    benchmark_name: benchmark.benchmarkName,
    purpose: benchmark.purpose,
    base_prompt: benchmark.basePrompt,
    prompt_iterations: benchmark.rows.map((row) => ({
      dynamic_variables: row.variables,
      expectation: row.expectation,
    })),
    models,
    overall_correct_count: correct,
    overall_incorrect_count: rowsRun - correct,
    overall_accuracy: rowsRun === 0 ? 0 : correct / rowsRun,
    average_tokens_per_second: mean(answered.map(decodeTokensPerSecond).filter(isNumber)) ?? 0,
    average_total_duration_ms: mean(answered.map((g) => g.totalDurationNs / 1e6)) ?? 0,
    average_load_duration_ms: mean(answered.map((g) => g.loadDurationNs / 1e6)) ?? 0,

    report_format: REPORT_FORMAT,
    status: run.status,
    exbench_version: meta.exbenchVersion,
    benchmark_file: meta.benchmarkPath,
    evaluator: run.evaluator.name,
    executor: run.executor,
    options: run.settings.options,
    ollama: { host: run.host, version: run.serverVersion },
    ...(run.engines ? { engines: run.engines.map((use) => ({ ...use })) } : {}),
    environment: meta.environment ? environmentReport(meta.environment) : null,
    started_at: run.startedAt.toISOString(),
    finished_at: run.finishedAt.toISOString(),
    settings: {
      pull: run.settings.pull,
      warmup: run.settings.warmup,
      overlap: run.settings.overlap,
      evaluation_concurrency: run.settings.evaluationConcurrency,
      request_concurrency: run.settings.requestConcurrency,
      code_timeout_ms: run.settings.codeTimeoutMs,
      max_output_bytes: run.settings.maxOutputBytes,
      retry_attempts: run.settings.retry.attempts,
      connect_timeout_ms: run.settings.serverDeadlines.connectMs,
      request_timeout_ms: run.settings.serverDeadlines.requestMs,
      idle_timeout_ms: run.settings.serverDeadlines.idleMs,
      server_wait_ms: run.settings.serverWaitMs,
      model_timeout_ms: run.settings.modelTimeoutMs ?? null,
      parallel_models: run.settings.parallelModels,
    },
    ...(run.speedWarning ? { speed_warning: run.speedWarning } : {}),
    overall_errored_count: allRows.filter((row) => row.status === 'errored').length,
    overall_timed_out_count: allRows.filter((row) => row.status === 'timed_out').length,
    overall_not_run_count: notRun,
    repeat: run.plan?.repeat ?? 1,
    sweep: run.plan?.sweep ?? {},
    fixed_seed: run.plan?.fixedSeed ?? false,
    heatmap: heatmap && {
      options: heatmap.options,
      models: heatmap.models,
      variants: heatmap.variants,
      success_rate: heatmap.successRate,
    },
    sandbox: {
      tier: run.sandbox.tier,
      isolates: run.sandbox.isolates,
      does_not_isolate: run.sandbox.doesNotIsolate,
      warning: run.sandbox.warning,
    },
    measurement: MEASUREMENT_NOTES,
    ...(meta.shard === undefined ? {} : { shard: meta.shard }),
  };
}

/**
 * A model's `results` in the report; by default each held row (see resultReport). A run that holds
 * slimmed rows gives the whole ones (benchmark-job.ts, from the journal).
 */
export type ResultsOf = (model: ModelRun) => ResultReport[];

function modelReport(model: ModelRun, run: BenchmarkRun, resultsOf?: ResultsOf): ModelReport {
  const figures: ModelFigures = modelFigures(model);
  const repeats = repeatFigures(model, run.plan?.repeat ?? 1);
  return {
    model: model.ref.spec,
    results: resultsOf ? resultsOf(model) : model.rows.map((row) => resultReport(row, model)),
    correct_count: figures.correct,
    incorrect_count: figures.incorrect,
    accuracy: repeats.estimate.accuracy ?? 0,
    average_tokens_per_second: figures.decodeTokensPerSecond.mean ?? 0,
    average_total_duration_ms: figures.totalDurationMs.mean ?? 0,
    average_load_duration_ms: figures.loadDurationMs.mean ?? 0,
    total_cost: 0,

    provider: model.ref.provider,
    name: model.ref.name,
    status: model.status,
    error: model.error,
    pulled: model.pulled,
    details: model.details && {
      digest: model.details.digest,
      family: model.details.family,
      parameter_size: model.details.parameterSize,
      quantization_level: model.details.quantizationLevel,
      format: model.details.format,
      context_length: model.details.contextLength,
      size_bytes: model.details.sizeBytes,
    },
    passed_count: figures.passed,
    failed_count: figures.failed,
    errored_count: figures.errored,
    server_errored_count: model.rows.filter((row) => row.errorKind === 'server').length,
    timed_out_count: figures.timedOut,
    not_run_count: figures.notRun,
    ...(figures.noExpectation > 0 ? { no_expectation_count: figures.noExpectation } : {}),
    decode_tokens_per_second: distribution(figures.decodeTokensPerSecond),
    prefill_tokens_per_second: distribution(figures.prefillTokensPerSecond),
    time_to_first_token_ms: distribution(figures.timeToFirstTokenMs),
    total_duration_ms: distribution(figures.totalDurationMs),
    load_duration_ms: distribution(figures.loadDurationMs),
    warmup_load_duration_ms: figures.warmupLoadDurationMs,
    warmup: model.warmup && timings(model.warmup),
    executor: run.executor,
    variant: model.ref.variant?.name ?? null,
    options: targetOptions(model.ref, run.settings.options),
    repeat: repeats.repeat,
    pass_at_k: repeats.passAtK,
    accuracy_interval: repeats.estimate.interval,
    accuracy_interval_method: repeats.estimate.method,
    rows: repeats.rows.map((row) => ({
      index: row.index,
      runs: row.runs,
      passes: row.passes,
      pass_rate: row.passRate,
    })),
    repeat_spread: repeats.spread,
    ...(model.engine ? { engine: model.engine } : {}),
    figure_sources: modelFigureSources(model),
    ...multipleChoiceReport(run.benchmark, model),
  };
}

/** One held result as the report writes it. */
export function resultReport(row: RowResult, model: ModelRun): ResultReport {
  const generation = row.generation;
  return {
    prompt_response: {
      response: generation?.response ?? '',
      tokens_per_second: (generation && decodeTokensPerSecond(generation)) ?? 0,
      provider: model.ref.provider,
      total_duration_ms: generation ? generation.totalDurationNs / 1e6 : 0,
      load_duration_ms: generation ? generation.loadDurationNs / 1e6 : 0,
      inputAndOutputCost: 0,
      errored: generation ? null : true,
      ...(generation ? timings(generation) : {}),
      attempts: row.attempts,
      error: row.error,
    },
    execution_result: row.output,
    expected_result: typeof row.expectation === 'string' ? row.expectation : JSON.stringify(row.expectation),
    input_prompt: row.prompt,
    model: model.ref.spec,
    correct: row.correct,
    index: row.index,

    status: row.status,
    reason: row.reason,
    comparison: row.comparison,
    /** `server`: the server failed (the row says nothing about the model); `request`: it refused the request. */
    error_kind: row.errorKind,
    yaml_line: row.line,
    dynamic_variables: row.variables,
    extracted_code: row.extraction?.code ?? null,
    code_language: row.extraction?.language ?? null,
    thinking: row.extraction?.thinking || null,
    execution: row.execution && {
      executor: row.execution.executor,
      command: row.execution.command,
      exit_code: row.execution.exitCode,
      signal: row.execution.signal,
      timed_out: row.execution.timedOut,
      stderr: row.execution.stderr,
      stdout_truncated: row.execution.stdoutTruncated,
      stderr_truncated: row.execution.stderrTruncated,
      duration_ms: round(row.execution.durationMs),
      installed_dependencies: row.execution.installedDependencies ?? null,
    },
    repeat: row.repeat ?? 1,
    seed: row.seed ?? null,
  };
}

function environmentReport(environment: EnvironmentFingerprint): EnvironmentReport {
  return {
    os: { ...environment.os },
    arch: environment.arch,
    cpu: { model: environment.cpu.model, cores: environment.cpu.cores },
    memory_bytes: environment.memoryBytes,
    gpus: environment.gpus.map((gpu) => ({ name: gpu.name, memory: gpu.memory, driver: gpu.driver })),
    runner: environment.runner && {
      image_os: environment.runner.imageOs,
      image_version: environment.runner.imageVersion,
      name: environment.runner.name,
      environment: environment.runner.environment,
    },
  };
}

function timings(generation: Generation) {
  return {
    done_reason: generation.doneReason,
    time_to_first_token_ms:
      generation.timeToFirstTokenMs === null ? null : round(generation.timeToFirstTokenMs),
    prefill_tokens_per_second: prefillTokensPerSecond(generation),
    eval_count: generation.evalCount,
    eval_duration_ms: generation.evalDurationNs / 1e6,
    prompt_eval_count: generation.promptEvalCount,
    prompt_eval_duration_ms: generation.promptEvalDurationNs / 1e6,
    load_duration_ms: generation.loadDurationNs / 1e6,
    total_duration_ms: generation.totalDurationNs / 1e6,
    wall_ms: round(generation.wallMs),
    decode_timed_by: decodeSource(generation),
    prefill_timed_by: prefillSource(generation),
    ...(generation.timeToLastTokenMs === undefined
      ? {}
      : {
          time_to_last_token_ms:
            generation.timeToLastTokenMs === null ? null : round(generation.timeToLastTokenMs),
        }),
  };
}

function modelFigureSources(model: ModelRun) {
  const sources = figureSources(model);
  return {
    decode_tokens_per_second: sources.decodeTokensPerSecond,
    prefill_tokens_per_second: sources.prefillTokensPerSecond,
    time_to_first_token_ms: sources.timeToFirstTokenMs,
  };
}

function distribution(d: Distribution) {
  return { n: d.n, mean: d.mean, median: d.median, p95: d.p95, min: d.min, max: d.max };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function isNumber(value: number | null): value is number {
  return value !== null;
}

import { z } from 'zod';
import { lazily } from '../lazily.js';
import { REPORT_FORMAT } from './report-format.js';

export { REPORT_FORMAT };

/**
 * The JSON report, as one zod schema: the writer's output type is inferred from it, every reader
 * parses with it, and `npm run schemas` publishes it as schemas/report.schema.json.
 *
 * Changing it: a field added to format 1 is one line here, `.optional()` when reports written
 * before it lack it (the reader still reads them). Removing a field or changing its meaning bumps
 * REPORT_FORMAT and keeps a reader for the old format beside the new one.
 */

/** The report exbench writes, built on first use: a run that reads no report never builds it. */
export const reportSchema = lazily(() => {
  const Distribution = z.object({
    n: z.number().int(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    p95: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
  });

  const Executor = z.enum(['python3', 'uv']);

  /** The server's timings of one request (milliseconds), and the client's time to first token. */
  const Timings = z.object({
    done_reason: z.string().nullable(),
    time_to_first_token_ms: z.number().nullable(),
    prefill_tokens_per_second: z.number().nullable(),
    eval_count: z.number(),
    eval_duration_ms: z.number(),
    prompt_eval_count: z.number(),
    prompt_eval_duration_ms: z.number(),
    load_duration_ms: z.number(),
    total_duration_ms: z.number(),
    wall_ms: z.number(),
    /** Whose clock timed decode and prefill (absent in reports before engines: the server). */
    decode_timed_by: z.enum(['server', 'client']).optional(),
    prefill_timed_by: z.enum(['server', 'client']).optional(),
    /** Client: from sending the request to the last chunk that carried text. */
    time_to_last_token_ms: z.number().nullable().optional(),
  });

  const EngineName = z.enum(['ollama', 'llamacpp', 'openai']);
  const ModelFigureSource = z.enum(['server', 'client', 'mixed']).nullable();

  const PromptResponse = z.object({
    // The predecessor's fields.
    response: z.string(),
    tokens_per_second: z.number(),
    provider: z.string(),
    total_duration_ms: z.number(),
    load_duration_ms: z.number(),
    inputAndOutputCost: z.number(),
    errored: z.boolean().nullable(),
    // exbench's: the timings only when the server answered.
    ...Timings.omit({ load_duration_ms: true, total_duration_ms: true }).partial().shape,
    attempts: z.number().int(),
    error: z.string().nullable(),
  });

  const Execution = z.object({
    executor: Executor,
    command: z.string(),
    exit_code: z.number().int().nullable(),
    signal: z.string().nullable(),
    timed_out: z.boolean(),
    stderr: z.string(),
    stdout_truncated: z.boolean(),
    stderr_truncated: z.boolean(),
    duration_ms: z.number(),
    /** PEP 723 dependencies installed before the code ran (uv executor, namespace tier). */
    installed_dependencies: z.array(z.string()).nullable().optional(),
  });

  const Result = z.object({
    // The predecessor's fields.
    prompt_response: PromptResponse,
    execution_result: z.string(),
    expected_result: z.string(),
    input_prompt: z.string(),
    model: z.string(),
    correct: z.boolean(),
    index: z.number().int(),
    // exbench's.
    /** not_run: an interruption stopped the run before the row was finished; counted apart. */
    status: z.enum(['passed', 'failed', 'errored', 'timed_out', 'not_run', 'answered']),
    reason: z.string().nullable(),
    /** The rule that judged the answer; null when there was nothing to compare. */
    comparison: z.enum(['exact_integer', 'absolute_1e-6', 'string', 'json', 'choice']).nullable().optional(),
    /** `server`: the server failed (the row says nothing about the model); `request`: it refused it. */
    error_kind: z.enum(['server', 'request']).nullable().optional(),
    yaml_line: z.number().int().nullable(),
    dynamic_variables: z.record(z.string(), z.string()),
    extracted_code: z.string().nullable(),
    code_language: z.string().nullable(),
    thinking: z.string().nullable(),
    execution: Execution.nullable(),
    /** Which repeat of the row this is, from 1 (absent before repeats existed: 1). */
    repeat: z.number().int().optional(),
    /** The seed the request was sent with, when the options set one (varied per repeat). */
    seed: z.number().int().nullable().optional(),
  });

  /** A spread between repeats of the same row, relative to its median (see measurement.repeat_spread). */
  const RepeatSpread = z.object({
    rows: z.number().int(),
    median: z.number().nullable(),
    max: z.number().nullable(),
  });

  /** A model's accuracy on multiple-choice questions (one file's or all), beside the chance level. */
  const ChoiceAccuracy = z.object({
    questions: z.number().int(),
    /** Results judged: one per question and repeat, rows not run left out. */
    answered: z.number().int(),
    correct_count: z.number().int(),
    /** Answers that named no option: wrong, but apart from a wrong letter. */
    no_choice_count: z.number().int(),
    accuracy: z.number().nullable(),
    /** 1 / the number of options, averaged over the questions: what guessing scores. */
    chance: z.number().nullable(),
  });

  const ModelDetails = z.object({
    digest: z.string().nullable(),
    family: z.string().nullable(),
    parameter_size: z.string().nullable(),
    quantization_level: z.string().nullable(),
    format: z.string().nullable(),
    context_length: z.number().nullable(),
    size_bytes: z.number().nullable(),
  });

  const Model = z.object({
    // The predecessor's fields.
    model: z.string().min(1),
    results: z.array(Result),
    correct_count: z.number().int(),
    incorrect_count: z.number().int(),
    accuracy: z.number(),
    average_tokens_per_second: z.number(),
    average_total_duration_ms: z.number(),
    average_load_duration_ms: z.number(),
    total_cost: z.number(),
    // exbench's.
    provider: z.string(),
    name: z.string(),
    status: z.enum(['completed', 'unavailable', 'skipped', 'interrupted', 'incomplete']),
    error: z.string().nullable(),
    pulled: z.boolean(),
    details: ModelDetails.nullable(),
    passed_count: z.number().int(),
    failed_count: z.number().int(),
    errored_count: z.number().int(),
    /** Rows errored because the server failed; the gate leaves them out. */
    server_errored_count: z.number().int().optional(),
    timed_out_count: z.number().int(),
    not_run_count: z.number().int().optional(),
    /** Free-form rows answered with nothing to judge (evaluator none): not in accuracy. */
    no_expectation_count: z.number().int().optional(),
    decode_tokens_per_second: Distribution,
    prefill_tokens_per_second: Distribution,
    time_to_first_token_ms: Distribution,
    total_duration_ms: Distribution,
    load_duration_ms: Distribution,
    warmup_load_duration_ms: z.number().nullable(),
    warmup: Timings.nullable(),
    executor: Executor.nullable(),
    // Repeats and sweeps; absent in reports written before them.
    /** The variant's name (`temperature=0.5`) when options were swept; shown as `model @ variant`. */
    variant: z.string().nullable().optional(),
    /** The options this model (variant) ran with: the run's, the variant's over them. */
    options: z.record(z.string(), z.unknown()).optional(),
    /** Results asked for per row. */
    repeat: z.number().int().optional(),
    /** pass@k by the unbiased estimator of Chen et al. 2021, by k (1, and 5 and 10 up to `repeat`). */
    pass_at_k: z.record(z.string(), z.number()).optional(),
    /** 95 % interval of `accuracy`, null when no row ran. */
    accuracy_interval: z.tuple([z.number(), z.number()]).nullable().optional(),
    /**
     * wilson: one run per row; bootstrap_wilson_floor: with repeats, rows resampled, never narrower
     * than the Wilson interval of the pooled results; bootstrap: rows resampled (older reports).
     */
    accuracy_interval_method: z.enum(['wilson', 'bootstrap', 'bootstrap_wilson_floor']).optional(),
    /** Per row over its repeats: results run, passes and pass rate. */
    rows: z
      .array(
        z.object({
          index: z.number().int(),
          runs: z.number().int(),
          passes: z.number().int(),
          pass_rate: z.number().nullable(),
        }),
      )
      .optional(),
    /** How far apart repeats of the same row are, per speed figure. */
    repeat_spread: z
      .object({
        decode_tokens_per_second: RepeatSpread,
        time_to_first_token_ms: RepeatSpread,
        total_duration_ms: RepeatSpread,
      })
      .optional(),
    /** Multiple-choice benchmarks only: accuracy over all question files, and per file. */
    multiple_choice: ChoiceAccuracy.extend({
      files: z.array(ChoiceAccuracy.extend({ file: z.string() })),
    }).optional(),
    /** The engine that served the model; absent in reports before engines (Ollama). */
    engine: EngineName.optional(),
    /** Who timed each speed figure of the model: `server`, `client`, or `mixed` rows. */
    figure_sources: z
      .object({
        decode_tokens_per_second: ModelFigureSource,
        prefill_tokens_per_second: ModelFigureSource,
        time_to_first_token_ms: z.literal('client'),
      })
      .optional(),
  });

  const Environment = z.object({
    os: z.object({ platform: z.string(), release: z.string(), version: z.string().nullable() }),
    arch: z.string(),
    cpu: z.object({ model: z.string().nullable(), cores: z.number().int() }),
    memory_bytes: z.number(),
    gpus: z.array(
      z.object({ name: z.string(), memory: z.string().nullable(), driver: z.string().nullable() }),
    ),
    runner: z
      .object({
        image_os: z.string().nullable(),
        image_version: z.string().nullable(),
        name: z.string().nullable(),
        environment: z.string().nullable(),
      })
      .nullable(),
  });

  /** A YAML scalar as written, or (for `json_validator_eval`) a mapping or list. */
  const Expectation = z.union([z.string(), z.record(z.string(), z.unknown()), z.array(z.unknown())]);

  return z
    .object({
      // The predecessor's fields.
      benchmark_name: z.string(),
      purpose: z.string(),
      base_prompt: z.string(),
      prompt_iterations: z.array(
        z.object({ dynamic_variables: z.record(z.string(), z.string()), expectation: Expectation }),
      ),
      models: z.array(Model),
      overall_correct_count: z.number().int(),
      overall_incorrect_count: z.number().int(),
      overall_accuracy: z.number(),
      average_tokens_per_second: z.number(),
      average_total_duration_ms: z.number(),
      average_load_duration_ms: z.number(),
      // exbench's.
      report_format: z.literal(REPORT_FORMAT),
      /** interrupted: a signal stopped the run; rows not run are `not_run`. */
      status: z.enum(['completed', 'interrupted']).optional(),
      exbench_version: z.string(),
      benchmark_file: z.string(),
      evaluator: z.string(),
      executor: Executor.nullable(),
      options: z.record(z.string(), z.unknown()),
      ollama: z.object({ host: z.string(), version: z.string() }),
      /** Each engine the run used, with its version (part of the fingerprint speed is judged by). */
      engines: z.array(z.object({ engine: EngineName, host: z.string(), version: z.string() })).optional(),
      /** Null when not gathered; absent from reports written before it existed. */
      environment: Environment.nullable().optional(),
      started_at: z.string(),
      finished_at: z.string(),
      settings: z.object({
        pull: z.boolean(),
        warmup: z.boolean(),
        overlap: z.boolean(),
        evaluation_concurrency: z.number().int(),
        /** Requests in flight to one server at once; absent from reports before it existed: 1. */
        request_concurrency: z.number().int().optional(),
        code_timeout_ms: z.number(),
        max_output_bytes: z.number().int(),
        retry_attempts: z.number().int(),
        connect_timeout_ms: z.number().optional(),
        request_timeout_ms: z.number().optional(),
        idle_timeout_ms: z.number().optional(),
        server_wait_ms: z.number().optional(),
        /** Each model's time budget for its rows (`--model-timeout`); null for none. */
        model_timeout_ms: z.number().nullable().optional(),
        /** Models run at once (`--parallel-models`). */
        parallel_models: z.number().int().optional(),
      }),
      /** Set when the speed figures cannot be taken at face value (models run at once on one server). */
      speed_warning: z.string().optional(),
      overall_errored_count: z.number().int(),
      overall_timed_out_count: z.number().int(),
      overall_not_run_count: z.number().int().optional(),
      /** Results asked for per row and model (variant); absent before repeats existed: 1. */
      repeat: z.number().int().optional(),
      /** The options swept and their values; empty for none. */
      sweep: z.record(z.string(), z.array(z.unknown())).optional(),
      /** Whether a fixed seed was kept in every repeat instead of varied. */
      fixed_seed: z.boolean().optional(),
      /** With a sweep: success rate (mean per-row pass rate) per model (rows) and variant (columns). */
      heatmap: z
        .object({
          options: z.array(z.string()),
          models: z.array(z.string()),
          variants: z.array(z.string()),
          success_rate: z.array(z.array(z.number().nullable())),
        })
        .nullable()
        .optional(),
      /** Where model-written code ran, what that isolates and what it does not. */
      sandbox: z
        .object({
          tier: z.enum(['namespace', 'process']),
          isolates: z.array(z.string()),
          does_not_isolate: z.array(z.string()),
          warning: z.string().nullable(),
        })
        .optional(),
      measurement: z.record(z.string(), z.string()),
      /** `--shard i/n`: this run holds the rows whose 0-based position modulo `count` is `index - 1`. */
      shard: z
        .object({
          index: z.number().int().min(1),
          count: z.number().int().min(1),
          /** The row indexes run, in order: `prompt_iterations[k]` is row `rows[k]`. */
          rows: z.array(z.number().int()),
          /** Of the whole benchmark (prompt, evaluator, every row), so shards of other files never merge. */
          content_sha256: z.string(),
        })
        .optional(),
      /** Set by `exbench merge`: the reports joined into this one, each with its machine. */
      merged_from: z
        .array(
          z.object({
            file: z.string(),
            shard: z.object({ index: z.number().int(), count: z.number().int() }).nullable(),
            started_at: z.string(),
            models: z.array(z.string()),
            environment: Environment.nullable(),
          }),
        )
        .optional(),
      /** Set by a partial `exbench merge` (`--allow-partial`): the shard numbers whose rows are absent. */
      missing_shards: z.array(z.number().int().min(1)).optional(),
    })
    .meta({
      title: 'exbench report',
      description: `The JSON report exbench writes (report_format "${REPORT_FORMAT}").`,
    });
});

export type Report = z.infer<ReturnType<typeof reportSchema>>;
export type ModelReport = Report['models'][number];
export type ResultReport = ModelReport['results'][number];
export type EnvironmentReport = NonNullable<Report['environment']>;

/**
 * The report of the Python tool exbench succeeds (it has no `report_format`). Only what a
 * comparison needs is required; the rest is read when present, as that tool's reports vary.
 */
export const predecessorReportSchema = lazily(() => {
  const PredecessorFigure = z.number().nullish();
  return z.object({
    benchmark_name: z.string(),
    purpose: z.string().nullish(),
    base_prompt: z.string().nullish(),
    prompt_iterations: z
      .array(
        z.object({
          dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
          expectation: z.unknown().optional(),
        }),
      )
      .nullish(),
    models: z.array(
      z.object({
        model: z.string().min(1),
        results: z.array(
          z.object({
            prompt_response: z
              .object({
                response: z.string().nullish(),
                tokens_per_second: PredecessorFigure,
                provider: z.string().nullish(),
                total_duration_ms: PredecessorFigure,
                load_duration_ms: PredecessorFigure,
                inputAndOutputCost: PredecessorFigure,
                errored: z.boolean().nullish(),
              })
              .nullish(),
            execution_result: z.unknown().optional(),
            expected_result: z.unknown().optional(),
            input_prompt: z.string().nullish(),
            model: z.string().nullish(),
            correct: z.boolean(),
            index: z.number().int().nullish(),
          }),
        ),
        correct_count: PredecessorFigure,
        incorrect_count: PredecessorFigure,
        accuracy: PredecessorFigure,
        average_tokens_per_second: PredecessorFigure,
        average_total_duration_ms: PredecessorFigure,
        average_load_duration_ms: PredecessorFigure,
        total_cost: PredecessorFigure,
      }),
    ),
    overall_correct_count: PredecessorFigure,
    overall_incorrect_count: PredecessorFigure,
    overall_accuracy: PredecessorFigure,
    average_tokens_per_second: PredecessorFigure,
    average_total_duration_ms: PredecessorFigure,
    average_load_duration_ms: PredecessorFigure,
  });
});

export type PredecessorReport = z.infer<ReturnType<typeof predecessorReportSchema>>;

/**
 * Any report exbench reads: its own of the current format, or the predecessor's. The comparison in
 * core declares what it reads (ComparableReport) without importing this module; the compiler checks
 * that both fit wherever a stored report is handed to it.
 */
export type StoredReport = Report | PredecessorReport;

export type ReadReportResult = { ok: true; report: StoredReport } | { ok: false; problem: string };

/**
 * Checks that a parsed JSON value is a report exbench reads, choosing the schema by `report_format`.
 * Returns the problem in words (with the path of the first bad field) instead of throwing, so the
 * caller can name the file.
 */
export function readReport(value: unknown): ReadReportResult {
  const format =
    typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>).report_format
      : undefined;
  if (format !== undefined && format !== REPORT_FORMAT) {
    return {
      ok: false,
      problem: `report_format: ${JSON.stringify(format)} is not a format this exbench reads (it reads "${REPORT_FORMAT}" and the predecessor's reports, which have none)`,
    };
  }
  const parsed = (format === undefined ? predecessorReportSchema() : reportSchema()).safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return { ok: false, problem: `${where}${issue?.message ?? 'not a report'}` };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

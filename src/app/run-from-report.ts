import { EVALUATOR_NAMES } from '../config/evaluator-names.js';
import { defaultRunSettings } from '../config/run-settings.js';
import { sweepSchema } from '../config/sweep.js';
import { EVALUATORS } from '../core/evaluators.js';
import { parseModelRef } from '../core/model-ref.js';
import type { BenchmarkRun, ModelRun, RowResult } from '../core/types.js';
import { ConfigurationError } from '../errors.js';
import type { Generation } from '../ports.js';
import type { ModelReport, Report, ResultReport } from '../report/report-schema.js';

const NS_PER_MS = 1e6;

/**
 * The run a report records, read back so a report that was not run here (a matrix leg's, merged)
 * is rendered and published by the same code as a run of this job. What a report does not keep
 * (the warm-up's timings beyond load, the machine's CPU count) takes its default.
 */
export function runFromReport(report: Report, fileName: string): BenchmarkRun {
  const evaluatorName = EVALUATOR_NAMES.find((name) => name === report.evaluator);
  if (evaluatorName === undefined) {
    throw new ConfigurationError(
      `${fileName}: evaluator "${report.evaluator}" is not one this exbench knows`,
    );
  }
  const rows = report.prompt_iterations.map((iteration, i) => ({
    index: report.shard?.rows[i] ?? i + 1,
    line: null,
    variables: iteration.dynamic_variables,
    expectation: iteration.expectation,
  }));
  // A report keeps the sweep's values as JSON; only scalars can have been swept.
  const sweep = sweepSchema().parse(report.sweep ?? {});
  const defaults = defaultRunSettings({ cpuCount: report.settings.evaluation_concurrency });
  return {
    benchmark: {
      fileName: report.benchmark_file,
      benchmarkName: report.benchmark_name,
      purpose: report.purpose,
      basePrompt: report.base_prompt,
      evaluator: evaluatorName,
      rows,
      models: report.models.map((m) => m.model),
      modelProvider: null,
      options: {},
      repeat: report.repeat ?? null,
      sweep,
      servers: {},
      unknownKeys: [],
    },
    evaluator: EVALUATORS[evaluatorName],
    executor: report.executor,
    host: report.ollama.host,
    serverVersion: report.ollama.version,
    ...(report.engines ? { engines: report.engines.map((use) => ({ ...use })) } : {}),
    settings: {
      ...defaults,
      pull: report.settings.pull,
      warmup: report.settings.warmup,
      overlap: report.settings.overlap,
      requestConcurrency: report.settings.request_concurrency ?? 1,
      codeTimeoutMs: report.settings.code_timeout_ms,
      maxOutputBytes: report.settings.max_output_bytes,
    },
    status: report.status ?? 'completed',
    sandbox: {
      tier: report.sandbox?.tier ?? 'process',
      isolates: report.sandbox?.isolates ?? [],
      doesNotIsolate: report.sandbox?.does_not_isolate ?? [],
      warning: report.sandbox?.warning ?? null,
    },
    startedAt: new Date(report.started_at),
    finishedAt: new Date(report.finished_at),
    models: report.models.map(modelRun),
    plan: { repeat: report.repeat ?? 1, sweep, fixedSeed: report.fixed_seed ?? false },
    ...(report.speed_warning ? { speedWarning: report.speed_warning } : {}),
  };
}

function modelRun(model: ModelReport): ModelRun {
  const details = model.details;
  return {
    ref: {
      ...parseModelRef(model.model),
      ...(model.variant ? { variant: { name: model.variant, options: model.options ?? {} } } : {}),
    },
    status: model.status,
    error: model.error,
    details:
      details === null
        ? null
        : {
            name: model.name,
            digest: details.digest,
            sizeBytes: details.size_bytes,
            family: details.family,
            parameterSize: details.parameter_size,
            quantizationLevel: details.quantization_level,
            format: details.format,
            contextLength: details.context_length,
            capabilities: null,
          },
    pulled: model.pulled,
    warmup: null,
    rows: model.results.map(rowResult),
  };
}

function rowResult(result: ResultReport): RowResult {
  const response = result.prompt_response;
  const execution = result.execution;
  return {
    index: result.index,
    line: result.yaml_line,
    variables: result.dynamic_variables,
    expectation: result.expected_result,
    prompt: result.input_prompt,
    generation: response.errored === true ? null : generation(response),
    attempts: response.attempts,
    error: response.error,
    errorKind: result.error_kind ?? null,
    extraction:
      result.extracted_code === null
        ? null
        : { code: result.extracted_code, thinking: result.thinking ?? '', language: result.code_language },
    execution:
      execution === null
        ? null
        : {
            executor: execution.executor,
            command: execution.command,
            exitCode: execution.exit_code,
            signal: execution.signal,
            timedOut: execution.timed_out,
            stdout: result.execution_result,
            stderr: execution.stderr,
            stdoutTruncated: execution.stdout_truncated,
            stderrTruncated: execution.stderr_truncated,
            durationMs: execution.duration_ms,
            spawnError: null,
          },
    output: result.execution_result,
    correct: result.correct,
    status: result.status,
    reason: result.reason,
    comparison: result.comparison ?? null,
  };
}

/** The server's figures back in nanoseconds, as the client recorded them. */
function generation(response: ResultReport['prompt_response']): Generation {
  return {
    response: response.response,
    thinking: '',
    doneReason: response.done_reason ?? null,
    evalCount: response.eval_count ?? 0,
    evalDurationNs: (response.eval_duration_ms ?? 0) * NS_PER_MS,
    promptEvalCount: response.prompt_eval_count ?? 0,
    promptEvalDurationNs: (response.prompt_eval_duration_ms ?? 0) * NS_PER_MS,
    loadDurationNs: response.load_duration_ms * NS_PER_MS,
    totalDurationNs: response.total_duration_ms * NS_PER_MS,
    timeToFirstTokenMs: response.time_to_first_token_ms ?? null,
    wallMs: response.wall_ms ?? 0,
  };
}

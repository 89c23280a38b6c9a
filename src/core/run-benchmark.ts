import type { BenchmarkFile } from '../config/benchmark-file.js';
import { ConfigurationError, describeError } from '../errors.js';
import {
  ModelServerError,
  type Clock,
  type CodeRunner,
  type Executor,
  type GenerateRequest,
  type Generation,
  type Logger,
  type ModelDetails,
  type ModelServer,
  type PullProgress,
} from '../ports.js';
import {
  evaluateRow,
  NOT_RUN_REASON,
  notRunRow,
  type EvaluationContext,
  type GeneratedRow,
} from './evaluate-row.js';
import { EVALUATORS, type EvaluatorSpec } from './evaluators.js';
import { parseModelRef, SERVED_PROVIDER, type ModelRef } from './model-ref.js';
import { TaskPool } from './task-pool.js';
import { renderPrompt } from './template.js';
import type { BenchmarkRun, ModelRun, RetryPolicy, RowResult, RunSettings } from './types.js';

/** What every model's result for a row starts from. */
type RowBase = GeneratedRow['base'];

export interface RunPorts {
  server: ModelServer;
  runner: CodeRunner;
  clock: Clock;
  logger: Logger;
  /**
   * Aborted when the run must stop (Ctrl-C, a cancelled job): no further request is sent, running
   * snippets are killed, and every row not finished is recorded as `not_run`.
   */
  signal?: AbortSignal;
}

/** A short, fixed prompt for the untimed warm-up, unlike any row so no row's prompt is cached by it. */
export const WARMUP_PROMPT = 'Reply with the single word: ready';

/** How often pull progress is logged, at most. */
const PULL_LOG_INTERVAL_MS = 5_000;

/**
 * Which models a run covers. Models named by the user must be ones exbench serves; models listed in
 * the file for other providers are kept as `skipped`, so the report says why they have no results.
 */
export function planModels(benchmark: BenchmarkFile, requested: readonly string[]): ModelRef[] {
  if (requested.length > 0) {
    const refs = requested.map((spec) => parseModelRef(spec));
    const foreign = refs.find((ref) => ref.provider !== SERVED_PROVIDER);
    if (foreign) {
      throw new ConfigurationError(
        `model "${foreign.spec}": provider "${foreign.provider}" is not served by exbench; use an Ollama model name such as "llama3.2:1b" or "ollama~llama3.2:1b"`,
      );
    }
    return dedupe(refs);
  }
  const refs = dedupe(
    benchmark.models.map((spec) => parseModelRef(spec, benchmark.modelProvider ?? SERVED_PROVIDER)),
  );
  if (!refs.some((ref) => ref.provider === SERVED_PROVIDER)) {
    const listed =
      benchmark.models.length > 0 ? `it lists only ${benchmark.models.join(', ')}` : 'it lists none';
    throw new ConfigurationError(
      `${benchmark.fileName}: models: no Ollama model to run (${listed}); name models on the command line, e.g. "exbench ollama-bench llama3.2:1b ${benchmark.fileName}"`,
    );
  }
  return refs;
}

function dedupe(refs: ModelRef[]): ModelRef[] {
  const seen = new Set<string>();
  return refs.filter((ref) => {
    if (seen.has(ref.id)) return false;
    seen.add(ref.id);
    return true;
  });
}

/** Runs every row of a benchmark against every model. One model failing never loses another's results. */
export async function runBenchmark(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts,
): Promise<BenchmarkRun> {
  const { server, runner, clock, logger } = ports;
  const refs = planModels(benchmark, settings.models);
  const evaluator = EVALUATORS[benchmark.evaluator];
  const startedAt = clock.date();
  const serverVersion = await server.version();
  logger.info(`Ollama ${serverVersion} at ${server.host}`);

  const executor = await chooseExecutor(evaluator, runner, logger);
  const context: EvaluationContext = {
    evaluator,
    executor,
    runner,
    codeTimeoutMs: settings.codeTimeoutMs,
    maxOutputBytes: settings.maxOutputBytes,
    signal: ports.signal,
  };
  const pool = new TaskPool(settings.evaluationConcurrency);
  // Rendered once and shared by every model's results: a prompt is most of a result's memory.
  const rows = benchmark.rows.map((row): RowBase => ({
    index: row.index,
    line: row.line,
    variables: row.variables,
    expectation: row.expectation,
    prompt: renderPrompt(benchmark.basePrompt, row.variables),
  }));

  const models: ModelRun[] = [];
  for (const ref of refs) {
    if (ports.signal?.aborted) {
      models.push(
        unrunModel(ref, rows, 'unavailable', 'the run was interrupted before this model', 'not_run'),
      );
      continue;
    }
    if (ref.provider !== SERVED_PROVIDER) {
      logger.warning(`${ref.spec}: skipped, provider "${ref.provider}" is not served by exbench`);
      models.push(unrunModel(ref, rows, 'skipped', `provider "${ref.provider}" is not served by exbench`));
      continue;
    }
    models.push(
      await logger.group(`Model ${ref.name}`, () => runModel(ref, rows, settings, context, pool, ports)),
    );
  }
  await pool.drain();

  return {
    benchmark,
    evaluator,
    executor,
    host: server.host,
    serverVersion,
    settings,
    status: ports.signal?.aborted ? 'interrupted' : 'completed',
    sandbox: runner.sandbox,
    startedAt,
    finishedAt: clock.date(),
    models,
  };
}

async function chooseExecutor(
  evaluator: EvaluatorSpec,
  runner: CodeRunner,
  logger: Logger,
): Promise<Executor | null> {
  if (evaluator.executor === null) return null;
  const available = await runner.available();
  if (available.has(evaluator.executor)) return evaluator.executor;
  if (evaluator.executor === 'uv' && available.has('python3')) {
    logger.warning(
      'uv is not installed: running code with python3, so PEP 723 inline dependencies are not installed',
    );
    return 'python3';
  }
  throw new ConfigurationError(
    `evaluator ${evaluator.name} needs ${evaluator.executor}, which is not installed`,
  );
}

async function runModel(
  ref: ModelRef,
  rows: readonly RowBase[],
  settings: RunSettings,
  context: EvaluationContext,
  pool: TaskPool,
  ports: RunPorts,
): Promise<ModelRun> {
  const { logger } = ports;
  let details: ModelDetails | null;
  let pulled = false;
  try {
    details = await untilAborted(ports.server.show(ref.name), ports.signal);
    if (details === null) {
      if (!settings.pull) {
        const error = `model "${ref.name}" is not on the server at ${ports.server.host}; run "ollama pull ${ref.name}" or drop --no-pull`;
        logger.error(error);
        return unrunModel(ref, rows, 'unavailable', error);
      }
      await untilAborted(pullModel(ref.name, ports), ports.signal);
      pulled = true;
      details = await untilAborted(ports.server.show(ref.name), ports.signal);
    }
  } catch (error: unknown) {
    if (ports.signal?.aborted) return interruptedModel(ref, rows);
    const message = `model "${ref.name}" could not be had: ${describeError(error)}`;
    logger.error(message);
    return unrunModel(ref, rows, 'unavailable', message);
  }

  const request = (prompt: string): GenerateRequest => ({
    model: ref.name,
    prompt,
    options: settings.options,
  });
  let warmup: Generation | null = null;
  if (settings.warmup) {
    const outcome = await generateWithRetry(
      { ...request(WARMUP_PROMPT), options: { ...settings.options, num_predict: 1 } },
      settings.retry,
      ports,
    );
    if (ports.signal?.aborted) return { ...interruptedModel(ref, rows), details, pulled };
    if (!outcome.generation) {
      const message = `model "${ref.name}" failed to warm up: ${outcome.error ?? 'unknown error'}`;
      logger.error(message);
      return { ...unrunModel(ref, rows, 'unavailable', message), details, pulled };
    }
    warmup = outcome.generation;
    logger.info(`warm-up: loaded in ${(warmup.loadDurationNs / 1e6).toFixed(0)} ms (not counted in rows)`);
  }

  const evaluations: Promise<RowResult>[] = [];
  const generated: GeneratedRow[] = [];
  for (const base of rows) {
    if (ports.signal?.aborted) {
      evaluations.push(Promise.resolve(notRunRow(base)));
      continue;
    }
    const outcome = await generateWithRetry(request(base.prompt), settings.retry, ports);
    if (ports.signal?.aborted) {
      evaluations.push(Promise.resolve(notRunRow(base)));
      continue;
    }
    const generatedRow: GeneratedRow = { base, ...outcome };
    if (outcome.error) logger.warning(`row ${base.index}: ${outcome.error}`);
    // With overlap, code runs while the model generates; otherwise it waits for the model to finish.
    if (settings.overlap) evaluations.push(pool.run(() => evaluateRow(generatedRow, context)));
    else generated.push(generatedRow);
  }
  for (const row of generated) evaluations.push(pool.run(() => evaluateRow(row, context)));
  const results = await Promise.all(evaluations);

  if (results.some((row) => row.status === 'not_run')) {
    const error = 'the run was interrupted before all rows were run';
    return { ref, status: 'interrupted', error, details, pulled, warmup, rows: results };
  }
  const passed = results.filter((row) => row.correct).length;
  logger.info(`${passed}/${results.length} rows passed`);
  // A model that answered no row at all could not be had, whatever the warm-up said.
  if (results.length > 0 && results.every((row) => row.generation === null)) {
    const error = `model "${ref.name}" answered no row; last error: ${results.at(-1)?.error ?? 'unknown'}`;
    logger.error(error);
    return { ref, status: 'unavailable', error, details, pulled, warmup, rows: results };
  }
  return { ref, status: 'completed', error: null, details, pulled, warmup, rows: results };
}

/** A model the interruption reached before any of its rows was run. */
function interruptedModel(ref: ModelRef, rows: readonly RowBase[]): ModelRun {
  return unrunModel(ref, rows, 'interrupted', 'the run was interrupted before this model', 'not_run');
}

/**
 * A model with no generations: every row is recorded as errored (or not_run, after an
 * interruption) so counts stay whole.
 */
function unrunModel(
  ref: ModelRef,
  rows: readonly RowBase[],
  status: 'unavailable' | 'skipped' | 'interrupted',
  error: string,
  rowStatus: 'errored' | 'not_run' = 'errored',
): ModelRun {
  const results: RowResult[] = rows.map((base) =>
    rowStatus === 'not_run'
      ? notRunRow(base)
      : {
          ...base,
          generation: null,
          attempts: 0,
          error,
          extraction: null,
          execution: null,
          output: '',
          correct: false,
          status: 'errored',
          reason: `not run: ${error}`,
          comparison: null,
        },
  );
  return { ref, status, error, details: null, pulled: false, warmup: null, rows: results };
}

async function pullModel(name: string, ports: RunPorts): Promise<void> {
  const { logger, clock } = ports;
  await logger.group(`Pull ${name}`, async () => {
    let lastStatus = '';
    let lastLogAt = Number.NEGATIVE_INFINITY;
    await ports.server.pull(name, (progress: PullProgress) => {
      const now = clock.now();
      if (progress.status === lastStatus && now - lastLogAt < PULL_LOG_INTERVAL_MS) return;
      lastStatus = progress.status;
      lastLogAt = now;
      logger.info(describePull(progress));
    });
  });
}

function describePull(progress: PullProgress): string {
  if (progress.total && progress.completed !== undefined) {
    const percent = ((100 * progress.completed) / progress.total).toFixed(0);
    return `${progress.status}: ${percent}% of ${(progress.total / 1e6).toFixed(1)} MB`;
  }
  return progress.status;
}

interface GenerationOutcome {
  generation: Generation | null;
  attempts: number;
  error: string | null;
}

/** Retries what may pass on a second try (lost connection, 5xx, 429), with doubling waits. */
async function generateWithRetry(
  request: GenerateRequest,
  retry: RetryPolicy,
  ports: RunPorts,
): Promise<GenerationOutcome> {
  let error = 'no attempt made';
  for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
    if (ports.signal?.aborted) return { generation: null, attempts: attempt - 1, error: NOT_RUN_REASON };
    try {
      return {
        generation: await untilAborted(ports.server.generate(request), ports.signal),
        attempts: attempt,
        error: null,
      };
    } catch (caught: unknown) {
      error = describeError(caught);
      const retryable = caught instanceof ModelServerError ? caught.retryable : false;
      if (!retryable || attempt === retry.attempts) return { generation: null, attempts: attempt, error };
      const delay = retry.initialDelayMs * 2 ** (attempt - 1);
      ports.logger.debug(`attempt ${attempt} failed (${error}); retrying in ${delay} ms`);
      await untilAborted(ports.clock.sleep(delay), ports.signal).catch(() => undefined);
    }
  }
  return { generation: null, attempts: retry.attempts, error };
}

/** `promise`, or a rejection as soon as `signal` aborts: an interrupted run does not wait for the server. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new Error(NOT_RUN_REASON));
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

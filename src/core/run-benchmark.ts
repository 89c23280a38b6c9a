import type { BenchmarkFile, PromptRow } from '../config/benchmark-file.js';
import { ConfigurationError, describeError } from '../errors.js';
import {
  ModelServerError,
  type ErrorKind,
  type Clock,
  type CodeRunner,
  type Executor,
  type GenerateRequest,
  type Generation,
  type Logger,
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
import {
  cannotGenerate,
  modelsUnableToGenerate,
  discoverySources,
  resolveRequestedModels,
  wantsAllModels,
} from './discover-models.js';
import { EVALUATORS, type EvaluatorSpec } from './evaluators.js';
import { parseModelRef, SERVED_PROVIDER, type ModelRef } from './model-ref.js';
import {
  ENGINE_LABELS,
  NOT_USED_VERSION,
  requireServed,
  serverFor,
  unservedReason,
  type EngineUse,
  type ExtraServers,
  type ServedProviders,
} from './server-registry.js';
import { mapInOrder } from './in-flight.js';
import { budgetReason, startModelBudget } from './model-budget.js';
import { runTargetsInOrder, sharedServerWarning } from './model-scheduler.js';
import { prefixedLogger } from './prefixed-logger.js';
import { resultKey, type PriorResults } from './prior-results.js';
import { TaskPool } from './task-pool.js';
import { renderPrompt } from './template.js';
import type {
  BenchmarkRun,
  ModelRun,
  RowAnswer,
  RowResult,
  RunObserver,
  RunPlan,
  RunSettings,
} from './types.js';
import type { ModelOptions } from '../config/model-options.js';
import { mergeSweep } from '../config/sweep.js';
import {
  describePlan,
  expandTargets,
  repeatSeed,
  targetName,
  targetOptions,
  warmupKey,
} from './run-targets.js';

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
  /** Told of each model's start and end and of each finished row. */
  observer?: RunObserver;
  /** Servers for the other providers (`llamacpp`, `openai`); `server` serves `ollama~` models. */
  servers?: ExtraServers;
  /** Results an earlier, stopped run already finished (`--resume`): taken as they are, not asked again. */
  prior?: PriorResults;
  /**
   * What the run keeps of each finished result once the observer was told of it; by default the
   * result whole. A caller that keeps results elsewhere (a journal) returns a slimmer row, so a run
   * of many rows does not hold every prompt and answer (see run-journal.ts's rowRetainer).
   */
  retainRow?: (ref: ModelRef, row: RowResult) => RowResult;
}

/** A row as a model's results start from it, before its prompt is rendered. */
type RowStart = Omit<RowBase, 'prompt'>;

/**
 * The rows every model's results start from. A prompt is most of a result's memory: held results
 * share one rendered once per row, unless results are slimmed once finished (`retainRow`): then no
 * prompt is held for every row, and each is rendered for the request and the result that need it.
 */
interface RowStarts {
  rows: readonly RowStart[];
  /** `row` with its prompt. */
  based(row: RowStart): RowBase;
  /** Every row with its prompt, rendered once on first call (a model whose rows are not run). */
  all(): readonly RowBase[];
}

function rowStarts(rows: readonly PromptRow[], basePrompt: string, renderWhenNeeded: boolean): RowStarts {
  const render = (row: RowStart): RowBase => ({
    index: row.index,
    line: row.line,
    variables: row.variables,
    expectation: row.expectation,
    prompt: renderPrompt(basePrompt, row.variables),
    ...(row.checks === undefined ? {} : { checks: row.checks }),
  });
  if (!renderWhenNeeded) {
    const bases = rows.map(render);
    // The rows handed out are the rendered ones.
    return { rows: bases, based: (row) => row as RowBase, all: () => bases };
  }
  // The file's own rows: a result is built from them field by field (render), so nothing of a
  // row's that results do not carry (a multiple-choice question's `choice`) gets into one.
  let all: RowBase[] | undefined;
  return { rows, based: render, all: () => (all ??= rows.map(render)) };
}

/** A short, fixed prompt for the untimed warm-up, unlike any row so no row's prompt is cached by it. */
export const WARMUP_PROMPT = 'Reply with the single word: ready';

/** How often pull progress is logged, at most. */
const PULL_LOG_INTERVAL_MS = 5_000;

/**
 * Which models a run covers. Models named by the user must be ones exbench serves; models listed in
 * the file for other providers are kept as `skipped`, so the report says why they have no results.
 */
export function planModels(
  benchmark: BenchmarkFile,
  requested: readonly string[],
  servers?: ServedProviders,
): ModelRef[] {
  if (requested.length > 0) {
    const refs = requested.map((spec) => parseModelRef(spec));
    for (const ref of refs) requireServed(ref.spec, ref.provider, servers);
    return dedupe(refs);
  }
  const refs = dedupe(
    benchmark.models.map((spec) => parseModelRef(spec, benchmark.modelProvider ?? SERVED_PROVIDER)),
  );
  if (!refs.some((ref) => unservedReason(ref.provider, servers) === null)) {
    const listed =
      benchmark.models.length > 0 ? `it lists only ${benchmark.models.join(', ')}` : 'it lists none';
    throw new ConfigurationError(
      `${benchmark.fileName}: models: no model exbench can run (${listed}); name models on the command line, e.g. "exbench ollama-bench llama3.2:1b ${benchmark.fileName}"`,
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
  const plan = planRun(benchmark, settings);
  // The plan is told before the first request; with `models: all` once the servers have listed their models.
  const announce = (planned: ModelRef[], unable: ReadonlySet<string>): ModelRef[] => {
    const targets = expandTargets(planned, plan.sweep);
    const served = planned.filter(
      (ref) => serverFor(ref.provider, server, ports.servers) !== null && !unable.has(ref.id),
    ).length;
    const skipped = planned.filter((ref) => unable.has(ref.id)).map((ref) => ref.spec);
    const skipping = skipped.length === 0 ? '' : ` (skipping ${skipped.join(', ')}: cannot generate text)`;
    logger.info(`Plan: ${describePlan(served, plan.sweep, benchmark.rows.length, plan.repeat)}${skipping}`, {
      event: 'plan',
      models: served,
      targets: targets.length,
      rows: benchmark.rows.length,
      repeat: plan.repeat,
    });
    if (
      plan.repeat > 1 &&
      targets.some((ref) => typeof targetOptions(ref, settings.options).seed === 'number')
    ) {
      logger.warning(
        plan.fixedSeed
          ? 'a fixed seed is kept in every repeat (--fixed-seed): repeats will usually give the same answer'
          : 'a fixed seed would make every repeat give the same answer: repeat r uses seed + r - 1 (recorded per result; --fixed-seed keeps it fixed)',
      );
    }
    return targets;
  };
  // `models: all` asks each server which models it has.
  const discover = wantsAllModels(settings.models);
  const requested = (): Promise<string[]> =>
    resolveRequestedModels(settings.models, settings, discoverySources(server, ports.servers));
  let planned = discover ? [] : planModels(benchmark, await requested(), ports.servers);
  const evaluator = EVALUATORS[benchmark.evaluator];
  const startedAt = clock.date();
  let unable: ReadonlySet<string> = new Set();
  if (discover) {
    planned = planModels(benchmark, await requested(), ports.servers);
    logger.info(`models: all: ${planned.map((ref) => ref.spec).join(', ')}`);
    unable = await modelsUnableToGenerate(planned, (ref) => serverFor(ref.provider, server, ports.servers));
  }
  // Each server answers before the plan is told, so a wrong address is the only line the user sees.
  const engines = await engineVersions(planned, ports);
  const serverVersion = engines.find((use) => use.engine === SERVED_PROVIDER)?.version ?? NOT_USED_VERSION;
  const refs = announce(planned, unable);

  const executor = await chooseExecutor(evaluator, runner, logger);
  const context: EvaluationContext = {
    evaluator,
    executor,
    runner,
    codeTimeoutMs: settings.codeTimeoutMs,
    maxOutputBytes: settings.maxOutputBytes,
    signal: ports.signal,
    tokenLimit: tokenLimit(settings.options.num_predict),
  };
  const pool = new TaskPool(settings.evaluationConcurrency);
  const rows = rowStarts(benchmark.rows, benchmark.basePrompt, ports.retainRow !== undefined);

  const finished = (model: ModelRun): ModelRun => {
    ports.observer?.modelFinished?.(model);
    return model;
  };
  const watches = new Map<ModelServer, ServerWatch>();
  const repeats: RepeatContext = { ...plan, warmedUp: new Set() };
  const parallel = settings.parallelModels > 1 && refs.length > 1;
  const speedWarning = sharedServerWarning(
    settings.parallelModels,
    refs.map((ref) => serverFor(ref.provider, server, ports.servers)).filter((used) => used !== null),
  );
  if (speedWarning !== null) logger.warning(speedWarning);
  const runTarget = async (ref: ModelRef): Promise<ModelRun> => {
    if (ports.signal?.aborted) return finished(interruptedModel(ref, rows.all()));
    const modelServer = serverFor(ref.provider, server, ports.servers);
    if (modelServer === null) {
      const reason = unservedReason(ref.provider, ports.servers) ?? '';
      logger.warning(`${ref.spec}: skipped, ${reason}`, { event: 'model_skipped', model: ref.spec });
      return finished(unrunModel(ref, rows.all(), 'skipped', reason, null));
    }
    // Each server has its own watch: one engine being down says nothing about another.
    const serverWatch = watches.get(modelServer) ?? { downSince: null, lastError: '' };
    watches.set(modelServer, serverWatch);
    const shownName = ref.provider === SERVED_PROVIDER ? ref.name : ref.spec;
    const title = targetName({ spec: shownName, variant: ref.variant });
    const modelPorts = { ...ports, server: modelServer };
    const run = (targetPorts: RunPorts) => () =>
      runModel(ref, rows, settings, context, pool, targetPorts, serverWatch, repeats);
    // Log groups cannot interleave: models run side by side name themselves on each line instead.
    const model = parallel
      ? await run({ ...modelPorts, logger: prefixedLogger(logger, title) })()
      : await logger.group(`Model ${title}`, run(modelPorts));
    return finished({ ...model, engine: modelServer.engine ?? 'ollama' });
  };
  const models = await runTargetsInOrder(refs, settings.parallelModels, runTarget);
  await pool.drain();

  return {
    benchmark,
    evaluator,
    executor,
    host: server.host,
    serverVersion,
    engines,
    settings,
    status: ports.signal?.aborted ? 'interrupted' : 'completed',
    sandbox: runner.sandbox,
    startedAt,
    finishedAt: clock.date(),
    models,
    plan,
    ...(speedWarning !== null ? { speedWarning } : {}),
  };
}

/**
 * Repeats and sweep of a run: the caller's over the file's. A caller's fixed option (one it set
 * apart from the file's `options`) is not swept by the file.
 */
export function planRun(benchmark: BenchmarkFile, settings: RunSettings): RunPlan {
  const callerOptions = Object.fromEntries(
    Object.entries(settings.options).filter(
      ([key, value]) => value !== undefined && value !== benchmark.options[key],
    ),
  );
  return {
    repeat: settings.repeat ?? benchmark.repeat ?? 1,
    sweep: mergeSweep(benchmark.sweep, settings.sweep, callerOptions),
    fixedSeed: settings.fixedSeed,
  };
}

/** What the per-model loop shares about repeats: the plan, and which loaded models are warm. */
interface RepeatContext extends RunPlan {
  /** warmupKey of every target warmed up so far: a variant that loads the same model skips its own. */
  warmedUp: Set<string>;
}

/** Asks each server the run's models need for its version, so one that is down stops the run at once. */
async function engineVersions(refs: readonly ModelRef[], ports: RunPorts): Promise<EngineUse[]> {
  const uses: EngineUse[] = [];
  const seen = new Set<ModelServer>();
  for (const ref of refs) {
    const server = serverFor(ref.provider, ports.server, ports.servers);
    if (server === null || seen.has(server)) continue;
    seen.add(server);
    const version = await server.version();
    const engine = server.engine ?? 'ollama';
    ports.logger.info(`${ENGINE_LABELS[engine]} ${version} at ${server.host}`, {
      event: 'server_version',
      engine,
      version,
      host: server.host,
    });
    uses.push({ engine, host: server.host, version });
  }
  return uses;
}

/** A positive `num_predict` caps an answer; -1, -2 and absence mean no fixed cap. */
function tokenLimit(numPredict: unknown): number | null {
  return typeof numPredict === 'number' && numPredict > 0 ? numPredict : null;
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
  starts: RowStarts,
  settings: RunSettings,
  context: EvaluationContext,
  pool: TaskPool,
  ports: RunPorts,
  watch: ServerWatch,
  repeats: RepeatContext,
): Promise<ModelRun> {
  const { logger } = ports;
  const options = targetOptions(ref, settings.options);
  const prior = ports.prior?.resultsOf(ref) ?? new Map<string, RowResult>();
  const priorAnswers = ports.prior?.answersOf(ref) ?? new Map<string, RowAnswer>();
  const priorModel = ports.prior?.modelOf(ref) ?? null;
  if (priorModel !== null && prior.size === starts.rows.length * repeats.repeat) {
    logger.info('all its results were finished by the run resumed');
    const all = [...prior.values()].sort((a, b) => (a.repeat ?? 1) - (b.repeat ?? 1) || a.index - b.index);
    return finishedModel({ ...priorModel, ref }, all, repeats, logger);
  }
  const retried = <T>(request: () => Promise<T>): Promise<Attempted<T>> =>
    withServerRetry(request, settings, ports, watch);
  const unavailable = (message: string, errorKind: ErrorKind): ModelRun => {
    logger.error(message, { event: 'model_unavailable', model: targetName(ref), error_kind: errorKind });
    return unrunModel(ref, starts.all(), 'unavailable', message, errorKind);
  };

  let shown = await retried(() => ports.server.show(ref.name));
  if (ports.signal?.aborted) return interruptedModel(ref, starts.all());
  if (!shown.ok) return unavailable(`model "${ref.name}" could not be had: ${shown.error}`, shown.errorKind);
  let details = shown.value;
  let pulled = false;
  if (details === null) {
    if (!settings.pull) {
      return unavailable(
        `model "${ref.name}" is not on the server at ${ports.server.host}; run "ollama pull ${ref.name}" or drop --no-pull`,
        'request',
      );
    }
    // Ollama resumes a partial pull, so a pull cut off by a server fault is simply asked for again.
    // Only Ollama downloads models, in a log group of its own; another engine's pull just says
    // which models it serves, so it gets no group that would promise a download.
    const pull =
      ref.provider === SERVED_PROVIDER
        ? await retried(() => pullModel(ref.name, ports))
        : await retried(() => ports.server.pull(ref.name, () => undefined));
    if (ports.signal?.aborted) return interruptedModel(ref, starts.all());
    if (!pull.ok) return unavailable(`model "${ref.name}" could not be had: ${pull.error}`, pull.errorKind);
    pulled = true;
    shown = await retried(() => ports.server.show(ref.name));
    if (ports.signal?.aborted) return { ...interruptedModel(ref, starts.all()), pulled };
    if (!shown.ok)
      return unavailable(`model "${ref.name}" could not be had: ${shown.error}`, shown.errorKind);
    details = shown.value;
  }

  const unable = cannotGenerate(details);
  if (unable !== null) {
    logger.warning(`${ref.name}: skipped, ${unable}`);
    return { ...unrunModel(ref, starts.all(), 'skipped', `skipped: ${unable}`, null), details, pulled };
  }

  const request = (prompt: string, seed?: number, signal?: AbortSignal): GenerateRequest => ({
    model: ref.name,
    prompt,
    options: seed === undefined ? options : { ...options, seed },
    ...(signal ? { signal } : {}),
  });
  let warmup: Generation | null = null;
  const warm = warmupKey(ref, options);
  if (settings.warmup && repeats.warmedUp.has(warm)) {
    logger.info('warm-up: skipped, this model is already loaded with the same load options');
  } else if (settings.warmup) {
    const outcome = await generateWithRetry(
      { ...request(WARMUP_PROMPT), options: { ...options, num_predict: 1 } },
      settings,
      ports,
      watch,
    );
    if (ports.signal?.aborted) return { ...interruptedModel(ref, starts.all()), details, pulled };
    if (!outcome.generation) {
      const message = `model "${ref.name}" failed to warm up: ${outcome.error ?? 'unknown error'}`;
      return { ...unavailable(message, outcome.errorKind ?? 'request'), details, pulled };
    }
    warmup = outcome.generation;
    repeats.warmedUp.add(warm);
    logger.info(
      warmup.loadDurationNs > 0
        ? `warm-up: loaded in ${(warmup.loadDurationNs / 1e6).toFixed(0)} ms (not counted in rows)`
        : `warm-up: answered in ${warmup.wallMs.toFixed(0)} ms (not counted in rows)`,
    );
  }

  // From here the model's time budget runs: its signal stops the rows as the run's would, and
  // aborts the request in flight. Rows answered within it are still judged.
  const budget = startModelBudget(settings.modelTimeoutMs, ports.signal);
  const rowSignal = budget.signal;
  const rowPorts: RunPorts = { ...ports, ...(rowSignal ? { signal: rowSignal } : {}) };
  const evaluate = (row: GeneratedRow, labels: RowLabels): Promise<RowResult> =>
    pool
      .run(() => evaluateRow(row, context))
      .then((evaluated) => {
        // Labelled in place (the result is this call's own): a spread copy would get hidden classes
        // of its own for every row, garbage only a full GC takes away.
        const result: RowResult = Object.assign(evaluated, labels);
        if (result.status === 'not_run') return result;
        ports.observer?.rowFinished?.(ref, result);
        return ports.retainRow ? ports.retainRow(ref, result) : result;
      });
  ports.observer?.modelStarted?.(ref, starts.rows.length * repeats.repeat - prior.size);
  // Repeats are whole passes over the rows, so the repeats of a row are apart in time and their
  // spread shows run-to-run noise rather than one moment's.
  const passes = rowPasses(starts.rows, repeats, options);
  /**
   * The pass's answer (or error); `done` when the run resumed already holds its result, and `row`
   * null when the run or the model's time budget stopped before it had one.
   */
  const generateOne = async (pass: RowPass): Promise<PassOutcome> => {
    const { labels } = pass;
    const key = resultKey({ index: pass.row.index, repeat: labels.repeat });
    const done = prior.get(key);
    if (done !== undefined) return { pass, row: null, done };
    const base = starts.based(pass.row);
    const answered = priorAnswers.get(key);
    if (answered !== undefined) {
      const { generation, attempts } = answered;
      return { pass, row: { base, generation, attempts, error: null, errorKind: null } };
    }
    if (rowSignal?.aborted) return { pass, row: null };
    const outcome = await generateWithRetry(
      request(base.prompt, labels.seed ?? undefined, rowSignal),
      settings,
      rowPorts,
      watch,
    );
    if (rowSignal?.aborted) return { pass, row: null };
    // Its code runs later (after the model's last answer without overlap, or when the pool frees):
    // a journal keeps the answer meanwhile.
    if (outcome.generation && context.executor !== null) {
      ports.observer?.rowAnswered?.(ref, {
        index: base.index,
        repeat: labels.repeat ?? 1,
        generation: outcome.generation,
        attempts: outcome.attempts,
      });
    }
    if (outcome.error) {
      const repeatLabel = repeats.repeat > 1 ? ` (repeat ${labels.repeat})` : '';
      logger.warning(`row ${base.index}${repeatLabel}: ${outcome.error}`, {
        event: 'row_error',
        model: targetName(ref),
        row: base.index,
        repeat: labels.repeat,
        error_kind: outcome.errorKind,
      });
    }
    return { pass, row: { base, ...outcome } };
  };
  const finish = ({ pass, row, done }: PassOutcome): Promise<RowResult> => {
    if (done !== undefined) return Promise.resolve(done);
    return row === null
      ? Promise.resolve({ ...notRunRow(starts.based(pass.row)), ...pass.labels })
      : evaluate(row, pass.labels);
  };
  // Up to `requestConcurrency` requests are in flight; results keep the rows' order whatever order
  // the answers arrive in. With overlap, code runs while the model generates; otherwise it waits for
  // the model to finish. An evaluator that runs no code judges each answer as it comes (nothing
  // competes with the model for the machine), so its results reach the journal, the progress and
  // an interrupted run's report at once.
  const judgeAsAnswered = settings.overlap || context.executor === null;
  const results = await (
    judgeAsAnswered
      ? mapInOrder(passes, settings.requestConcurrency, generateOne, finish)
      : mapInOrder(passes, settings.requestConcurrency, generateOne, (outcome) => outcome).then((outcomes) =>
          Promise.all(outcomes.map(finish)),
        )
  ).finally(() => budget.dispose());
  if (budget.expired() && settings.modelTimeoutMs !== undefined) {
    const reason = budgetReason(settings.modelTimeoutMs);
    const unreached = results.filter((row) => row.status === 'not_run').length;
    const error = `ran past its time budget of ${settings.modelTimeoutMs / 1000} s; ${unreached} row(s) not run`;
    logger.warning(`model "${ref.name}" ${error}`);
    const marked = results.map((row) => (row.status === 'not_run' ? { ...row, reason } : row));
    return { ref, status: 'incomplete', error, details, pulled, warmup, rows: marked };
  }
  return finishedModel(
    { ref, status: 'completed', error: null, details, pulled, warmup },
    results,
    repeats,
    logger,
  );
}

/** A model whose rows all ran (or were stopped by an interruption): its status from its results. */
function finishedModel(
  model: Omit<ModelRun, 'rows'>,
  results: RowResult[],
  repeats: Pick<RunPlan, 'repeat'>,
  logger: Logger,
): ModelRun {
  const { ref, details, pulled, warmup } = model;
  if (results.some((row) => row.status === 'not_run')) {
    const error = 'the run was interrupted before all rows were run';
    return { ref, status: 'interrupted', error, details, pulled, warmup, rows: results };
  }
  const passed = results.filter((row) => row.correct).length;
  const answered = results.filter((row) => row.status === 'answered').length;
  const unit = repeats.repeat > 1 ? 'results (rows × repeats)' : 'rows';
  // Free-form answers with nothing to judge (evaluator none) are neither passed nor failed.
  logger.info(
    answered === results.length
      ? `${answered}/${results.length} ${unit} answered (no expectation to judge)`
      : `${passed}/${results.length - answered} ${unit} passed${answered > 0 ? `, ${answered} answered with nothing to judge` : ''}`,
  );
  const serverErrored = results.filter((row) => row.errorKind === 'server').length;
  if (serverErrored > 0) {
    logger.warning(
      `${serverErrored} row(s) errored because the server failed; they say nothing about the model`,
    );
  }
  // A model that answered no row at all could not be had, whatever the warm-up said.
  if (results.length > 0 && results.every((row) => row.generation === null)) {
    const error = `model "${ref.name}" answered no row; last error: ${results.at(-1)?.error ?? 'unknown'}`;
    logger.error(error);
    return { ref, status: 'unavailable', error, details, pulled, warmup, rows: results };
  }
  return { ref, status: 'completed', error: null, details, pulled, warmup, rows: results };
}

type RowLabels = Pick<RowResult, 'repeat' | 'seed'>;

/** One request of a model's run: a row in one repeat, with the seed that repeat sends. */
/** A pass's generation: its answer, none (stopped first), or the result a resumed run holds. */
interface PassOutcome {
  pass: RowPass;
  row: GeneratedRow | null;
  done?: RowResult;
}

interface RowPass {
  row: RowStart;
  labels: RowLabels;
}

/** Every row of every repeat, in the order they are sent: repeat 1's rows, then repeat 2's, … */
function rowPasses(rows: readonly RowStart[], repeats: RunPlan, options: ModelOptions): RowPass[] {
  const passes: RowPass[] = [];
  for (let repeat = 1; repeat <= repeats.repeat; repeat += 1) {
    const seed = repeatSeed(options, repeat, repeats.fixedSeed);
    for (const row of rows) passes.push({ row, labels: { repeat, seed: seed ?? null } });
  }
  return passes;
}

/** A model the interruption reached before any of its rows was run. */
function interruptedModel(ref: ModelRef, rows: readonly RowBase[]): ModelRun {
  return unrunModel(ref, rows, 'interrupted', 'the run was interrupted before this model', null, 'not_run');
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
  errorKind: ErrorKind | null,
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
          errorKind,
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
  errorKind: ErrorKind | null;
}

/** Least and most a wait between two probes of a server that is down can be. */
const MIN_SERVER_PROBE_DELAY_MS = 100;
/** Most a wait between two probes of a server that is down grows to. */
const SERVER_PROBE_MAX_DELAY_MS = 5_000;

/**
 * What the run knows of the server between requests. Once a wait for it has run out, later requests
 * probe it once instead of waiting again, so a dead server costs one wait, not one per row.
 */
interface ServerWatch {
  downSince: number | null;
  lastError: string;
}

type Attempted<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; error: string; errorKind: ErrorKind; attempts: number };

/**
 * Tries `request` up to `retry.attempts` times. After a server fault (lost connection, 5xx, a
 * deadline) it waits for the server to answer again, up to `serverWaitMs`, then tries again; a
 * request the server refuses (4xx) is not tried again.
 */
async function withServerRetry<T>(
  request: () => Promise<T>,
  settings: Pick<RunSettings, 'retry' | 'serverWaitMs'>,
  ports: RunPorts,
  watch: ServerWatch,
): Promise<Attempted<T>> {
  const { retry } = settings;
  let error = 'no attempt made';
  for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
    if (ports.signal?.aborted)
      return { ok: false, error: NOT_RUN_REASON, errorKind: 'request', attempts: attempt - 1 };
    if (watch.downSince !== null) {
      if (!(await answers(ports.server))) {
        const since = ((ports.clock.now() - watch.downSince) / 1000).toFixed(0);
        return {
          ok: false,
          error: `the server at ${ports.server.host} has not answered for ${since} s (first: ${watch.lastError})`,
          errorKind: 'server',
          attempts: attempt - 1,
        };
      }
      ports.logger.info(`the server at ${ports.server.host} answers again`, {
        event: 'server_recovered',
        host: ports.server.host,
      });
      watch.downSince = null;
    }
    let errorKind: ErrorKind;
    try {
      return { ok: true, value: await untilAborted(request(), ports.signal), attempts: attempt };
    } catch (caught: unknown) {
      error = describeError(caught);
      errorKind = caught instanceof ModelServerError ? caught.kind : 'request';
    }
    if (errorKind !== 'server' || attempt === retry.attempts) {
      return { ok: false, error, errorKind, attempts: attempt };
    }
    const faultAt = ports.clock.now();
    const delay = retry.initialDelayMs * 2 ** (attempt - 1);
    ports.logger.debug(`attempt ${attempt} failed (${error}); retrying in ${delay} ms at the earliest`);
    await untilAborted(ports.clock.sleep(delay), ports.signal).catch(() => undefined);
    if (ports.signal?.aborted)
      return { ok: false, error: NOT_RUN_REASON, errorKind: 'request', attempts: attempt };
    if (!(await waitForServer(error, settings, ports))) {
      // Down since the fault, not since the wait for it ran out: later rows say how long it has been.
      watch.downSince = faultAt;
      watch.lastError = error;
      return {
        ok: false,
        error: `${error}; the server did not answer again within ${settings.serverWaitMs / 1000} s`,
        errorKind: 'server',
        attempts: attempt,
      };
    }
  }
  return { ok: false, error, errorKind: 'server', attempts: retry.attempts };
}

/** Whether the server answers `GET /api/version` now. */
async function answers(server: ModelServer): Promise<boolean> {
  try {
    await server.version();
    return true;
  } catch {
    return false;
  }
}

/** Probes the server with growing pauses until it answers or `waitMs` has passed. */
async function waitForServer(
  error: string,
  settings: Pick<RunSettings, 'retry' | 'serverWaitMs'>,
  ports: RunPorts,
): Promise<boolean> {
  const { server, clock, logger } = ports;
  const waitMs = settings.serverWaitMs;
  if (await answers(server)) return true;
  const started = clock.now();
  logger.warning(
    `the server at ${server.host} is not answering (${error}); waiting up to ${waitMs / 1000} s for it`,
    { event: 'server_fault', host: server.host, error, wait_s: waitMs / 1000 },
  );
  let delay = Math.max(settings.retry.initialDelayMs, MIN_SERVER_PROBE_DELAY_MS);
  while (clock.now() - started < waitMs && !ports.signal?.aborted) {
    await untilAborted(clock.sleep(Math.min(delay, waitMs - (clock.now() - started))), ports.signal).catch(
      () => undefined,
    );
    delay = Math.min(delay * 2, SERVER_PROBE_MAX_DELAY_MS);
    if (await answers(server)) {
      const after = (clock.now() - started) / 1000;
      logger.info(`the server at ${server.host} answers again after ${after.toFixed(1)} s`, {
        event: 'server_recovered',
        host: server.host,
        after_s: after,
      });
      return true;
    }
  }
  return false;
}

async function generateWithRetry(
  request: GenerateRequest,
  settings: RunSettings,
  ports: RunPorts,
  watch: ServerWatch,
): Promise<GenerationOutcome> {
  const outcome = await withServerRetry(() => ports.server.generate(request), settings, ports, watch);
  return outcome.ok
    ? { generation: outcome.value, attempts: outcome.attempts, error: null, errorKind: null }
    : { generation: null, attempts: outcome.attempts, error: outcome.error, errorKind: outcome.errorKind };
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

import { z } from 'zod';
import {
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_SERVER_WAIT_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_RETRY_ATTEMPTS,
  DEFAULT_SHOWN_FAILURES,
  INPUTS,
  MAX_CODE_TIMEOUT_MS,
  MAX_OUTPUT_BYTES_LIMIT,
  RETRY_INITIAL_DELAY_MS,
} from '../constants.js';
import { modelOptionsSetting } from './model-options.js';
import { MAX_REPEAT, sweepSetting } from './sweep.js';
import { parseSettings, type SettingLabel, type SettingNames } from './parse-settings.js';
import { checkReportFormats } from './report-formats.js';
import {
  DEFAULT_MEMORY_BYTES,
  MIN_MEMORY_BYTES,
  parseByteSize,
  SANDBOX_CHOICES,
} from './sandbox-settings.js';
import {
  booleanSetting,
  choice,
  listSetting,
  secondsAsMs,
  textSetting,
  wholeNumber,
} from './setting-fields.js';

/*
 * Adding a run setting (say `--request-timeout` and the input `request-timeout`):
 * 1. a field in runSettingsSchema below, built from setting-fields.ts with its bounds and default
 *    (e.g. `requestTimeoutMs: secondsAsMs(MAX).default(DEFAULT)`);
 * 2. its names in RUN_SETTING_NAMES (`{ flag: { name: 'request-timeout', type: 'string' },
 *    input: INPUTS.requestTimeout }`, the input also in constants.ts and action.yml).
 * The CLI then takes the flag and the action reads the input, both checked by the field's rule.
 * Only help text (cli/args.ts USAGE, README) is written by hand.
 */

/** More than this many snippets at once only queues processes on any runner we know of. */
export const MAX_EVALUATION_CONCURRENCY = 1024;
/**
 * More requests at once than this only queue inside the server: Ollama answers OLLAMA_NUM_PARALLEL
 * (a handful) per model at once.
 */
export const MAX_REQUEST_CONCURRENCY = 64;
/** More models at once than this would not fit in any server's memory we know of. */
export const MAX_PARALLEL_MODELS = 64;
/** The wait doubles before each try, so the tenth already waits over two minutes. */
export const MAX_RETRY_ATTEMPTS = 10;

const checkMemorySize = (text: string) => {
  const bytes = parseByteSize(text);
  return bytes === null || bytes < MIN_MEMORY_BYTES
    ? 'is not a memory size of at least 64M (e.g. 512M, 1G, 2GiB or a number of bytes)'
    : { value: bytes };
};

/** `i/n` with 1 ≤ i ≤ n ≤ 1000. */
const checkShard = (text: string) => {
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || index < 1 || count < 1 || index > count || count > 1000) {
    return 'is not a shard i/n with 1 ≤ i ≤ n ≤ 1000 (e.g. 2/3: the second of three shards)';
  }
  return { value: { index, count } };
};

const checkNamePattern = (pattern: string) =>
  pattern === '' ? 'is not a name pattern (e.g. qwen* or *:1.5b)' : { value: pattern };

/** `all`, or a whole number of failing rows to list after each model. */
const checkFailureCount = (text: string): { value: number | 'all' } | string => {
  if (text.toLowerCase() === 'all') return { value: 'all' };
  const value = Number(text);
  return text !== '' && Number.isSafeInteger(value) && value >= 0
    ? { value }
    : 'is not "all" or a whole number of rows from 0 (e.g. 10)';
};

const checkModelName = (name: string) =>
  name === '' ? 'is not a model name (e.g. qwen2.5-coder:1.5b)' : { value: name };

/**
 * How a benchmark runs, whichever shell started it. Each field reads the text a flag or an input
 * gives (or a value already typed) and declares its bounds here, once. A field a shell has no
 * source for takes its default.
 */
export function runSettingsSchema(machine: { cpuCount: number }) {
  return z
    .object({
      models: listSetting(textSetting(checkModelName)).default([]),
      /** With `models: all`: keep only models whose name matches one of these globs. */
      include: listSetting(textSetting(checkNamePattern)).default([]),
      /** With `models: all`: drop models whose name matches one of these globs. */
      exclude: listSetting(textSetting(checkNamePattern)).default([]),
      /** No progress display (bars on a terminal, lines in a log). */
      quiet: booleanSetting().default(false),
      /** How many failing rows the console lists after each model. */
      showFailures: textSetting(checkFailureCount).default(DEFAULT_SHOWN_FAILURES),
      options: modelOptionsSetting().default({}),
      /** Options to try each of several values of; over the file's `sweep`. */
      sweep: sweepSetting().default({}),
      /** Repeats of each row; absent: the file's `repeat`, else 1. */
      repeat: wholeNumber({ min: 1, max: MAX_REPEAT, example: 5 }).optional(),
      /** Keep a fixed `seed` the same in every repeat instead of varying it. */
      fixedSeed: booleanSetting().default(false),
      pull: booleanSetting().default(true),
      warmup: booleanSetting().default(true),
      overlap: booleanSetting().default(false),
      evaluationConcurrency: wholeNumber({ min: 1, max: MAX_EVALUATION_CONCURRENCY, example: 4 }).default(
        Math.max(1, Math.min(machine.cpuCount, MAX_EVALUATION_CONCURRENCY)),
      ),
      /**
       * Requests in flight to one server at once. 1 (serial) by default: requests served together
       * each decode slower, so speed is judged only between runs of the same concurrency.
       */
      requestConcurrency: wholeNumber({ min: 1, max: MAX_REQUEST_CONCURRENCY, example: 4 }).default(1),
      retryAttempts: wholeNumber({ min: 1, max: MAX_RETRY_ATTEMPTS, example: 3 }).default(
        DEFAULT_RETRY_ATTEMPTS,
      ),
      codeTimeoutMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).default(DEFAULT_CODE_TIMEOUT_MS),
      maxOutputBytes: wholeNumber({
        min: 1,
        max: MAX_OUTPUT_BYTES_LIMIT,
        unit: ' of bytes',
        example: DEFAULT_MAX_OUTPUT_BYTES,
      }).default(DEFAULT_MAX_OUTPUT_BYTES),
      /** Which sandbox runs model-written code (see adapters/sandbox/sandbox-tiers.ts). */
      sandbox: choice(SANDBOX_CHOICES).default('auto'),
      /** Address space per snippet process, in bytes. */
      memoryBytes: textSetting(checkMemorySize).default(DEFAULT_MEMORY_BYTES),
      /** To open a connection; also the whole of a `GET /api/version`, which a live server answers at once. */
      connectTimeoutMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).default(DEFAULT_CONNECT_TIMEOUT_MS),
      /** A whole generation (first byte included), and any other request but a pull. */
      requestTimeoutMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).default(DEFAULT_REQUEST_TIMEOUT_MS),
      /** Between two streamed chunks of a generation or a pull. */
      idleTimeoutMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).default(DEFAULT_IDLE_TIMEOUT_MS),
      /**
       * After a server fault, how long to wait for the server to answer `GET /api/version` again
       * before the request is given up (its row errored with error kind `server`).
       */
      serverWaitMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).default(DEFAULT_SERVER_WAIT_MS),
      /**
       * Each model's time budget for its rows, from its first row on: past it the request in flight
       * is aborted and its remaining rows are `not_run` (the model `incomplete`). Absent: none.
       */
      modelTimeoutMs: secondsAsMs(MAX_CODE_TIMEOUT_MS).optional(),
      /** Targets run at once; on one server they share its compute, and the report says so. */
      parallelModels: wholeNumber({ min: 1, max: MAX_PARALLEL_MODELS, example: 2 }).default(1),
      /** The report files written (see report-formats.ts); the action's input defaults to all. */
      formats: textSetting(checkReportFormats).default(['json']),
      /** `i/n`: run only the rows whose 0-based position modulo n is i - 1 (a matrix leg); null: all. */
      shard: textSetting(checkShard).nullable().default(null),
    })
    .transform(({ retryAttempts, connectTimeoutMs, requestTimeoutMs, idleTimeoutMs, ...settings }) => ({
      ...settings,
      retry: { attempts: retryAttempts, initialDelayMs: RETRY_INITIAL_DELAY_MS },
      /** exbench's own deadlines on the server: applied by the server adapter, recorded in the report. */
      serverDeadlines: { connectMs: connectTimeoutMs, requestMs: requestTimeoutMs, idleMs: idleTimeoutMs },
    }));
}

/** The raw values a shell gathers, by field: text, a list, a mapping or a boolean. */
export type RawRunSettings = Partial<Record<RunSettingField, unknown>>;
export type RunSettingField = keyof z.input<ReturnType<typeof runSettingsSchema>>;

/**
 * How the benchmark runs. `options` are the caller's; a benchmark's own `options` go under them
 * (see mergeOptions).
 */
export type RunSettings = z.output<ReturnType<typeof runSettingsSchema>>;
export type RetryPolicy = RunSettings['retry'];
export type ServerDeadlines = RunSettings['serverDeadlines'];

/** Each field's flag and input. Model names are the CLI's positional arguments. */
export const RUN_SETTING_NAMES: Record<RunSettingField, SettingNames> = {
  models: { flag: { name: 'models', type: 'string' }, input: INPUTS.models },
  include: { flag: { name: 'include', type: 'string', multiple: true }, input: INPUTS.include },
  exclude: { flag: { name: 'exclude', type: 'string', multiple: true }, input: INPUTS.exclude },
  quiet: { flag: { name: 'quiet', type: 'boolean' }, input: INPUTS.quiet },
  showFailures: { flag: { name: 'show-failures', type: 'string' }, input: null },
  options: { flag: { name: 'option', type: 'string', multiple: true }, input: INPUTS.options },
  sweep: { flag: null, input: INPUTS.sweep },
  repeat: { flag: { name: 'repeat', type: 'string' }, input: INPUTS.repeat },
  fixedSeed: { flag: { name: 'fixed-seed', type: 'boolean' }, input: INPUTS.fixedSeed },
  pull: { flag: { name: 'pull', type: 'boolean' }, input: null },
  warmup: { flag: { name: 'warmup', type: 'boolean' }, input: null },
  overlap: { flag: { name: 'overlap', type: 'boolean' }, input: null },
  evaluationConcurrency: { flag: { name: 'code-concurrency', type: 'string' }, input: null },
  requestConcurrency: { flag: { name: 'concurrency', type: 'string' }, input: INPUTS.concurrency },
  retryAttempts: { flag: { name: 'retries', type: 'string' }, input: null },
  codeTimeoutMs: { flag: { name: 'timeout', type: 'string' }, input: INPUTS.timeout },
  maxOutputBytes: { flag: { name: 'max-output', type: 'string' }, input: null },
  sandbox: { flag: { name: 'sandbox', type: 'string' }, input: INPUTS.sandbox },
  memoryBytes: { flag: { name: 'memory', type: 'string' }, input: INPUTS.memory },
  connectTimeoutMs: { flag: { name: 'connect-timeout', type: 'string' }, input: INPUTS.connectTimeout },
  requestTimeoutMs: { flag: { name: 'request-timeout', type: 'string' }, input: INPUTS.requestTimeout },
  idleTimeoutMs: { flag: { name: 'idle-timeout', type: 'string' }, input: INPUTS.idleTimeout },
  serverWaitMs: { flag: { name: 'server-wait', type: 'string' }, input: INPUTS.serverWait },
  modelTimeoutMs: { flag: { name: 'model-timeout', type: 'string' }, input: INPUTS.modelTimeout },
  parallelModels: { flag: { name: 'parallel-models', type: 'string' }, input: INPUTS.parallelModels },
  formats: { flag: { name: 'format', type: 'string' }, input: INPUTS.format },
  shard: { flag: { name: 'shard', type: 'string' }, input: INPUTS.shard },
};

/** Every field at its default, as a shell that gives none gets it (tests and benches start here). */
export function defaultRunSettings(machine: { cpuCount: number }): RunSettings {
  return runSettingsSchema(machine).parse({});
}

/** Checks what a shell gathered; throws a ConfigurationError naming the flag or input. */
export function parseRunSettings(
  raw: RawRunSettings,
  label: SettingLabel,
  machine: { cpuCount: number },
): RunSettings {
  return parseSettings(runSettingsSchema(machine), raw, label);
}

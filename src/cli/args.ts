import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import {
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_REPORT_DIR,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_ATTEMPTS,
  DEFAULT_SERVER_WAIT_MS,
  ENV,
} from '../constants.js';
import { ConfigurationError } from '../errors.js';
import { DEFAULT_COMPARISON_OPTIONS, type ComparisonOptions } from '../core/regression/compare-reports.js';
import type { ServerDeadlines } from '../core/types.js';
import type { ModelOptions } from '../ports.js';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';

export const USAGE = `Usage: exbench ollama-bench [options] [model...] <benchmark.yaml>
       exbench compare [options] <base.json> <head.json>

exbench ollama-bench runs every row of an execution-evaluated benchmark against each Ollama model and writes a JSON report.
With no model named, the benchmark file's "models" are used.

Options:
  --host <address>        Ollama address (default: $OLLAMA_HOST, else 127.0.0.1:11434)
  --no-pull               fail a model the server lacks instead of pulling it
  --output-dir <dir>      where the report goes (default: ${DEFAULT_REPORT_DIR})
  --timeout <seconds>     time limit for each snippet of generated code (default: ${DEFAULT_CODE_TIMEOUT_MS / 1000})
  --max-output <bytes>    cap on each snippet's stdout and stderr (default: ${DEFAULT_MAX_OUTPUT_BYTES})
  --temperature <n>       Ollama option, overrides the file's options
  --seed <n>              Ollama option
  --num-ctx <n>           Ollama option
  --num-predict <n>       Ollama option
  --option <key=value>    any other Ollama option (repeatable; value parsed as JSON when it can be)
  --overlap               run generated code while the model is still generating (faster, less pure)
  --concurrency <n>       snippets run at once (default: CPU cores)
  --retries <n>           attempts per request, the first included (default: ${DEFAULT_RETRY_ATTEMPTS})
  --request-timeout <s>   deadline for a whole generation, first byte included (default: ${DEFAULT_REQUEST_TIMEOUT_MS / 1000})
  --idle-timeout <s>      deadline between two streamed chunks (default: ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --connect-timeout <s>   deadline to connect to the server (default: ${DEFAULT_CONNECT_TIMEOUT_MS / 1000})
  --server-wait <s>       after a server fault, how long to wait for the server to answer again
                          before the request is given up (default: ${DEFAULT_SERVER_WAIT_MS / 1000})
  --no-warmup             skip the untimed warm-up request per model
  --baseline <report.json>  after the run, compare the new report with this one (see compare below;
                          --alpha, --min-accuracy-drop and --max-slowdown apply) and exit 1 on a regression
  -v, --verbose           more log lines
  -h, --help              this text
  --version               exbench's version

Exit status: 0 when the run completed (whatever the accuracy), 1 when a model could not be had, the
server could not be reached or, with --baseline, a model regressed; 2 for a bad benchmark file, a bad
baseline report or bad arguments.

exbench compare judges head against base, model by model, on the rows both share: accuracy by a
paired exact McNemar test, decode tok/s and time to first token by the ratio of medians with a
seeded bootstrap interval (speed is not judged when the machines or Ollama versions differ).

Options:
  --alpha <p>                  significance level of the accuracy test (default: ${DEFAULT_COMPARISON_OPTIONS.alpha})
  --min-accuracy-drop <points> smallest drop that can regress, as a fraction: 0.05 = 5 points (default: ${DEFAULT_COMPARISON_OPTIONS.minAccuracyDrop})
  --max-slowdown <fraction>    slowdown the whole interval must lie beyond: 0.1 = 10 % (default: ${DEFAULT_COMPARISON_OPTIONS.maxSlowdown})
  --seed <n>                   seed of the bootstrap (default: ${DEFAULT_COMPARISON_OPTIONS.seed})
  --json                       print the comparison as JSON instead of the table

Exit status: 0 when nothing regressed, 1 on a regression, 2 for bad arguments or a file that is not a
readable exbench report.`;

export interface BenchCommand {
  command: 'ollama-bench';
  benchmarkPath: string;
  models: string[];
  hostUrl: string;
  outputDir: string;
  pull: boolean;
  warmup: boolean;
  overlap: boolean;
  concurrency: number;
  retryAttempts: number;
  codeTimeoutMs: number;
  maxOutputBytes: number;
  serverDeadlines: ServerDeadlines;
  serverWaitMs: number;
  /** Options from flags; they override the benchmark file's `options`. */
  optionOverrides: ModelOptions;
  verbose: boolean;
  /** A report to compare the new one with after the run; null for none. */
  baselinePath: string | null;
  /** Thresholds given on the command line; the rest are the defaults. */
  comparison: Partial<ComparisonOptions>;
}

export interface CompareCommand {
  command: 'compare';
  basePath: string;
  headPath: string;
  comparison: Partial<ComparisonOptions>;
  json: boolean;
}

export type CliCommand = { command: 'help' } | { command: 'version' } | BenchCommand | CompareCommand;

export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help')
    return { command: 'help' };
  if (command === '--version' || command === 'version') return { command: 'version' };
  if (command === 'compare') return parseCompareArgs(rest);
  if (command !== 'ollama-bench') {
    throw new ConfigurationError(
      `unknown command "${command}"; expected "ollama-bench" or "compare" (see exbench --help)`,
    );
  }

  const parsed = parseFlags({
    args: [...rest],
    allowPositionals: true,
    allowNegative: true,
    options: {
      host: { type: 'string' },
      pull: { type: 'boolean', default: true },
      'output-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
      timeout: { type: 'string' },
      'max-output': { type: 'string' },
      temperature: { type: 'string' },
      seed: { type: 'string' },
      'num-ctx': { type: 'string' },
      'num-predict': { type: 'string' },
      option: { type: 'string', multiple: true },
      overlap: { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      retries: { type: 'string' },
      'request-timeout': { type: 'string' },
      'idle-timeout': { type: 'string' },
      'connect-timeout': { type: 'string' },
      'server-wait': { type: 'string' },
      warmup: { type: 'boolean', default: true },
      baseline: { type: 'string' },
      ...THRESHOLD_FLAGS,
      verbose: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };

  const benchmarkPath = positionals.at(-1);
  if (benchmarkPath === undefined || !/\.ya?ml$/i.test(benchmarkPath)) {
    throw new ConfigurationError(
      'the last argument must be the benchmark file (.yaml or .yml); see exbench --help',
    );
  }

  const optionOverrides: ModelOptions = {};
  if (values.temperature !== undefined)
    optionOverrides.temperature = number('--temperature', values.temperature, 0);
  if (values.seed !== undefined) optionOverrides.seed = integer('--seed', values.seed);
  if (values['num-ctx'] !== undefined) optionOverrides.num_ctx = integer('--num-ctx', values['num-ctx'], 1);
  if (values['num-predict'] !== undefined)
    optionOverrides.num_predict = integer('--num-predict', values['num-predict']);
  for (const pair of values.option ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0)
      throw new ConfigurationError(`--option "${pair}": expected key=value, e.g. --option top_p=0.9`);
    optionOverrides[pair.slice(0, eq)] = parseOptionValue(pair.slice(eq + 1));
  }

  return {
    command: 'ollama-bench',
    benchmarkPath,
    models: positionals.slice(0, -1),
    hostUrl:
      values.host !== undefined ? ollamaBaseUrl(values.host, '--host') : ollamaBaseUrl(env[ENV.ollamaHost]),
    outputDir: values['output-dir'],
    pull: values.pull,
    warmup: values.warmup,
    overlap: values.overlap,
    concurrency:
      values.concurrency === undefined
        ? availableParallelism()
        : integer('--concurrency', values.concurrency, 1),
    retryAttempts:
      values.retries === undefined ? DEFAULT_RETRY_ATTEMPTS : integer('--retries', values.retries, 1),
    codeTimeoutMs: seconds('--timeout', values.timeout, DEFAULT_CODE_TIMEOUT_MS),
    serverDeadlines: {
      connectMs: seconds('--connect-timeout', values['connect-timeout'], DEFAULT_CONNECT_TIMEOUT_MS),
      requestMs: seconds('--request-timeout', values['request-timeout'], DEFAULT_REQUEST_TIMEOUT_MS),
      idleMs: seconds('--idle-timeout', values['idle-timeout'], DEFAULT_IDLE_TIMEOUT_MS),
    },
    serverWaitMs: seconds('--server-wait', values['server-wait'], DEFAULT_SERVER_WAIT_MS),
    maxOutputBytes:
      values['max-output'] === undefined
        ? DEFAULT_MAX_OUTPUT_BYTES
        : integer('--max-output', values['max-output'], 1),
    optionOverrides,
    verbose: values.verbose,
    baselinePath: values.baseline ?? null,
    comparison: thresholds(values),
  };
}

/** `parseArgs` from node:util, its errors turned into ours with a pointer to the help. */
function parseFlags<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error: unknown) {
    throw new ConfigurationError(
      `${error instanceof Error ? error.message : String(error)} (see exbench --help)`,
    );
  }
}

const THRESHOLD_FLAGS = {
  alpha: { type: 'string' },
  'min-accuracy-drop': { type: 'string' },
  'max-slowdown': { type: 'string' },
} as const;

function parseCompareArgs(args: readonly string[]): CliCommand {
  const parsed = parseFlags({
    args: [...args],
    allowPositionals: true,
    options: {
      ...THRESHOLD_FLAGS,
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [basePath, headPath, ...extra] = positionals;
  if (basePath === undefined || headPath === undefined || extra.length > 0) {
    throw new ConfigurationError(
      `compare takes exactly two reports, <base.json> <head.json>; got ${positionals.length} (see exbench --help)`,
    );
  }
  const comparison = thresholds(values);
  if (values.seed !== undefined) comparison.seed = integer('--seed', values.seed);
  return { command: 'compare', basePath, headPath, comparison, json: values.json };
}

function thresholds(values: {
  alpha?: string | undefined;
  'min-accuracy-drop'?: string | undefined;
  'max-slowdown'?: string | undefined;
}): Partial<ComparisonOptions> {
  const options: Partial<ComparisonOptions> = {};
  if (values.alpha !== undefined) options.alpha = fraction('--alpha', values.alpha, { open: true });
  if (values['min-accuracy-drop'] !== undefined)
    options.minAccuracyDrop = fraction('--min-accuracy-drop', values['min-accuracy-drop']);
  if (values['max-slowdown'] !== undefined)
    options.maxSlowdown = number('--max-slowdown', values['max-slowdown'], 0);
  return options;
}

/** A number in [0, 1], or (0, 1) when `open`; the message says which, with the value given. */
function fraction(flag: string, text: string, { open = false } = {}): number {
  const value = Number(text);
  const inRange = open ? value > 0 && value < 1 : value >= 0 && value <= 1;
  if (text.trim() === '' || !Number.isFinite(value) || !inRange) {
    throw new ConfigurationError(
      `${flag} "${text}": expected a number ${open ? 'between 0 and 1 (exclusive)' : 'from 0 to 1'}, e.g. 0.05`,
    );
  }
  return value;
}

function number(flag: string, text: string, min?: number): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || (min !== undefined && value < min)) {
    throw new ConfigurationError(
      `${flag} "${text}": expected a number${min !== undefined ? ` ≥ ${min}` : ''}`,
    );
  }
  return value;
}

/** A duration given in seconds (at least 1 ms, at most what a timer can wait), in milliseconds. */
function seconds(flag: string, text: string | undefined, fallbackMs: number): number {
  if (text === undefined) return fallbackMs;
  const ms = Math.round(number(flag, text, 0.001) * 1000);
  if (ms > MAX_TIMER_MS)
    throw new ConfigurationError(`${flag} "${text}": expected at most ${MAX_TIMER_MS / 1000}`);
  return ms;
}

/** setTimeout's longest delay. */
const MAX_TIMER_MS = 2 ** 31 - 1;

function integer(flag: string, text: string, min?: number): number {
  const value = number(flag, text, min);
  if (!Number.isInteger(value)) throw new ConfigurationError(`${flag} "${text}": expected a whole number`);
  return value;
}

function parseOptionValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

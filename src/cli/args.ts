import { availableParallelism } from 'node:os';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';
import {
  COMPARISON_SETTING_NAMES,
  DEFAULT_COMPARISON_THRESHOLDS,
  parseComparisonSettings,
  type ComparisonSettingField,
  type ComparisonSettings,
} from '../config/comparison-settings.js';
import { parseServerSpecs, type ServerAddresses } from '../config/engine-servers.js';
import { optionValue } from '../config/model-options.js';
import { flagLabel, labelByNames, type SettingLabel, type SettingNames } from '../config/parse-settings.js';
import {
  MAX_CODE_TIMEOUT_MS,
  MAX_OUTPUT_BYTES_LIMIT,
  parseRunSettings,
  RUN_SETTING_NAMES,
  type RunSettings,
} from '../config/run-settings.js';
import {
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_REPORT_DIR,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_RETRY_ATTEMPTS,
  DEFAULT_SERVER_WAIT_MS,
  DEFAULT_SHOWN_FAILURES,
  ENV,
} from '../constants.js';
import { ConfigurationError } from '../errors.js';
import type { MetricsAddress } from '../adapters/metrics/metrics-server.js';
import { parseFlags, type FlagValues } from './flags.js';

export const USAGE = `Usage: exbench ollama-bench [options] [model...] <benchmark.yaml | prompts.txt | questions.csv | glob | folder>
       exbench compare [options] <base.json> <head.json>
       exbench dashboard <reports or folders…> --out <dir>   (see exbench dashboard --help)
       exbench merge <reports or folders…> --out <dir>       (see exbench merge --help)

exbench ollama-bench runs every row of an execution-evaluated benchmark against each Ollama model and writes a JSON report.
With no model named, the benchmark file's "models" are used. A .txt file is a list of prompts, one a
line (blank lines and # comments skipped), timed with nothing judged (evaluator none).
Multiple-choice CSV files (question, A, B, C, D, answer; or MMLU's headerless layout) are scored by
the letter each answer chooses, per file and overall, beside the chance level (see the README).

Options:
  --host <address>        Ollama address (default: $OLLAMA_HOST, else 127.0.0.1:11434)
  --models <list|all>     models to run, comma-separated, instead of model arguments; "all" runs every
                          model the server has (models that cannot generate text, such as embedding
                          models, are skipped with a note)
  --include <glob>        with --models all, only models whose name matches (repeatable; e.g. "qwen*")
  --exclude <glob>        with --models all, not models whose name matches (repeatable)
  --quiet                 no progress display
  --show-failures <n|all> failing rows to list after each model (default: ${DEFAULT_SHOWN_FAILURES})
  --server <provider=URL> the server of llamacpp~ or openai~ models (repeatable), e.g.
                          llamacpp=http://127.0.0.1:8080 or openai=http://127.0.0.1:8000/v1;
                          overrides the file's servers:
  --api-key-env <NAME>    send the key in this environment variable to those servers (never
                          the key itself on the command line); it is redacted from all output
  --no-pull               fail a model the server lacks instead of pulling it
  --output-dir <dir>      where the report goes (default: ${DEFAULT_REPORT_DIR})
  --format <list>         report formats, comma-separated: json, html, csv, junit, md,
                          github-action-benchmark, or all (default: json, one file; any other
                          writes a folder <name>_<timestamp>/ with the JSON report, one per model,
                          index.html and each format)
  --timeout <seconds>     time limit for each snippet of generated code (default: ${DEFAULT_CODE_TIMEOUT_MS / 1000},
                          at most ${Math.floor(MAX_CODE_TIMEOUT_MS / 1000)})
  --max-output <bytes>    cap on each snippet's stdout and stderr (default: ${DEFAULT_MAX_OUTPUT_BYTES},
                          at most ${MAX_OUTPUT_BYTES_LIMIT})
  --temperature <n>       Ollama option, overrides the file's options
  --seed <n>              Ollama option
  --num-ctx <n>           Ollama option
  --num-predict <n>       Ollama option
  --option <key=value>    any other Ollama option (repeatable; value parsed as JSON when it can be);
                          a comma-separated list (--temperature 0,0.5,1, --option top_p=0.9,1)
                          sweeps the option: every model runs once per value, as a variant
  --repeat <n>            ask each row n times per model (default: the file's repeat, else 1)
  --fixed-seed            with --repeat, keep a fixed seed in every repeat instead of seed+r-1
  --overlap               run generated code while the model is still generating (faster, less pure)
  --concurrency <n>       requests in flight to one server at once, 1 to 64 (default: 1, serial;
                          Ollama answers OLLAMA_NUM_PARALLEL at once, each slower, so speed is not
                          judged against a run of another concurrency)
  --code-concurrency <n>  snippets run at once (default: CPU cores)
  --sandbox <tier>        auto, namespace or process (default: auto: namespace when bubblewrap works
                          here, else process with a warning; see the README's sandbox section)
  --memory <size>         address-space limit of each snippet process, e.g. 512M or 2G (default: 1G)
  --retries <n>           attempts per request, the first included (default: ${DEFAULT_RETRY_ATTEMPTS})
  --request-timeout <s>   deadline for a whole generation, first byte included (default: ${DEFAULT_REQUEST_TIMEOUT_MS / 1000})
  --idle-timeout <s>      deadline between two streamed chunks (default: ${DEFAULT_IDLE_TIMEOUT_MS / 1000})
  --connect-timeout <s>   deadline to connect to the server (default: ${DEFAULT_CONNECT_TIMEOUT_MS / 1000})
  --server-wait <s>       after a server fault, how long to wait for the server to answer again
                          before the request is given up (default: ${DEFAULT_SERVER_WAIT_MS / 1000})
  --model-timeout <s>     time budget of each model's rows: past it the model stops (its request in
                          flight aborted), its remaining rows are not_run, its status incomplete,
                          and the other models go on (default: none)
  --parallel-models <n>   models (or sweep variants) run at once (default: 1); on one server they
                          share its compute, and the report carries a speed warning
  --no-warmup             skip the untimed warm-up request per model
  --shard <i/n>           run only the rows whose 0-based position modulo n is i-1 (a matrix leg;
                          join the legs' reports with exbench merge)
  --metrics-port <port>   serve live metrics while the run lasts: /metrics (Prometheus text format)
                          and /metrics.json on this port (0: any free port; the address is logged)
  --metrics-host <addr>   where --metrics-port listens (default: 127.0.0.1, this machine only)
  --resume <report.jsonl>   finish a stopped run from its journal (or the .json report beside it): the
                          results it holds are kept, the rest asked for (server-failed and not-run ones
                          again); the same benchmark, models, options and settings are required, and
                          the report is written beside the journal
  --baseline <report.json>  after the run, compare the new report with this one (see compare below;
                          --alpha, --min-accuracy-drop and --max-slowdown apply) and exit 1 on a regression
  -v, --verbose           more log lines
  --log-format <text|json>  text (default): lines for people; json: one JSON object per log event
                          on stderr (time, level, event, model, row, message) for log collectors,
                          without progress bars; the results table stays on stdout
  -h, --help              this text
  --version               exbench's version

Exit status: 0 when the run completed (whatever the accuracy), 1 when a model could not be had, the
server could not be reached or, with --baseline, a model regressed; 2 for a bad benchmark file, a bad
baseline report (or one of another benchmark) or bad arguments; 130 (Ctrl-C), 143 (SIGTERM) or 129
(SIGHUP) when interrupted, after writing the report so far.

exbench compare judges head against base, model by model, on the rows both share: accuracy by a
paired exact McNemar test, decode tok/s and time to first token by the ratio of medians with a
seeded bootstrap interval (speed is not judged when the machines or Ollama versions differ).

Options:
  --alpha <p>                  significance level of the accuracy test (default: ${DEFAULT_COMPARISON_THRESHOLDS.alpha})
  --min-accuracy-drop <points> smallest drop that can regress, as a fraction: 0.05 = 5 points (default: ${DEFAULT_COMPARISON_THRESHOLDS.minAccuracyDrop})
  --max-slowdown <fraction>    slowdown the whole interval must lie beyond: 0.1 = 10 % (default: ${DEFAULT_COMPARISON_THRESHOLDS.maxSlowdown})
  --seed <n>                   seed of the bootstrap (default: ${DEFAULT_COMPARISON_THRESHOLDS.seed})
  --format <plain|markdown|json>  how to print the comparison (default: plain on a terminal, else markdown)
  --json                       the same as --format json

Models pair by identity as Ollama resolves names: llama3.2, llama3.2:latest and ollama~llama3.2 are
one model.

Exit status: 0 when nothing regressed, 1 on a regression, 2 for bad arguments, a file that is not a
readable exbench report, or reports that cannot be compared (another benchmark, rows that do not
match, no model on head).`;

export interface BenchCommand {
  command: 'ollama-bench';
  benchmarkPath: string;
  hostUrl: string;
  /** `--server` addresses of the other engines; the file's `servers:` fill in the rest. */
  servers: ServerAddresses;
  /** The environment variable holding the API key for those servers, as named; null for none. */
  apiKeyEnv: string | null;
  outputDir: string;
  verbose: boolean;
  logFormat: LogFormat;
  /** How the benchmark runs; `run.options` come from flags and override the file's `options`. */
  run: RunSettings;
  /** A report to compare the new one with after the run; null for none. */
  baselinePath: string | null;
  /** The journal (or its report) of a stopped run to finish; null for a new run. */
  resumePath: string | null;
  comparison: ComparisonSettings;
  /** Where to serve live metrics while the run lasts; null for nowhere. */
  metrics: MetricsAddress | null;
}

export interface CompareCommand {
  command: 'compare';
  basePath: string;
  headPath: string;
  comparison: ComparisonSettings;
  /** null: plain on a terminal, markdown otherwise. */
  format: ComparisonFormat | null;
}

export const COMPARISON_FORMATS = ['plain', 'markdown', 'json'] as const;
export type ComparisonFormat = (typeof COMPARISON_FORMATS)[number];

export const LOG_FORMATS = ['text', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/**
 * Whether argv asks for JSON logs, read before the arguments are parsed so that an error in them is
 * written as JSON too.
 */
export function wantsJsonLogs(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) => arg === '--log-format=json' || (arg === '--log-format' && argv[i + 1] === 'json'),
  );
}

/** The flag's value when it is one of `allowed`, else an error naming the flag and the choices. */
function oneOf<T extends string>(flag: string, text: string, allowed: readonly T[]): T {
  const found = allowed.find((choice) => choice === text);
  if (found === undefined)
    throw new ConfigurationError(`${flag} "${text}": expected one of ${allowed.join(', ')}`);
  return found;
}

export type CliCommand = { command: 'help' } | { command: 'version' } | BenchCommand | CompareCommand;

/** Shorthands for Ollama options: `--num-ctx 4096` is `--option num_ctx=4096`. */
const OPTION_FLAGS = {
  temperature: 'temperature',
  seed: 'seed',
  'num-ctx': 'num_ctx',
  'num-predict': 'num_predict',
} as const;

/** The comparison flags ollama-bench takes; its `--seed` is Ollama's. */
const THRESHOLD_FIELDS = ['alpha', 'minAccuracyDrop', 'maxSlowdown'] as const;
const COMPARE_FIELDS = [...THRESHOLD_FIELDS, 'seed'] as const;

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
      `unknown command "${command}"; expected "ollama-bench", "compare", "dashboard" or "merge" (see exbench --help)`,
    );
  }

  const thresholdNames = pick(COMPARISON_SETTING_NAMES, THRESHOLD_FIELDS);
  const { values, positionals } = parseFlags(
    {
      args: [...rest],
      allowPositionals: true,
      allowNegative: true,
      options: {
        ...flagOptions(RUN_SETTING_NAMES),
        ...flagOptions(thresholdNames),
        ...Object.fromEntries(Object.keys(OPTION_FLAGS).map((flag) => [flag, { type: 'string' as const }])),
        host: { type: 'string' },
        server: { type: 'string', multiple: true },
        'api-key-env': { type: 'string' },
        'output-dir': { type: 'string', default: DEFAULT_REPORT_DIR },
        baseline: { type: 'string' },
        resume: { type: 'string' },
        'metrics-port': { type: 'string' },
        'metrics-host': { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        'log-format': { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'exbench',
  );
  if (values.help === true) return { command: 'help' };

  const benchmarkPath = positionals.at(-1);
  // Whether it is a YAML file, CSV files or a folder of them is found out when it is read.
  if (benchmarkPath === undefined) {
    throw new ConfigurationError(
      'the last argument must be the benchmark: a YAML file, a .txt list of prompts, or multiple-choice CSV files or a folder of them; see exbench --help',
    );
  }

  const { options, sweep, flagOf } = modelOptionFlags(values);
  const runLabel: SettingLabel = (path) => {
    if (path[0] === 'models') return values.models === undefined ? 'model argument' : '--models';
    if ((path[0] === 'options' || path[0] === 'sweep') && typeof path[1] === 'string')
      return flagOf[path[1]] ?? '--option';
    return labelByNames(RUN_SETTING_NAMES, 'flag')(path);
  };
  return {
    command: 'ollama-bench',
    benchmarkPath,
    hostUrl:
      typeof values.host === 'string'
        ? ollamaBaseUrl(values.host, '--host')
        : ollamaBaseUrl(env[ENV.ollamaHost]),
    servers: parseServerSpecs((Array.isArray(values.server) ? values.server : []).map(String), '--server'),
    apiKeyEnv: typeof values['api-key-env'] === 'string' ? values['api-key-env'] : null,
    outputDir: String(values['output-dir']),
    verbose: values.verbose === true,
    logFormat: oneOf('--log-format', String(values['log-format']), LOG_FORMATS),
    run: parseRunSettings(
      { ...flagValues(RUN_SETTING_NAMES, values), ...modelArguments(positionals, values), options, sweep },
      runLabel,
      { cpuCount: availableParallelism() },
    ),
    baselinePath: typeof values.baseline === 'string' ? values.baseline : null,
    metrics: metricsAddress(values),
    resumePath: typeof values.resume === 'string' ? values.resume : null,
    comparison: parseComparisonSettings(
      flagValues(thresholdNames, values),
      labelByNames(COMPARISON_SETTING_NAMES, 'flag'),
      { gating: true },
    ),
  };
}

/** The default of --metrics-host: metrics of a local run are this machine's business. */
export const DEFAULT_METRICS_HOST = '127.0.0.1';

/** `--metrics-port` (0 to 65535) and `--metrics-host`; null when no port is given. */
function metricsAddress(values: FlagValues): MetricsAddress | null {
  const portText = values['metrics-port'];
  const host = values['metrics-host'];
  if (typeof portText !== 'string') {
    if (typeof host === 'string')
      throw new ConfigurationError(`--metrics-host ${host} needs --metrics-port <port> to serve anything`);
    return null;
  }
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535)
    throw new ConfigurationError(
      `--metrics-port: "${portText}" is not a port number from 0 to 65535 (e.g. 9464; 0 picks a free one)`,
    );
  if (host !== undefined && (typeof host !== 'string' || host.trim() === ''))
    throw new ConfigurationError(
      '--metrics-host: expected an address to listen on, e.g. 127.0.0.1 or 0.0.0.0',
    );
  return { port, host: typeof host === 'string' ? host.trim() : DEFAULT_METRICS_HOST };
}

/** Models as positional arguments or `--models` (a list, or `all`), not both. */
/** What no model is called: a benchmark file left among the model arguments (an unquoted glob). */
const BENCHMARK_FILE = /\.(?:csv|ya?ml|txt|json)$/i;

function modelArguments(positionals: readonly string[], values: FlagValues): { models?: unknown } {
  const named = positionals.slice(0, -1);
  const file = named.find((name) => BENCHMARK_FILE.test(name));
  if (file !== undefined) {
    throw new ConfigurationError(
      `"${file}" is a benchmark file, not a model: the benchmark is the last argument, and there is one; for several CSV files, quote a glob ('questions/*.csv') so the shell does not expand it, or name their folder`,
    );
  }
  const flag = values[RUN_SETTING_NAMES.models.flag?.name ?? 'models'];
  if (flag === undefined) return { models: named };
  if (named.length > 0) {
    throw new ConfigurationError(
      `models given twice: as arguments (${named.join(', ')}) and as --models ${String(flag)}; give one`,
    );
  }
  return { models: flag };
}

function parseCompareArgs(args: readonly string[]): CliCommand {
  const names = pick(COMPARISON_SETTING_NAMES, COMPARE_FIELDS);
  const { values, positionals } = parseFlags(
    {
      args: [...args],
      allowPositionals: true,
      options: {
        ...flagOptions(names),
        json: { type: 'boolean', default: false },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    'exbench',
  );
  if (values.help === true) return { command: 'help' };
  const [basePath, headPath, ...extra] = positionals;
  if (basePath === undefined || headPath === undefined || extra.length > 0) {
    throw new ConfigurationError(
      `compare takes exactly two reports, <base.json> <head.json>; got ${positionals.length} (see exbench --help)`,
    );
  }
  const comparison = parseComparisonSettings(flagValues(names, values), labelByNames(names, 'flag'), {
    gating: true,
  });
  const formatFlag = typeof values.format === 'string' ? values.format : undefined;
  const format =
    values.json === true
      ? 'json'
      : formatFlag === undefined
        ? null
        : oneOf('--format', formatFlag, COMPARISON_FORMATS);
  if (values.json === true && formatFlag !== undefined && formatFlag !== 'json')
    throw new ConfigurationError(`--json and --format ${formatFlag} contradict each other; give one`);
  return { command: 'compare', basePath, headPath, comparison, format };
}

function pick<K extends ComparisonSettingField>(
  names: Record<ComparisonSettingField, SettingNames>,
  fields: readonly K[],
): Record<K, SettingNames> {
  return Object.fromEntries(fields.map((field) => [field, names[field]])) as Record<K, SettingNames>;
}

/** parseArgs' option for every field that has a flag; no defaults, so a flag not given takes the field's. */
function flagOptions(
  names: Readonly<Record<string, SettingNames>>,
): Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const { flag } of Object.values(names)) {
    if (flag !== null) options[flag.name] = { type: flag.type, ...(flag.multiple ? { multiple: true } : {}) };
  }
  return options;
}

/** The value of each field's flag that was given, by field. */
function flagValues(
  names: Readonly<Record<string, SettingNames>>,
  values: FlagValues,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const [field, { flag }] of Object.entries(names)) {
    if (flag !== null && values[flag.name] !== undefined) raw[field] = values[flag.name];
  }
  return raw;
}

/**
 * Ollama options from `--option key=value` and the shorthands, the later flag winning, with the
 * flag that set each key so an error can name it. Values are JSON when they parse, else text; the
 * options' own rules (model-options.ts) judge them. A comma-separated list (`--temperature 0,0.5,1`)
 * is a sweep of that option instead (but for `stop`, whose one value may hold a comma).
 */
function modelOptionFlags(values: FlagValues): {
  options: Record<string, unknown>;
  sweep: Record<string, unknown[]>;
  flagOf: Record<string, string>;
} {
  const options: Record<string, unknown> = {};
  const sweep: Record<string, unknown[]> = {};
  const flagOf: Record<string, string> = {};
  const set = (key: string, text: string, flag: string): void => {
    const list = key === 'stop' ? null : sweptValues(text);
    delete options[key];
    delete sweep[key];
    if (list === null) options[key] = optionValue(text);
    else sweep[key] = list;
    flagOf[key] = flagLabel(flag);
  };
  for (const [flag, key] of Object.entries(OPTION_FLAGS)) {
    const text = values[flag];
    if (typeof text === 'string') set(key, text, flag);
  }
  const optionFlag = RUN_SETTING_NAMES.options.flag?.name ?? 'option';
  const pairs = values[optionFlag];
  for (const pair of Array.isArray(pairs) ? pairs : []) {
    const text = String(pair);
    const eq = text.indexOf('=');
    if (eq <= 0)
      throw new ConfigurationError(`--option "${text}": expected key=value, e.g. --option top_p=0.9`);
    set(text.slice(0, eq), text.slice(eq + 1), optionFlag);
  }
  return { options, sweep, flagOf };
}

/** `0,0.5,1` as [0, 0.5, 1]; null for a single value (or JSON such as `[1,2]`, which is one value). */
function sweptValues(text: string): unknown[] | null {
  if (!text.includes(',')) return null;
  try {
    JSON.parse(text);
    return null;
  } catch {
    return text.split(',').map((item) => optionValue(item.trim()));
  }
}

import { availableParallelism } from 'node:os';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';
import {
  COMPARISON_SETTING_NAMES,
  parseComparisonSettings,
  type ComparisonSettingField,
  type ComparisonSettings,
} from '../config/comparison-settings.js';
import { parseServerSpecs, type ServerAddresses } from '../config/engine-servers.js';
import { optionValue } from '../config/model-options.js';
import { flagLabel, labelByNames, type SettingLabel, type SettingNames } from '../config/parse-settings.js';
import { parseRunSettings, RUN_SETTING_NAMES, type RunSettings } from '../config/run-settings.js';
import { DEFAULT_REPORT_DIR, ENV } from '../constants.js';
import { ConfigurationError } from '../errors.js';
import type { MetricsAddress } from '../adapters/metrics/metrics-server.js';
import { parseFlags, type FlagValues } from './flags.js';
import { helpOrVersion } from './argv-glance.js';

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
  const atOnce = helpOrVersion(argv);
  if (atOnce !== null) return { command: atOnce };
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

import { availableParallelism } from 'node:os';
import * as core from '@actions/core';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';
import {
  DEFAULT_OLLAMA_DOWNLOAD_BASE_URL,
  normalizeDownloadBaseUrl,
  normalizeOllamaVersion,
} from '../adapters/ollama/release.js';
import {
  COMPARISON_SETTING_NAMES,
  parseComparisonSettings,
  type ComparisonSettings,
} from '../config/comparison-settings.js';
import { labelByNames, type SettingNames } from '../config/parse-settings.js';
import {
  parsePublishSettings,
  PUBLISH_SETTING_NAMES,
  type PublishSettings,
} from '../config/publish-settings.js';
import { ALL_REPORT_FORMATS } from '../config/report-formats.js';
import { parseRunSettings, RUN_SETTING_NAMES, type RunSettings } from '../config/run-settings.js';
import { splitLines } from '../config/setting-fields.js';
import { parseServerSpecs, type ServerAddresses } from '../config/engine-servers.js';
import { DEFAULT_OLLAMA_VERSION, INPUTS } from '../constants.js';
import { ConfigurationError } from '../errors.js';

/** Events on which `fail-on-regression` defaults to true: the ones that gate a merge. */
const GATING_EVENTS = new Set(['pull_request', 'pull_request_target']);

/** Every input of action.yml, read once and checked. */
export type ActionSettings = PublishSettings & {
  /** File paths or globs, one per line as given. */
  benchmarkPatterns: string[];
  ollamaVersion: string;
  ollamaDownloadUrl: string;
  /** Base URL of a server to use as is; null means install and start one. */
  ollamaHost: string | null;
  /** Servers of llamacpp~ and openai~ models the workflow started, one `provider=URL` a line. */
  servers: ServerAddresses;
  /** The environment variable holding those servers' API key; null for none. */
  apiKeyEnv: string | null;
  /** How each benchmark runs; `models` empty means each file's own. */
  run: RunSettings;
  /** The regression gate: `baseline` and its thresholds. */
  comparison: ComparisonSettings;
};

/**
 * Reads the action's inputs by the same rules the CLI's flags follow (src/config). An empty
 * `fail-on-regression` means true on pull request events (`eventName`). Every error is a
 * ConfigurationError that names the input and echoes its value.
 */
export function readActionInputs(eventName: string): ActionSettings {
  const benchmarkPatterns = splitLines(core.getInput(INPUTS.benchmark));
  if (benchmarkPatterns.length === 0 && core.getInput(INPUTS.mode).trim() !== 'merge') {
    throw new ConfigurationError(
      `Input "${INPUTS.benchmark}" is required (unless mode is merge): give a benchmark YAML file or a glob such as benchmarks/*.yaml.`,
    );
  }
  const host = core.getInput(INPUTS.ollamaHost);
  return {
    benchmarkPatterns,
    ollamaVersion: withInputName(INPUTS.ollamaVersion, () =>
      normalizeOllamaVersion(core.getInput(INPUTS.ollamaVersion) || DEFAULT_OLLAMA_VERSION),
    ),
    ollamaDownloadUrl: withInputName(INPUTS.ollamaDownloadUrl, () =>
      normalizeDownloadBaseUrl(core.getInput(INPUTS.ollamaDownloadUrl) || DEFAULT_OLLAMA_DOWNLOAD_BASE_URL),
    ),
    ollamaHost: host === '' ? null : ollamaBaseUrl(host, `Input "${INPUTS.ollamaHost}"`),
    servers: parseServerSpecs(splitLines(core.getInput(INPUTS.servers)), `Input "${INPUTS.servers}"`),
    apiKeyEnv: core.getInput(INPUTS.apiKeyEnv) || null,
    ...parsePublishSettings(readInputs(PUBLISH_SETTING_NAMES), labelByNames(PUBLISH_SETTING_NAMES, 'input')),
    // The action keeps every format in its artifact unless told otherwise (the CLI writes JSON only).
    run: parseRunSettings(
      { formats: ALL_REPORT_FORMATS, ...readInputs(RUN_SETTING_NAMES) },
      labelByNames(RUN_SETTING_NAMES, 'input'),
      { cpuCount: availableParallelism() },
    ),
    comparison: parseComparisonSettings(
      readInputs(COMPARISON_SETTING_NAMES),
      labelByNames(COMPARISON_SETTING_NAMES, 'input'),
      { gating: GATING_EVENTS.has(eventName) },
    ),
  };
}

/** The non-empty inputs of the fields that have one; an empty input takes the field's default. */
function readInputs(names: Readonly<Record<string, SettingNames>>): Record<string, string> {
  const raw: Record<string, string> = {};
  for (const [field, { input }] of Object.entries(names)) {
    if (input === null) continue;
    const value = core.getInput(input);
    if (value !== '') raw[field] = value;
  }
  return raw;
}

/** Runs a check from elsewhere and puts the input's name in front of its message. */
function withInputName<T>(name: string, check: () => T): T {
  try {
    return check();
  } catch (error: unknown) {
    if (error instanceof ConfigurationError) {
      throw new ConfigurationError(`Input "${name}": ${error.message}`);
    }
    throw error;
  }
}

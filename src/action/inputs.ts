import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { ollamaBaseUrl } from '../adapters/ollama/host.js';
import {
  DEFAULT_OLLAMA_DOWNLOAD_BASE_URL,
  normalizeDownloadBaseUrl,
  normalizeOllamaVersion,
} from '../adapters/ollama/release.js';
import { ModelOptions } from '../config/model-options.js';
import {
  DEFAULT_ARTIFACT_NAME,
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_CONNECT_TIMEOUT_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_OLLAMA_VERSION,
  DEFAULT_REPORT_DIR,
  DEFAULT_REQUEST_TIMEOUT_MS,
  DEFAULT_SERVER_WAIT_MS,
  INPUTS,
} from '../constants.js';
import type { ServerDeadlines } from '../core/types.js';
import { ConfigurationError, describeError } from '../errors.js';

/** setTimeout's longest delay. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** `true` always comments, `false` never, `on-change` only when something needs a look (see main.ts). */
export type CommentMode = 'true' | 'false' | 'on-change';

/** Every input of action.yml, read once and checked. */
export interface ActionSettings {
  /** Empty means each benchmark file's own `models`. */
  models: string[];
  /** File paths or globs, one per line as given. */
  benchmarkPatterns: string[];
  ollamaVersion: string;
  ollamaDownloadUrl: string;
  /** Base URL of a server to use as is; null means install and start one. */
  ollamaHost: string | null;
  cacheModels: boolean;
  options: ModelOptions;
  codeTimeoutMs: number;
  /** exbench's own deadlines on the model server. */
  serverDeadlines: ServerDeadlines;
  /** How long to wait for a failing server to answer again before a request is given up. */
  serverWaitMs: number;
  reportDir: string;
  artifactName: string;
  comment: CommentMode;
  githubToken: string;
  failOnError: boolean;
}

/** Reads the action's inputs. Every error is a ConfigurationError that names the input and its value. */
export function readActionInputs(): ActionSettings {
  const benchmarkPatterns = splitLines(text(INPUTS.benchmark));
  if (benchmarkPatterns.length === 0) {
    throw new ConfigurationError(
      `Input "${INPUTS.benchmark}" is required: give a benchmark YAML file or a glob such as benchmarks/*.yaml.`,
    );
  }
  const host = text(INPUTS.ollamaHost);
  return {
    models: splitList(text(INPUTS.models)),
    benchmarkPatterns,
    ollamaVersion: withInputName(INPUTS.ollamaVersion, () =>
      normalizeOllamaVersion(text(INPUTS.ollamaVersion) || DEFAULT_OLLAMA_VERSION),
    ),
    ollamaDownloadUrl: withInputName(INPUTS.ollamaDownloadUrl, () =>
      normalizeDownloadBaseUrl(text(INPUTS.ollamaDownloadUrl) || DEFAULT_OLLAMA_DOWNLOAD_BASE_URL),
    ),
    ollamaHost: host === '' ? null : ollamaBaseUrl(host, `Input "${INPUTS.ollamaHost}"`),
    cacheModels: boolean(INPUTS.cacheModels, true),
    options: modelOptions(text(INPUTS.options)),
    codeTimeoutMs: timeoutMs(INPUTS.timeout, DEFAULT_CODE_TIMEOUT_MS),
    serverDeadlines: {
      connectMs: timeoutMs(INPUTS.connectTimeout, DEFAULT_CONNECT_TIMEOUT_MS),
      requestMs: timeoutMs(INPUTS.requestTimeout, DEFAULT_REQUEST_TIMEOUT_MS),
      idleMs: timeoutMs(INPUTS.idleTimeout, DEFAULT_IDLE_TIMEOUT_MS),
    },
    serverWaitMs: timeoutMs(INPUTS.serverWait, DEFAULT_SERVER_WAIT_MS),
    reportDir: text(INPUTS.reportDir) || DEFAULT_REPORT_DIR,
    artifactName: text(INPUTS.artifactName) || DEFAULT_ARTIFACT_NAME,
    comment: commentMode(text(INPUTS.comment)),
    githubToken: text(INPUTS.githubToken),
    failOnError: boolean(INPUTS.failOnError, true),
  };
}

function text(name: string): string {
  return core.getInput(name);
}

function splitLines(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Newline or comma separated, duplicates kept once in the order given. */
function splitList(value: string): string[] {
  const items = value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return [...new Set(items)];
}

/** The YAML 1.2 core schema booleans that core.getBooleanInput accepts, with our own message. */
function boolean(name: string, fallback: boolean): boolean {
  const value = text(name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ConfigurationError(`Input "${name}": "${value}" is not a boolean; expected true or false.`);
}

function commentMode(value: string): CommentMode {
  const lowered = value.toLowerCase();
  if (lowered === '' || lowered === 'true') return 'true';
  if (lowered === 'false') return 'false';
  if (lowered === 'on-change') return 'on-change';
  throw new ConfigurationError(
    `Input "${INPUTS.comment}": "${value}" is not one of true, false or on-change.`,
  );
}

/** A positive number of seconds, in milliseconds. */
function timeoutMs(name: string, fallbackMs: number): number {
  const value = text(name);
  if (value === '') return fallbackMs;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new ConfigurationError(
      `Input "${name}": "${value}" is not a positive number of seconds (e.g. 10 or 2.5).`,
    );
  }
  const ms = Math.max(1, Math.round(seconds * 1000));
  // A timer cannot wait longer; every row would err instead of the input being refused.
  if (ms > MAX_TIMEOUT_MS) {
    throw new ConfigurationError(
      `Input "${name}": "${value}" is more than the longest time limit, ` +
        `${Math.floor(MAX_TIMEOUT_MS / 1000)} seconds (about 24 days).`,
    );
  }
  return ms;
}

function modelOptions(value: string): ModelOptions {
  if (value === '') return {};
  let parsed: unknown;
  try {
    parsed = parseYaml(value);
  } catch (error: unknown) {
    throw new ConfigurationError(
      `Input "${INPUTS.options}": not valid YAML or JSON (${firstLine(describeError(error))}): ${value}`,
    );
  }
  if (parsed === null || parsed === undefined) return {};
  if (typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigurationError(
      `Input "${INPUTS.options}": expected a mapping such as {temperature: 0, num_ctx: 4096}, got ${JSON.stringify(value)}.`,
    );
  }
  const checked = ModelOptions.safeParse(parsed);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new ConfigurationError(
      `Input "${INPUTS.options}": ${field === '' ? '' : `${field}: `}${issue?.message ?? 'invalid'} (got ${JSON.stringify(value)}).`,
    );
  }
  return checked.data;
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

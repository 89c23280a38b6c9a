/** Names the outside world sees, spelled exactly as in action.yml and the docs. */

export const ENV = {
  ollamaHost: 'OLLAMA_HOST',
  ollamaModels: 'OLLAMA_MODELS',
} as const;

export const DEFAULT_OLLAMA_HOST = '127.0.0.1:11434';
export const DEFAULT_CODE_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
export const DEFAULT_REPORT_DIR = 'reports';
/** Failing rows the console lists after each model (`--show-failures`). */
export const DEFAULT_SHOWN_FAILURES = 5;
/** Attempts per request to Ollama, the first included, before a row is recorded as errored. */
export const DEFAULT_RETRY_ATTEMPTS = 3;
/** Wait before the first retry; it doubles with each further one. */
export const RETRY_INITIAL_DELAY_MS = 500;
/** exbench's own deadlines for the model server (the HTTP library's hidden ones are turned off). */
export const DEFAULT_CONNECT_TIMEOUT_MS = 10_000;
/** A whole generation, first byte included (a large model loading sends nothing meanwhile). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 600_000;
/** Between two streamed chunks of an answer or a pull. */
export const DEFAULT_IDLE_TIMEOUT_MS = 120_000;
/** After a server fault, how long to wait for the server to answer again before a request is given up. */
export const DEFAULT_SERVER_WAIT_MS = 120_000;

/** The action's inputs, as named in action.yml. */
export const INPUTS = {
  models: 'models',
  include: 'include',
  exclude: 'exclude',
  quiet: 'quiet',
  benchmark: 'benchmark',
  ollamaVersion: 'ollama-version',
  ollamaDownloadUrl: 'ollama-download-url',
  ollamaHost: 'ollama-host',
  servers: 'servers',
  apiKeyEnv: 'api-key-env',
  cacheModels: 'cache-models',
  options: 'options',
  sweep: 'sweep',
  repeat: 'repeat',
  fixedSeed: 'fixed-seed',
  timeout: 'timeout',
  requestTimeout: 'request-timeout',
  idleTimeout: 'idle-timeout',
  connectTimeout: 'connect-timeout',
  serverWait: 'server-wait',
  modelTimeout: 'model-timeout',
  parallelModels: 'parallel-models',
  reportDir: 'report-dir',
  format: 'format',
  artifactName: 'artifact-name',
  comment: 'comment',
  githubToken: 'github-token',
  failOnError: 'fail-on-error',
  sandbox: 'sandbox',
  memory: 'memory',
  baseline: 'baseline',
  alpha: 'alpha',
  minAccuracyDrop: 'min-accuracy-drop',
  maxSlowdown: 'max-slowdown',
  failOnRegression: 'fail-on-regression',
  shard: 'shard',
  concurrency: 'concurrency',
  publish: 'publish',
  publishDir: 'publish-dir',
  maxHistory: 'max-history',
  commentKey: 'comment-key',
  mode: 'mode',
  mergePattern: 'merge-pattern',
} as const;

/** The action's outputs, as named in action.yml. */
export const OUTPUTS = {
  reportPath: 'report-path',
  accuracy: 'accuracy',
  passed: 'passed',
  failed: 'failed',
  summary: 'summary',
  results: 'results',
  regressed: 'regressed',
  comparison: 'comparison',
} as const;

/** What the main step leaves for the post step (core.saveState / core.getState). */
export const STATE = {
  ollamaPid: 'ollama-pid',
} as const;

/** Variables the Actions runner sets that the action reads. */
export const RUNNER_ENV = {
  runnerTemp: 'RUNNER_TEMP',
  workspace: 'GITHUB_WORKSPACE',
  workflow: 'GITHUB_WORKFLOW',
  /** The job's id in the workflow file: with the workflow, what the comment's marker is keyed by. */
  job: 'GITHUB_JOB',
  /** The id of this workflow run, to find its workflow and so the base branch's runs of it. */
  runId: 'GITHUB_RUN_ID',
} as const;

/** `baseline: auto` looks for the newest successful run of this workflow on the pull request's base. */
export const BASELINE_AUTO = 'auto';

/** The Ollama release installed when `ollama-version` is not given (kept equal to action.yml). */
export const DEFAULT_OLLAMA_VERSION = '0.33.3';
export const DEFAULT_ARTIFACT_NAME = 'exbench-report';

/** The longest delay setTimeout can wait, and so the longest time limit the sandbox can keep. */
export const MAX_CODE_TIMEOUT_MS = 2 ** 31 - 1;
/**
 * Each of stdout and stderr is kept in memory up to this and then becomes one string, which V8
 * caps near 512 MiB; half of that leaves room for both streams.
 */
export const MAX_OUTPUT_BYTES_LIMIT = 256 * 1024 * 1024;

/** The thresholds a comparison uses when none are given. */
export const DEFAULT_COMPARISON_THRESHOLDS = {
  alpha: 0.05,
  minAccuracyDrop: 0.05,
  maxSlowdown: 0.1,
  seed: 1,
} as const;

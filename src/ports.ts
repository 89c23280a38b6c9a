/**
 * The outside world as the core sees it. The core imports only these interfaces; adapters under
 * src/adapters implement them, and tests pass plain fakes.
 */

import type { ModelOptions } from './config/model-options.js';
import { HttpError } from './errors.js';

/** Sampling and runtime options sent to Ollama with every request (its `options` object). */
export type { ModelOptions };

export interface GenerateRequest {
  model: string;
  prompt: string;
  options: ModelOptions;
  /** Aborts the request in flight (a model past its time budget). */
  signal?: AbortSignal;
}

/**
 * One finished generation. Durations are the server's own figures in nanoseconds (absent on the
 * wire means zero); `timeToFirstTokenMs` and `wallMs` are measured on the client.
 */
export interface Generation {
  response: string;
  /** Reasoning the server returned in its separate `thinking` field, if any. */
  thinking: string;
  doneReason: string | null;
  evalCount: number;
  evalDurationNs: number;
  promptEvalCount: number;
  promptEvalDurationNs: number;
  loadDurationNs: number;
  totalDurationNs: number;
  /** From sending the request to the first chunk that carries text; null when none did. */
  timeToFirstTokenMs: number | null;
  wallMs: number;
  /**
   * Whose clock timed decoding: `server` (evalDurationNs, the server's own timing) or `client`
   * (timeToFirstTokenMs to timeToLastTokenMs, for servers that time nothing). Absent means server.
   */
  decodeTimedBy?: FigureSource;
  /** Whose clock timed prompt processing, as decodeTimedBy; `client` uses timeToFirstTokenMs. */
  prefillTimedBy?: FigureSource;
  /** From sending the request to the last chunk that carries text; null when none did. */
  timeToLastTokenMs?: number | null;
}

/** Who measured a figure: the server's own timings, or exbench's clock around the stream. */
export type FigureSource = 'server' | 'client';

/** The serving software behind a provider name (`ollama~…`, `llamacpp~…`, `openai~…`). */
export type Engine = 'ollama' | 'llamacpp' | 'openai';

/** A model a server says it serves (Ollama's /api/tags, an OpenAI-compatible /v1/models). */
export interface ListedModel {
  name: string;
}

export interface PullProgress {
  status: string;
  digest?: string;
  total?: number;
  completed?: number;
}

/** What the server says about a model it has (from /api/show and /api/tags). */
export interface ModelDetails {
  name: string;
  digest: string | null;
  sizeBytes: number | null;
  family: string | null;
  parameterSize: string | null;
  quantizationLevel: string | null;
  format: string | null;
  contextLength: number | null;
  /**
   * What the model can do, as `/api/show` says (`completion`, `embedding`, `thinking`, `tools`,
   * `vision`, …); null when the server does not say (servers before capabilities were reported).
   */
  capabilities: string[] | null;
}

/** A model the server has, as `GET /api/tags` lists it. */
export interface ListedModel {
  name: string;
}

/**
 * Whose fault a failed request was. `server`: the server did not do its job (connection refused or
 * reset, 5xx, 429, one of exbench's deadlines passed), so waiting for it and trying again may help,
 * and the row says nothing about the model. `request`: the server answered that it will not do this
 * (4xx, a model it does not have), so trying again would not help.
 */
export type ErrorKind = 'server' | 'request';

/** A failure reported by the model server, kept as data so a row can record it. */
export class ModelServerError extends HttpError {
  override readonly name: string = 'ModelServerError';
  constructor(
    message: string,
    /** HTTP status, or null when the connection itself failed. */
    status: number | null,
    /** Whether it was the server's fault, so that waiting for it and trying again could help. */
    readonly retryable: boolean,
  ) {
    super(message, status);
  }

  get kind(): ErrorKind {
    return this.retryable ? 'server' : 'request';
  }
}

export interface ModelServer {
  /** The server's address as the user gave it, for messages and the report. */
  readonly host: string;
  /** Which software this is; absent means Ollama. */
  readonly engine?: Engine;
  version(): Promise<string>;
  /** The models the server has, as its API lists them. */
  listModels(): Promise<ListedModel[]>;
  /** Details of a local model, or null when the server does not have it (HTTP 404). */
  show(model: string): Promise<ModelDetails | null>;
  /** Every model the server has locally (`GET /api/tags`). */
  listModels(): Promise<ListedModel[]>;
  pull(model: string, onProgress: (progress: PullProgress) => void): Promise<void>;
  generate(request: GenerateRequest): Promise<Generation>;
}

export type Executor = 'python3' | 'uv';

export interface CodeRunRequest {
  code: string;
  executor: Executor;
  timeoutMs: number;
  maxOutputBytes: number;
  /** Aborting stops the snippet at once (the run was interrupted); the result still comes back. */
  signal?: AbortSignal;
}

/** namespace: bubblewrap namespaces, a boundary. process: a supervised process, no boundary. */
export type SandboxTier = 'namespace' | 'process';

/** What the sandbox in use isolates, for the report and the console. */
export interface SandboxDescription {
  tier: SandboxTier;
  /** What generated code cannot reach or do in this tier, in words. */
  isolates: string[];
  /** What it can, in words (empty for a tier that isolates everything listed). */
  doesNotIsolate: string[];
  /** Set when `auto` fell back to the process tier, with the namespace tier's failure. */
  warning: string | null;
}

/** How a snippet of generated code ended. Failing code is a result, never an exception. */
export interface CodeRunResult {
  executor: Executor;
  /** The command that ran, for the report (e.g. `python3 -I main.py`). */
  command: string;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  stdoutTruncated: boolean;
  stderrTruncated: boolean;
  durationMs: number;
  /** Set when the process could not be started at all (e.g. interpreter missing). */
  spawnError: string | null;
  /** `name==version` of each PEP 723 dependency installed for the snippet (uv executor), if any. */
  installedDependencies?: string[];
}

export interface CodeRunner {
  readonly sandbox: SandboxDescription;
  /** Which executors this machine can use (`uv` only when installed). */
  available(): Promise<ReadonlySet<Executor>>;
  run(request: CodeRunRequest): Promise<CodeRunResult>;
}

export interface Clock {
  /** Monotonic milliseconds, for durations. */
  now(): number;
  /** Wall-clock time, for timestamps. */
  date(): Date;
  sleep(ms: number): Promise<void>;
}

/**
 * What a log line is about, for loggers that write structured events (`--log-format json`): an
 * event name (`plan`, `server_fault`, …), the model and row it concerns, and any other figures.
 * Loggers that write text ignore it; the message says the same in words.
 */
export interface LogFields {
  event: string;
  model?: string;
  row?: number;
  [field: string]: string | number | boolean | null | undefined;
}

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warning(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** Runs `body` inside a collapsible log group that is closed even when it throws. */
  group<T>(name: string, body: () => Promise<T>): Promise<T>;
}

/**
 * A report file's contents in chunks; asynchronous when its renderer is loaded only once the file
 * is written (JUnit's XML builder, CSV's writer), so a run that asks for neither never loads them.
 */
export type ReportChunks = Iterable<string> | AsyncIterable<string>;

export interface ReportStore {
  /** Where reports go, for messages. */
  readonly location: string;
  /**
   * Makes sure a report can be written, before any work whose results it would hold: throws a
   * ConfigurationError naming the place and the reason when it cannot.
   */
  prepare(): Promise<void>;
  /**
   * Writes `<fileStem>.json` (or `<fileStem>_2.json`, … when taken) and returns its path; never
   * overwrites a file. The contents come in chunks so a large report is never one string in memory.
   */
  write(fileStem: string, chunks: Iterable<string>): Promise<string>;
  /**
   * Writes a folder `<folderStem>` (or `<folderStem>_2`, … when taken) holding `files` (names
   * relative to it, `/`-separated) and returns each file's path, in order. The folder appears
   * whole or not at all, and never replaces one that exists.
   */
  writeFolder(folderStem: string, files: Iterable<{ name: string; chunks: ReportChunks }>): Promise<string[]>;
  /**
   * Starts `<fileStem>.jsonl` (or `<fileStem>_2.jsonl`, …) under a stem no report, report folder or
   * journal has yet; the run's report is later written under the journal's `reportStem`. Absent:
   * the run keeps no journal.
   */
  createJournal?(fileStem: string): Promise<RunJournal>;
  /** Writes `<fileStem>.json`, replacing a report there (a resumed run finishing its report). */
  replace?(fileStem: string, chunks: Iterable<string>): Promise<string>;
}

/** Where a line sits in a journal, to read it again. */
export interface JournalEntry {
  offset: number;
  length: number;
}

/**
 * An append-only file of a run's finished results, one JSON line each, beside its report. A line
 * is handed to the operating system before `append` returns, so it survives the process being
 * killed; a line torn by a crash mid-write is left out when the journal is opened again.
 */
export interface RunJournal {
  readonly path: string;
  /** The report that goes with the journal is `<reportStem>.json`, in the same folder. */
  readonly reportStem: string;
  /** The whole lines the journal held when it was opened, in order. */
  lines(): AsyncIterable<{ text: string; entry: JournalEntry }>;
  append(line: string): JournalEntry;
  /** A line appended or found before, read back. */
  read(entry: JournalEntry): string;
  close(): Promise<void>;
  /** Closes and deletes the journal: a run that failed before its first result leaves none. */
  discard(): Promise<void>;
}

/** A pull request to comment on. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** The marker a comment is written with, and those it may carry from earlier versions. */
export interface CommentMarker {
  current: string;
  earlier: string[];
}

/** How posting the comment went. `refused`: the token may not write here (HTTP 403 or 404, as on forks). */
export interface CommentOutcome {
  action: 'created' | 'updated' | 'skipped';
  refused: boolean;
  reason: string | null;
}

/**
 * GitHub as the action publishes to it: artifact, job summary, pull request comment, outputs and
 * the state the post step reads. Publishing methods are best effort where the adapter says so.
 */
export interface GitHub {
  /** The most GitHub keeps: job summary bytes per step, and characters per comment body. */
  readonly limits: { summaryBytes: number; commentChars: number };
  /** The pull request this run was started by, or null. */
  pullRequest(): PullRequestRef | null;
  /**
   * The hidden marker that finds this workflow job's comment again (with the `comment-key`), and
   * the markers earlier versions gave it for these benchmarks, so that comment is updated too.
   */
  commentMarker(benchmarkNames: readonly string[]): CommentMarker;
  /** Uploads the reports as one artifact and returns its page's URL, or null when it has none. */
  uploadReports(request: { name: string; files: string[]; rootDirectory: string }): Promise<string | null>;
  writeSummary(markdown: string): Promise<void>;
  /** Whether the pull request has a comment carrying `marker`; null when that cannot be told. */
  hasComment(pr: PullRequestRef, marker: CommentMarker): Promise<boolean | null>;
  /** Creates the comment carrying `marker`, or updates the one there. */
  upsertComment(pr: PullRequestRef, marker: CommentMarker, body: string): Promise<CommentOutcome>;
  setOutputs(outputs: Readonly<Record<string, string>>): void;
  /** Left for the post step. */
  saveState(name: string, value: string): void;
}

/** What a model cache restore matched, for the save to tell whether anything changed. */
export interface RestoredModels {
  matchedKey: string | null;
}

/** Ollama on this runner: installed, its models folder cached, its server started. */
export interface OllamaRuntime {
  /** Installs the release (for the GPU found) and returns its binary. */
  install(request: { version: string; downloadBaseUrl: string }): Promise<{ binaryPath: string }>;
  restoreModels(request: { modelsDir: string; models: readonly string[] }): Promise<RestoredModels>;
  saveModels(request: {
    modelsDir: string;
    models: readonly string[];
    restored: RestoredModels;
  }): Promise<void>;
  /** Starts `ollama serve` and waits until it answers. */
  serve(request: { binaryPath: string; modelsDir: string; logFile: string }): Promise<{
    url: string;
    pid: number;
  }>;
}

/** Reads files of a branch's newest commit, by their path in the repository. */
export interface BranchFiles {
  /** The file's text, or null when the branch (or the file) does not exist. */
  read(path: string): Promise<string | null>;
}

/** What one commit to a branch changes: files written (path → text) and paths removed. */
export interface BranchChange {
  write: Readonly<Record<string, string>>;
  remove: readonly string[];
  message: string;
}

/**
 * A branch that history is committed to without a server of our own (e.g. `gh-pages`). `update`
 * builds the change from the branch's newest commit and pushes it; when another job pushed first,
 * it reads the new commit and builds the change again, so no job's entry is lost.
 */
export interface HistoryBranch {
  /** A file of the branch's newest commit; null when the branch or the file does not exist. */
  read(path: string): Promise<string | null>;
  update(change: (files: BranchFiles) => Promise<BranchChange>): Promise<{
    commit: string;
    attempts: number;
    /** The branch did not exist and was created (with no parent). */
    created: boolean;
  }>;
}

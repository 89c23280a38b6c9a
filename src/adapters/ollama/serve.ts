/**
 * Starts `ollama serve` on a loopback port and stops it again, also from another process (the
 * action's post step) that only knows its pid.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, open, readFile, readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { ENV } from '../../constants.js';
import { ConfigurationError, ExternalError, ProcessError, describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';

export const DEFAULT_READY_TIMEOUT_MS = 60_000;
/** How long `stop` waits after SIGTERM before it sends SIGKILL. */
export const DEFAULT_STOP_GRACE_MS = 5_000;
const LOG_TAIL_LINES = 30;
const POLL_INTERVAL_MS = 250;

export interface StartOllamaServerOptions {
  binaryPath: string;
  /** Where the server keeps models (OLLAMA_MODELS); created when missing. */
  modelsDir: string;
  /** The server's stdout and stderr are appended here; created when missing. */
  logFile: string;
  /** Loopback port to listen on; a free one is picked when omitted. */
  port?: number;
  readyTimeoutMs?: number;
  logger: Logger;
  /** More environment for the server. OLLAMA_HOST and OLLAMA_MODELS are always ours. */
  extraEnv?: Record<string, string>;
}

export interface OllamaServerProcess {
  /** `127.0.0.1:<port>`, as OLLAMA_HOST spells it. */
  host: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  pid: number;
  /** SIGTERM to the server's process group, then SIGKILL after a grace period. */
  stop(): Promise<void>;
}

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Spawns `ollama serve` detached (its own process group, so its model runners can be stopped with
 * it) listening on 127.0.0.1 only, and waits until GET /api/version answers. If the server exits
 * or does not answer in time it is killed, and the error carries its exit and the log's last lines.
 */
export async function startOllamaServer(options: StartOllamaServerOptions): Promise<OllamaServerProcess> {
  const { binaryPath, modelsDir, logFile, logger } = options;
  const readyTimeoutMs = options.readyTimeoutMs ?? DEFAULT_READY_TIMEOUT_MS;
  if (options.port !== undefined && !isPort(options.port)) {
    throw new ConfigurationError(`Ollama port ${options.port} is not a port number (1-65535).`);
  }

  return logger.group('Start Ollama server', async () => {
    const port = options.port ?? (await findFreeLoopbackPort());
    const host = `127.0.0.1:${port}`;
    const url = `http://${host}`;
    await mkdir(modelsDir, { recursive: true });
    await mkdir(path.dirname(logFile), { recursive: true });

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...options.extraEnv,
      [ENV.ollamaHost]: host,
      [ENV.ollamaModels]: modelsDir,
    };
    const logFd = openSync(logFile, 'a');
    let child;
    try {
      child = spawn(binaryPath, ['serve'], { detached: true, stdio: ['ignore', logFd, logFd], env });
    } finally {
      closeSync(logFd);
    }
    // The server outlives this step's event loop if need be; `stop` or the post step ends it.
    child.unref();

    // Held in an object so TypeScript does not narrow it to its initial null across awaits.
    const state: { exit: Exit | null } = { exit: null };
    const exited = new Promise<Exit>((resolve) => {
      child.once('exit', (code, signal) => {
        state.exit = { code, signal };
        resolve(state.exit);
      });
    });
    const pid = await new Promise<number>((resolve, reject) => {
      const failed = (reason: string) =>
        reject(new ExternalError(`Could not start ${binaryPath} serve: ${reason}`));
      // Without a pid there is no process group to stop; never go on to signal a made-up one.
      child.once('spawn', () => (child.pid === undefined ? failed('it got no pid') : resolve(child.pid)));
      child.once('error', (error) => failed(describeError(error)));
    });
    logger.info(
      `Started ${binaryPath} serve (pid ${pid}) on ${host}, models in ${modelsDir}, log ${logFile}.`,
    );

    let stopped: Promise<void> | null = null;
    const stop = (): Promise<void> => {
      stopped ??= stopProcessGroup(pid, DEFAULT_STOP_GRACE_MS).then(() => undefined);
      return stopped;
    };

    const started = Date.now();
    const deadline = started + readyTimeoutMs;
    let lastProblem = 'no attempt finished';
    for (;;) {
      if (state.exit !== null) break;
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      const answer = await askVersion(url, Math.min(remaining, 2_000));
      if (answer.version !== null) {
        logger.info(`Ollama ${answer.version} answers on ${url} (after ${Date.now() - started} ms).`);
        return { host, url, pid, stop };
      }
      lastProblem = answer.problem;
      await Promise.race([exited, sleep(Math.min(POLL_INTERVAL_MS, Math.max(0, deadline - Date.now())))]);
    }

    const earlyExit = state.exit;
    await stop();
    const tail = await readLogTail(logFile, LOG_TAIL_LINES);
    const how =
      earlyExit === null
        ? `did not answer GET ${url}/api/version within ${readyTimeoutMs} ms (last attempt: ${lastProblem}); ` +
          'it was killed'
        : `exited ${describeExit(earlyExit)} before answering GET ${url}/api/version`;
    throw new ProcessError(
      `Ollama server (${binaryPath} serve, pid ${pid}) ${how}. Last lines of ${logFile}:\n${tail}`,
      { exitCode: earlyExit?.code ?? null, signal: earlyExit?.signal ?? null, stderrTail: tail.trim() },
    );
  });
}

export type StopOutcome = 'not-running' | 'terminated' | 'killed';

/**
 * Stops a server started by `startOllamaServer` in another process, knowing only its pid (which
 * leads its process group): SIGTERM, a grace period, then SIGKILL. A server already gone is fine.
 */
export async function stopOllamaServerByPid(
  pid: number,
  options: { graceMs?: number } = {},
): Promise<StopOutcome> {
  if (!Number.isInteger(pid) || pid <= 1) {
    // kill(-1) or kill(0) would signal far more than one server.
    throw new ConfigurationError(`Ollama server pid ${pid} is not a process id.`);
  }
  return stopProcessGroup(pid, options.graceMs ?? DEFAULT_STOP_GRACE_MS);
}

async function stopProcessGroup(pid: number, graceMs: number): Promise<StopOutcome> {
  // Zombies (exited, not yet reaped) do not count as running.
  if (!(await groupHasLiveMembers(pid)) || !signalGroup(pid, 'SIGTERM')) return 'not-running';
  if (await waitForGroupGone(pid, graceMs)) return 'terminated';
  signalGroup(pid, 'SIGKILL');
  if (await waitForGroupGone(pid, 5_000)) return 'killed';
  throw new ExternalError(`Ollama server process group ${pid} is still running after SIGKILL.`);
}

/** Signals every process in the group led by `pid`; false when there is no such group. */
function signalGroup(pid: number, signal: NodeJS.Signals | 0): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ESRCH') return false;
    if (code === 'EPERM') {
      throw new ExternalError(
        `Not allowed to signal Ollama server process group ${pid}: ${describeError(error)}`,
      );
    }
    throw error;
  }
}

/** Waits until no live process of the group is left; false when the time runs out first. */
async function waitForGroupGone(pgid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!(await groupHasLiveMembers(pgid))) return true;
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
}

/**
 * Whether a process group still has a member that is not a zombie. kill(-pgid, 0) counts zombies,
 * and in a container whose init never reaps (Actions' container jobs run `tail -f /dev/null`) a
 * killed runner stays one for good, so on Linux the members' states are read from /proc.
 */
async function groupHasLiveMembers(pgid: number): Promise<boolean> {
  if (!signalGroup(pgid, 0)) return false;
  if (process.platform !== 'linux') return true;
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = await readFile(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    // "pid (comm) state ppid pgrp …"; comm may hold spaces and parentheses, so split after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

async function askVersion(
  url: string,
  timeoutMs: number,
): Promise<{ version: string | null; problem: string }> {
  try {
    const response = await fetch(`${url}/api/version`, { signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    if (!response.ok) return { version: null, problem: `HTTP ${response.status}` };
    try {
      const body = JSON.parse(text) as { version?: unknown };
      return { version: typeof body.version === 'string' ? body.version : 'unknown', problem: '' };
    } catch {
      return { version: 'unknown', problem: '' };
    }
  } catch (error: unknown) {
    const cause = (error as { cause?: unknown }).cause;
    return { version: null, problem: describeError(cause ?? error) };
  }
}

function describeExit(exit: Exit): string {
  if (exit.signal !== null) return `on signal ${exit.signal}`;
  return `with code ${exit.code}`;
}

/** The last lines of a log, reading at most its final 64 KiB. */
async function readLogTail(file: string, lines: number): Promise<string> {
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      const length = Math.min(size, 64 * 1024);
      const buffer = Buffer.alloc(length);
      await handle.read(buffer, 0, length, size - length);
      const text = buffer.toString('utf8').replace(/\s+$/, '');
      if (text === '') return '(the log is empty)';
      return text.split(/\r?\n/).slice(-lines).join('\n');
    } finally {
      await handle.close();
    }
  } catch (error: unknown) {
    return `(could not read the log: ${describeError(error)})`;
  }
}

function isPort(port: number): boolean {
  return Number.isInteger(port) && port >= 1 && port <= 65_535;
}

/** A port that was free on 127.0.0.1 a moment ago (the OS picks it). */
function findFreeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}

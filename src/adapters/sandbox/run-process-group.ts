import { type ChildProcessByStdio, spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { describeError } from '../../errors.js';
import type { CodeRunResult } from '../../ports.js';
import { CappedOutput } from './capped-output.js';
import { killProcessGroup, signalQuietly, trackSnippet, untrackSnippet } from './process-group.js';

export interface ProcessGroupRequest {
  file: string;
  args: readonly string[];
  cwd: string;
  /** The child's whole environment: nothing of ours is added. */
  env: Readonly<Record<string, string>>;
  timeoutMs: number;
  maxOutputBytes: number;
  /**
   * How to stop the program early. `group`: SIGKILL its process group (the namespace tier, where
   * the kernel then kills the rest of the sandbox). `supervisor`: SIGTERM the program, the process
   * tier's supervisor, which kills its whole subtree and exits; its group is SIGKILLed only if it
   * has not exited after a grace period.
   */
  stopWith: 'group' | 'supervisor';
  /** Aborting stops the program as a timeout would, without marking it timed out. */
  signal?: AbortSignal;
}

/** How the process ended: a code run's result without what only the runner knows (executor, command). */
export type ProcessGroupOutcome = Omit<CodeRunResult, 'executor' | 'command'>;

/**
 * How long to keep reading after the group was killed. Output still in the pipe is read in a few
 * milliseconds; only a process that left the group (setsid) can hold the pipe open longer, and it
 * must not keep us waiting.
 */
const PIPE_DRAIN_MS = 200;
/** How long the supervisor gets to sweep its subtree before its group is SIGKILLed. */
const SUPERVISOR_GRACE_MS = 2_000;

/**
 * Runs a program as the leader of a new process group, with stdin closed, and SIGKILLs the whole
 * group when the program exits, when the time limit passes or when an output stream goes over the
 * cap. Whatever the program does ends up in the outcome; this never rejects.
 */
export function runProcessGroup(request: ProcessGroupRequest): Promise<ProcessGroupOutcome> {
  const started = performance.now();
  const stdout = new CappedOutput(request.maxOutputBytes);
  const stderr = new CappedOutput(request.maxOutputBytes);

  return new Promise((resolve) => {
    const settle = (fields: Pick<ProcessGroupOutcome, 'exitCode' | 'signal' | 'timedOut' | 'spawnError'>) =>
      resolve({
        ...fields,
        stdout: stdout.text(),
        stderr: stderr.text(),
        stdoutTruncated: stdout.truncated,
        stderrTruncated: stderr.truncated,
        durationMs: performance.now() - started,
      });
    const notStarted = (error: unknown) =>
      settle({ exitCode: null, signal: null, timedOut: false, spawnError: describeError(error) });

    let child: ChildProcessByStdio<null, Readable, Readable>;
    try {
      child = spawn(request.file, request.args, {
        cwd: request.cwd,
        env: request.env,
        stdio: ['ignore', 'pipe', 'pipe'],
        // Own process group (setsid), so one kill reaches every process the snippet starts.
        detached: true,
      });
    } catch (error: unknown) {
      notStarted(error);
      return;
    }
    const { pid } = child;
    if (pid === undefined) {
      // Spawning failed (missing or non-executable file, bad cwd); 'error' follows with the reason.
      child.once('error', notStarted);
      return;
    }
    const stopNow = () => {
      if (request.stopWith === 'supervisor') signalQuietly(pid, 'SIGTERM');
      else killProcessGroup(pid);
    };
    trackSnippet(pid, stopNow);

    let exited = false;
    let exitCode: number | null = null;
    let signal: string | null = null;
    let timedOut = false;
    let finished = false;
    let drainTimer: NodeJS.Timeout | undefined;
    let graceTimer: NodeJS.Timeout | undefined;

    const finish = () => {
      if (finished) return;
      finished = true;
      clearTimeout(deadline);
      clearTimeout(drainTimer);
      clearTimeout(graceTimer);
      request.signal?.removeEventListener('abort', onAbort);
      untrackSnippet(pid);
      // Let go of a pipe that an escaped process may still hold open.
      child.stdout.destroy();
      child.stderr.destroy();
      settle({ exitCode, signal, timedOut, spawnError: null });
    };
    // After the program exited: what is left of its group goes, and the pipes get a moment to drain.
    const afterExit = () => {
      killProcessGroup(pid);
      drainTimer ??= setTimeout(finish, PIPE_DRAIN_MS);
    };
    const stopGroup = () => {
      if (exited) return;
      stopNow();
      if (request.stopWith === 'supervisor') graceTimer ??= setTimeout(afterExit, SUPERVISOR_GRACE_MS);
      else afterExit();
    };
    const onAbort = () => stopGroup();
    const collect = (stream: Readable, output: CappedOutput) => {
      stream.on('data', (chunk: Buffer) => {
        if (!output.truncated && !output.push(chunk)) stopGroup();
      });
      // A read error ends the stream like EOF; what was read so far is kept.
      stream.on('error', () => undefined);
    };

    const deadline = setTimeout(() => {
      if (!exited) timedOut = true;
      stopGroup();
    }, request.timeoutMs);
    if (request.signal?.aborted) stopGroup();
    else request.signal?.addEventListener('abort', onAbort, { once: true });
    collect(child.stdout, stdout);
    collect(child.stderr, stderr);
    child.once('exit', (code, exitSignal) => {
      exited = true;
      exitCode = code;
      signal = exitSignal;
      // Children left behind (backgrounded, forked) die with their leader.
      afterExit();
    });
    // After 'exit' and once both pipes are closed: the normal end.
    child.once('close', finish);
    // Only spawn failures matter here, and those were handled above.
    child.on('error', () => undefined);
  });
}

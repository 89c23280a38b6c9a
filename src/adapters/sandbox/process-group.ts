/**
 * Snippets still running, each with the way to stop it at once. Each snippet's launcher is spawned
 * detached, so it leads a new process group; how it is stopped depends on the tier (see
 * runProcessGroup's `stopWith`).
 */

const running = new Map<number, () => void>();
let exitHookInstalled = false;

/**
 * SIGKILLs every process in the group led by `pid`. A group that is already gone is fine, and so is
 * one whose only survivors we may not signal (a setuid program the snippet started).
 */
export function killProcessGroup(pid: number): void {
  signalQuietly(-pid, 'SIGKILL');
}

/** Sends `signal` to `pid` (a negative pid: a group); a process already gone is fine. */
export function signalQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw error;
  }
}

/**
 * Remembers a running snippet so that it is stopped if this process exits first: detached children
 * are not taken down with their parent, and an endless loop would otherwise run on for good. The
 * 'exit' event does not fire when a signal ends the process, so the shells also call
 * stopAllSnippets from their signal handlers.
 */
export function trackSnippet(pid: number, stop: () => void): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', stopAllSnippets);
  }
  running.set(pid, stop);
}

export function untrackSnippet(pid: number): void {
  running.delete(pid);
}

/** Stops every running snippet now (synchronously: safe to call just before exiting). */
export function stopAllSnippets(): void {
  for (const stop of running.values()) stop();
}

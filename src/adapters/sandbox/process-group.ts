/**
 * Process groups of running snippets. Each snippet is spawned detached, so it leads a new group that
 * also holds every process it starts (unless one deliberately calls setsid); killing the group kills
 * them all.
 */

const liveGroups = new Set<number>();
let exitHookInstalled = false;

/**
 * SIGKILLs every process in the group led by `pid`. A group that is already gone is fine, and so is
 * one whose only survivors we may not signal (a setuid program the snippet started).
 */
export function killProcessGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ESRCH' && code !== 'EPERM') throw error;
  }
}

/**
 * Remembers a running group so that it is killed if this process exits first: detached children
 * are not taken down with their parent, and an endless loop would otherwise run on for good.
 */
export function trackProcessGroup(pid: number): void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const group of liveGroups) killProcessGroup(group);
    });
  }
  liveGroups.add(pid);
}

export function untrackProcessGroup(pid: number): void {
  liveGroups.delete(pid);
}

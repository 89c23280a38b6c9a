/**
 * Finds processes by a marker in their command line or environment, by scanning /proc, so a test
 * can tell whether anything a snippet started is still alive (also inside a PID namespace, whose
 * processes are visible from outside under other numbers). Zombies count as gone.
 */
import { readdir, readFile } from 'node:fs/promises';

export async function processesMarked(marker: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      if (/^\d+ \(.*\) Z /s.test(stat)) continue;
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      const environ = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
      if (cmdline.includes(marker) || environ.includes(marker)) found.push(Number(entry));
    } catch {
      // Gone while we looked.
    }
  }
  return found;
}

/** The marked processes still alive after waiting up to `withinMs` for them to go. */
export async function survivorsAfter(marker: string, withinMs = 2000): Promise<number[]> {
  const until = Date.now() + withinMs;
  for (;;) {
    const alive = await processesMarked(marker);
    if (alive.length === 0 || Date.now() > until) return alive;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A Python statement that replaces the current process by a sleeper whose command line holds `marker`. */
export function becomeMarkedSleeper(marker: string, seconds = 60): string {
  return `os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(${seconds})", "${marker}"])`;
}

/** Only on Linux can /proc be scanned. */
export const canScanProc = process.platform === 'linux';

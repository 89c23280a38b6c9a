import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';

/** How a top-level system directory appears on this host: a directory, a symlink (merged /usr), or absent. */
export interface SystemEntry {
  path: string;
  symlinkTarget: string | null;
}

/** What the sandbox shows of the host, found once at creation. */
export interface NamespaceLayout {
  bwrap: string;
  prlimit: string;
  /** /bin, /lib, … as they are on the host; only these and /usr come from the system. */
  systemEntries: SystemEntry[];
  /** The interpreter's prefixes (sys.prefix, sys.base_prefix) outside /usr, bound read-only. */
  extraReadOnly: string[];
}

/** Where the snippet finds things inside the sandbox. */
export const SANDBOX_PATHS = { work: '/sandbox', home: '/home/sandbox', tmp: '/tmp' } as const;

/** The run directory's parts on the host, each bound writable at its SANDBOX_PATHS place. */
export interface RunDirs {
  work: string;
  home: string;
  tmp: string;
}

const SYSTEM_TOP = ['/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'];
/** The dynamic linker's configuration and nothing else from /etc: no passwd, hosts, ssl or secrets. */
const ETC_FILES = ['/etc/ld.so.cache', '/etc/ld.so.conf', '/etc/ld.so.conf.d', '/etc/alternatives'];

/** The host's /bin, /lib, … (merged-/usr symlinks kept as symlinks, so the sandbox looks the same). */
export async function systemEntries(): Promise<SystemEntry[]> {
  const entries: SystemEntry[] = [];
  for (const dir of SYSTEM_TOP) {
    try {
      const info = await lstat(dir);
      entries.push({ path: dir, symlinkTarget: info.isSymbolicLink() ? await readlink(dir) : null });
    } catch {
      // Not on this host.
    }
  }
  return entries;
}

/** Prefixes that /usr does not already cover, without repeats or nesting. */
export function prefixesToBind(prefixes: readonly string[]): string[] {
  const outside = [...new Set(prefixes.map((p) => path.resolve(p)))].filter(
    (p) => p !== '/' && !isWithin(p, '/usr'),
  );
  return outside.filter((p) => !outside.some((other) => other !== p && isWithin(p, other))).sort();
}

function isWithin(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith('/') ? parent : `${parent}/`);
}

/**
 * bubblewrap's arguments for one snippet: new user, PID, network, IPC, UTS (and cgroup) namespaces;
 * a fresh /proc showing only the sandbox's processes; a minimal /dev; the system read-only and
 * nothing of the caller's (no HOME, no working directory, no reports); the run directory the only
 * writable place. bwrap's own init is PID 1, so when the snippet's main process ends, or bwrap is
 * killed, the kernel kills every process left in the namespace; `--die-with-parent` does the same
 * when exbench dies. prlimit then sets the rlimits inside the new user namespace, where RLIMIT_NPROC
 * counts only the sandbox's processes.
 */
export function bwrapArgs(
  layout: NamespaceLayout,
  dirs: RunDirs,
  limitArgs: readonly string[],
  command: readonly string[],
  /** Further host directories shown read-only, as [host path, sandbox path]. */
  readOnlyMounts: readonly (readonly [string, string])[] = [],
): string[] {
  const args = [
    '--unshare-user',
    '--unshare-pid',
    '--unshare-net',
    '--unshare-ipc',
    '--unshare-uts',
    '--unshare-cgroup-try',
    '--hostname',
    'sandbox',
    '--die-with-parent',
    '--new-session',
    '--ro-bind',
    '/usr',
    '/usr',
  ];
  for (const entry of layout.systemEntries) {
    if (entry.symlinkTarget === null) args.push('--ro-bind', entry.path, entry.path);
    else args.push('--symlink', entry.symlinkTarget, entry.path);
  }
  for (const file of ETC_FILES) args.push('--ro-bind-try', file, file);
  for (const prefix of layout.extraReadOnly) args.push('--ro-bind', prefix, prefix);
  for (const [source, target] of readOnlyMounts) args.push('--ro-bind', source, target);
  args.push(
    '--proc',
    '/proc',
    '--dev',
    '/dev',
    '--bind',
    dirs.work,
    SANDBOX_PATHS.work,
    '--bind',
    dirs.home,
    SANDBOX_PATHS.home,
    '--bind',
    dirs.tmp,
    SANDBOX_PATHS.tmp,
    '--chdir',
    SANDBOX_PATHS.work,
    '--',
    layout.prlimit,
    ...limitArgs,
    '--',
    ...command,
  );
  return args;
}

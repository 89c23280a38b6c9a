import type { SandboxDescription, SandboxTier } from '../../ports.js';

/** What each tier isolates, as the report and the README state it; the integration tests are the evidence. */
const TIERS: Readonly<Record<SandboxTier, Omit<SandboxDescription, 'tier' | 'warning'>>> = {
  namespace: {
    isolates: [
      "the caller's environment and processes: a fresh /proc shows only the snippet's own processes",
      'exbench and every other process: they cannot be seen, signalled or stopped',
      'the network: a network namespace of its own with at most a loopback',
      'the file system: system directories read-only; no HOME, working directory or report directory of the caller; the run directory, a private HOME and /tmp are the only writable places, removed after the row',
      'process lifetime: every process the snippet starts dies with its row (PID namespace), whatever it does',
      'resources: address space (--memory), processes, file size, CPU time and open files are limited; no core dumps',
    ],
    doesNotIsolate: [
      'the kernel: a kernel exploit escapes any namespace',
      'the process limit is not enforced when exbench runs as root (the kernel exempts root from RLIMIT_NPROC)',
    ],
  },
  process: {
    isolates: [
      "the caller's environment variables are not passed on (secrets that leak anyway are redacted from everything exbench writes)",
      'process lifetime on Linux: a subreaper supervisor kills every process the snippet starts when its row ends (setsid and double forks included), unless the snippet kills the supervisor itself',
      'resources: address space (--memory), file size, CPU time, open files and processes (not for root) are limited; no core dumps',
    ],
    doesNotIsolate: [
      "secrets: the snippet can read exbench's environment through /proc/<pid>/environ; they are redacted from the report, console and markdown, but the snippet itself sees them",
      'exbench and every process of the same user: the snippet can signal, stop or kill them',
      'the file system: it can read, write and delete whatever the user can, HOME and the working directory included',
      'the network: it can reach any address, local ports included',
    ],
  },
};

export function describeTier(tier: SandboxTier, warning: string | null): SandboxDescription {
  return { tier, ...TIERS[tier], warning };
}

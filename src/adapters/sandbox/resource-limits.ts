import { DEFAULT_MEMORY_BYTES } from '../../config/sandbox-settings.js';
/**
 * Resource limits put on every snippet, whatever the tier. They are rlimits, which every process a
 * snippet starts inherits and which an unprivileged process can only lower.
 */
export interface ResourceLimits {
  /**
   * RLIMIT_AS: address space per process. Chosen over RLIMIT_DATA because it counts every kind of
   * mapping (RLIMIT_DATA misses shared anonymous memory); the price is that programs reserving much
   * address space (many-thread BLAS, JVM, Go) need a larger `--memory`.
   */
  memoryBytes: number;
  /**
   * RLIMIT_NPROC: processes and threads. It counts per user, so in the namespace tier it is set
   * inside the sandbox's own user namespace, where only the snippet's processes count (Linux 5.14+).
   * The kernel does not enforce it for root, which a fork storm then meets only at the row's end.
   */
  processes: number;
  /** RLIMIT_FSIZE: the largest file a snippet may write. */
  fileSizeBytes: number;
  /** RLIMIT_CPU per process, a backstop behind the wall-clock limit. */
  cpuSeconds: number;
  /** RLIMIT_NOFILE: open file descriptors. */
  openFiles: number;
}

const DEFAULT_PROCESSES = 128;
const DEFAULT_FILE_SIZE_BYTES = 64 * 1024 ** 2;
const DEFAULT_OPEN_FILES = 256;

/** The limits for one row: CPU time is the row's time limit rounded up, plus a second. */
export function limitsFor(timeoutMs: number, memoryBytes = DEFAULT_MEMORY_BYTES): ResourceLimits {
  return {
    memoryBytes,
    processes: DEFAULT_PROCESSES,
    fileSizeBytes: DEFAULT_FILE_SIZE_BYTES,
    cpuSeconds: Math.ceil(timeoutMs / 1000) + 1,
    openFiles: DEFAULT_OPEN_FILES,
  };
}

/** util-linux `prlimit` options setting soft and hard limits alike, and no core dumps. */
export function prlimitArgs(limits: ResourceLimits): string[] {
  return [
    `--as=${limits.memoryBytes}`,
    `--nproc=${limits.processes}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--cpu=${limits.cpuSeconds}`,
    `--nofile=${limits.openFiles}`,
    '--core=0',
  ];
}

/** The same limits as `name=value` pairs for the process tier's supervisor (Python's resource names). */
export function supervisorLimitArgs(limits: ResourceLimits): string {
  return [
    `AS=${limits.memoryBytes}`,
    `NPROC=${limits.processes}`,
    `FSIZE=${limits.fileSizeBytes}`,
    `CPU=${limits.cpuSeconds}`,
    `NOFILE=${limits.openFiles}`,
    'CORE=0',
  ].join(',');
}

import { execFile } from 'node:child_process';
import os from 'node:os';
import which from 'which';
import type { EnvironmentFingerprint, GpuFingerprint, RunnerFingerprint } from '../../core/environment.js';

/** What a vendor tool said; a tool that is absent, failed or timed out is `exitCode: null` or non-zero. */
export interface CommandResult {
  exitCode: number | null;
  stdout: string;
}

export type RunCommand = (command: string, args: readonly string[]) => Promise<CommandResult>;

/** The parts of `node:os` a fingerprint reads; tests pass a fixed machine. */
export interface SystemInfo {
  platform(): string;
  release(): string;
  version(): string;
  arch(): string;
  cpus(): readonly { model: string }[];
  availableParallelism(): number;
  totalmem(): number;
}

export interface CollectEnvironmentOptions {
  run?: RunCommand;
  env?: Readonly<Record<string, string | undefined>>;
  system?: SystemInfo;
}

/** GitHub's runner variables that name the machine image (set by the runner, not by workflows). */
const RUNNER_VARIABLES = {
  imageOs: 'ImageOS',
  imageVersion: 'ImageVersion',
  name: 'RUNNER_NAME',
  environment: 'RUNNER_ENVIRONMENT',
  githubActions: 'GITHUB_ACTIONS',
} as const;

/** A vendor tool that hangs (a wedged driver) must not hold up the benchmark. */
const GPU_PROBE_TIMEOUT_MS = 5000;

export const NVIDIA_SMI_ARGS = ['--query-gpu=name,memory.total,driver_version', '--format=csv,noheader'];
export const ROCM_SMI_ARGS = ['--showproductname', '--showmeminfo', 'vram', '--showdriverversion', '--json'];

/**
 * The machine this process runs on, for the report: OS, CPU, memory, GPUs (asked of `nvidia-smi`,
 * then `rocm-smi`) and GitHub's runner image. Never throws: a missing or failing GPU tool means no
 * GPU listed, because a fingerprint is context for a later comparison, not a reason to stop a run.
 */
export async function collectEnvironment(
  options: CollectEnvironmentOptions = {},
): Promise<EnvironmentFingerprint> {
  const system = options.system ?? os;
  const env = options.env ?? process.env;
  const run = options.run ?? runProbe;
  const cpus = safe(() => system.cpus(), []);
  return {
    os: {
      platform: system.platform(),
      release: system.release(),
      version: safe(() => system.version(), null) || null,
    },
    arch: system.arch(),
    cpu: {
      model: cpus[0]?.model.trim() || null,
      cores: cpus.length > 0 ? cpus.length : safe(() => system.availableParallelism(), 1),
    },
    memoryBytes: system.totalmem(),
    gpus: await collectGpus(run),
    runner: runnerFingerprint(env),
  };
}

async function collectGpus(run: RunCommand): Promise<GpuFingerprint[]> {
  const nvidia = await safeRun(run, 'nvidia-smi', NVIDIA_SMI_ARGS);
  if (nvidia.exitCode === 0) {
    const gpus = parseNvidiaSmi(nvidia.stdout);
    if (gpus.length > 0) return gpus;
  }
  const rocm = await safeRun(run, 'rocm-smi', ROCM_SMI_ARGS);
  if (rocm.exitCode === 0) return parseRocmSmi(rocm.stdout);
  return [];
}

/**
 * `nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader`: one line per GPU,
 * e.g. `NVIDIA GeForce RTX 4090, 24564 MiB, 550.54.14`. Split from the right, so a comma in a name
 * cannot shift the fields.
 */
export function parseNvidiaSmi(stdout: string): GpuFingerprint[] {
  const gpus: GpuFingerprint[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const fields = line.split(',').map((field) => field.trim());
    if (fields.length < 3) continue;
    const driver = fields.pop() ?? '';
    const memory = fields.pop() ?? '';
    const name = fields.join(', ');
    if (name === '') continue;
    gpus.push({ name, memory: known(memory), driver: known(driver) });
  }
  return gpus;
}

/**
 * `rocm-smi --showproductname --showmeminfo vram --showdriverversion --json`: an object keyed by
 * card (`card0`, …) whose values carry `Card series` (`Card Series` in newer releases),
 * `VRAM Total Memory (B)` in bytes as a string, and a `system` entry with `Driver version`.
 * Memory is written in MiB, as nvidia-smi writes it, so the two read alike in a report.
 */
export function parseRocmSmi(stdout: string): GpuFingerprint[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch {
    return [];
  }
  if (!isRecord(parsed)) return [];
  const system = isRecord(parsed['system']) ? parsed['system'] : {};
  const driver = field(system, /^driver version$/i);
  const gpus: GpuFingerprint[] = [];
  const cards = Object.entries(parsed)
    .filter(([key]) => /^card/i.test(key))
    .sort(([a], [b]) => cardNumber(a) - cardNumber(b));
  for (const [, card] of cards) {
    if (!isRecord(card)) continue;
    const name =
      field(card, /^card series$/i) ??
      field(card, /^device name$/i) ??
      field(card, /^card sku$/i) ??
      field(card, /^card model$/i);
    if (name === null) continue;
    const bytes = Number(field(card, /^vram total memory \(b\)$/i) ?? Number.NaN);
    const memory = Number.isFinite(bytes) && bytes > 0 ? `${Math.round(bytes / 2 ** 20)} MiB` : null;
    gpus.push({ name, memory, driver: field(card, /^driver version$/i) ?? driver });
  }
  return gpus;
}

/** Null off GitHub's runners, where the variables mean nothing or are absent. */
export function runnerFingerprint(
  env: Readonly<Record<string, string | undefined>>,
): RunnerFingerprint | null {
  if (env[RUNNER_VARIABLES.githubActions] !== 'true') return null;
  const read = (name: string): string | null => known(env[name] ?? '');
  return {
    imageOs: read(RUNNER_VARIABLES.imageOs),
    imageVersion: read(RUNNER_VARIABLES.imageVersion),
    name: read(RUNNER_VARIABLES.name),
    environment: read(RUNNER_VARIABLES.environment),
  };
}

/**
 * Runs a GPU tool with Node's own execFile: a run without code to execute never loads execa for its
 * two probes. The tool is looked up on PATH first (`which`): most machines have neither vendor's
 * tool, and starting a process only to learn it is absent costs the run's main thread a fork of
 * itself (about 13 ms each on a 2-core runner). A tool that hangs is killed outright after
 * `timeoutMs`; no exit code then.
 */
export async function runProbe(
  command: string,
  args: readonly string[],
  timeoutMs = GPU_PROBE_TIMEOUT_MS,
): Promise<CommandResult> {
  const found = await which(command, { nothrow: true });
  if (found === null) return { exitCode: null, stdout: '' };
  return new Promise((resolve) => {
    const child = execFile(
      found,
      args,
      { encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
      (error, stdout) => {
        // Killed, over the buffer or gone since the lookup: no exit code, never a success.
        const exitCode = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ exitCode, stdout });
      },
    );
    child.stdin?.end();
  });
}

async function safeRun(run: RunCommand, command: string, args: readonly string[]): Promise<CommandResult> {
  try {
    return await run(command, args);
  } catch {
    // Absent tool or a spawn failure: no GPUs from this vendor.
    return { exitCode: null, stdout: '' };
  }
}

function safe<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

function field(record: Record<string, unknown>, name: RegExp): string | null {
  for (const [key, value] of Object.entries(record)) {
    if (name.test(key.trim()) && (typeof value === 'string' || typeof value === 'number')) {
      return known(String(value));
    }
  }
  return null;
}

/** nvidia-smi writes `[N/A]` or `[Not Supported]` for what it cannot tell. */
function known(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' || /^\[.*\]$/.test(trimmed) || trimmed === 'N/A' ? null : trimmed;
}

function cardNumber(key: string): number {
  const digits = /\d+/.exec(key);
  return digits ? Number(digits[0]) : Number.MAX_SAFE_INTEGER;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

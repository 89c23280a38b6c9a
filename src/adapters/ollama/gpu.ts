import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { GpuVendor } from './release.js';

export interface GpuProbe {
  platform?: NodeJS.Platform;
  /** The PATH to look for `nvidia-smi` and `rocm-smi` on; defaults to this process's. */
  searchPath?: string;
  /** Whether a file exists; defaults to the real file system (tests pass a fake). */
  exists?: (file: string) => Promise<boolean>;
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

async function onPath(
  command: string,
  searchPath: string,
  exists: (file: string) => Promise<boolean>,
): Promise<boolean> {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir !== '' && (await exists(path.join(dir, command)))) return true;
  }
  return false;
}

/**
 * Which GPU vendor's libraries this Linux runner could use: NVIDIA when its driver's control device
 * or `nvidia-smi` is there, AMD when the ROCm kernel device (/dev/kfd) or `rocm-smi` is. Null on
 * CPU-only runners and on macOS, where Metal is built into Ollama and nothing needs choosing.
 * A false positive only keeps libraries on disk; a false negative would run on the CPU.
 */
export async function detectGpu(probe: GpuProbe = {}): Promise<GpuVendor | null> {
  const platform = probe.platform ?? process.platform;
  if (platform !== 'linux') return null;
  const exists = probe.exists ?? fileExists;
  const searchPath = probe.searchPath ?? process.env['PATH'] ?? '';
  if ((await exists('/dev/nvidiactl')) || (await onPath('nvidia-smi', searchPath, exists))) return 'nvidia';
  if ((await exists('/dev/kfd')) || (await onPath('rocm-smi', searchPath, exists))) return 'amd';
  return null;
}

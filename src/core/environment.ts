/**
 * The machine a run measured its speed on. Written into every report so a later comparison can
 * tell a slower change from a slower machine.
 */
export interface EnvironmentFingerprint {
  os: { platform: string; release: string; version: string | null };
  arch: string;
  cpu: { model: string | null; cores: number };
  memoryBytes: number;
  /** Empty when no NVIDIA or AMD tool answered (CPU-only runners, macOS). */
  gpus: GpuFingerprint[];
  /** Null off GitHub's runners. */
  runner: RunnerFingerprint | null;
}

export interface GpuFingerprint {
  name: string;
  /** As the vendor's tool prints it, e.g. `23028 MiB`. */
  memory: string | null;
  driver: string | null;
}

export interface RunnerFingerprint {
  imageOs: string | null;
  imageVersion: string | null;
  name: string | null;
  environment: string | null;
}

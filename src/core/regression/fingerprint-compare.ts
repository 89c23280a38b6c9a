import { ENGINE_LABELS, NOT_USED_VERSION } from '../server-registry.js';
import type { ComparableEnvironment, ComparableModel, ComparableReport } from './report-input.js';

export interface FingerprintComparison {
  /** False when the machines, Ollama versions or request concurrencies differ: speed is shown but not judged. */
  speedComparable: boolean;
  /** Why speed is not comparable, one difference each (`CPU: A → B`). */
  reasons: string[];
  /** Differences and gaps worth knowing that do not stop a judgement. */
  notes: string[];
}

/** Relative difference in total memory below which two machines count as the same size. */
const MEMORY_TOLERANCE = 0.05;

/**
 * Compares where two reports measured. Hardware (OS, architecture, CPU model and cores, memory,
 * GPUs with their driver) or the Ollama version differing makes speed not comparable. A report
 * without a fingerprint (the predecessor's, or exbench before it recorded one) cannot show a
 * difference: speed is still judged, with a note saying the machine was not recorded.
 */
export function compareFingerprints(base: ComparableReport, head: ComparableReport): FingerprintComparison {
  const reasons: string[] = [];
  const notes: string[] = [];
  const differ = (label: string, a: string | null, b: string | null): void => {
    if (a !== null && b !== null && a !== b) reasons.push(`${label}: ${a} → ${b}`);
  };

  const used = (version: string | null | undefined): string | null =>
    version === undefined || version === NOT_USED_VERSION ? null : version;
  differ('Ollama', used(base.ollama?.version), used(head.ollama?.version));
  // The other engines' versions, where both runs used the engine (Ollama's is compared above).
  for (const engine of ['llamacpp', 'openai'] as const) {
    const version = (report: ComparableReport) =>
      report.engines?.find((use) => use.engine === engine)?.version ?? null;
    differ(ENGINE_LABELS[engine], version(base), version(head));
  }

  // Requests served together each decode slower, so speed at one concurrency says nothing of another.
  const concurrency = (report: ComparableReport): number => report.settings?.request_concurrency ?? 1;
  if (concurrency(base) !== concurrency(head)) {
    reasons.push(
      `requests at once: ${concurrency(base)} → ${concurrency(head)} (requests served together each run slower)`,
    );
  }

  const a = base.environment ?? null;
  const b = head.environment ?? null;
  if (a === null || b === null) {
    const missing = [a === null ? 'base' : null, b === null ? 'head' : null].filter(Boolean).join(' and ');
    notes.push(`the machine was not recorded on ${missing}; speed is compared without checking it`);
  } else {
    differ('OS', osLabel(a), osLabel(b));
    differ('architecture', a.arch ?? null, b.arch ?? null);
    differ('CPU', a.cpu?.model ?? null, b.cpu?.model ?? null);
    differ('CPU cores', numberLabel(a.cpu?.cores), numberLabel(b.cpu?.cores));
    const memoryA = a.memory_bytes ?? null;
    const memoryB = b.memory_bytes ?? null;
    if (
      memoryA !== null &&
      memoryB !== null &&
      Math.abs(memoryA - memoryB) > MEMORY_TOLERANCE * Math.max(memoryA, memoryB)
    ) {
      reasons.push(`memory: ${gib(memoryA)} → ${gib(memoryB)}`);
    }
    differ('GPU', gpuLabel(a), gpuLabel(b));
    const imageA = runnerImage(a);
    const imageB = runnerImage(b);
    if (imageA !== null && imageB !== null && imageA !== imageB)
      notes.push(`runner image: ${imageA} → ${imageB}`);
  }

  const optionsA = canonicalJson(base.options ?? null);
  const optionsB = canonicalJson(head.options ?? null);
  if (base.options && head.options && optionsA !== optionsB) notes.push(`options: ${optionsA} → ${optionsB}`);

  return { speedComparable: reasons.length === 0, reasons, notes };
}

export interface DigestComparison {
  base: string | null;
  head: string | null;
  /** True only when both digests are known and differ: the "same" model is other weights. */
  changed: boolean;
}

export function compareDigests(base: ComparableModel, head: ComparableModel): DigestComparison {
  const a = base.details?.digest ?? null;
  const b = head.details?.digest ?? null;
  return { base: a, head: b, changed: a !== null && b !== null && a !== b };
}

function osLabel(environment: ComparableEnvironment): string | null {
  if (!environment?.os) return null;
  return `${environment.os.platform} ${environment.os.release}`;
}

function gpuLabel(environment: ComparableEnvironment): string | null {
  const gpus = environment?.gpus;
  if (!gpus) return null;
  if (gpus.length === 0) return 'none';
  return gpus
    .map((gpu) =>
      [gpu.name, gpu.memory, gpu.driver && `driver ${gpu.driver}`].filter((part) => part).join(', '),
    )
    .join('; ');
}

function runnerImage(environment: ComparableEnvironment): string | null {
  const runner = environment?.runner;
  if (!runner?.image_os) return null;
  return [runner.image_os, runner.image_version].filter((part) => part).join(' ');
}

function numberLabel(value: number | null | undefined): string | null {
  return value === null || value === undefined ? null : String(value);
}

function gib(bytes: number): string {
  return `${(bytes / 2 ** 30).toFixed(1)} GiB`;
}

/** JSON with object keys sorted, so equal values give equal text whatever the key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : inner,
  );
}

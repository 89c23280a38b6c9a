/**
 * The sandbox's settings as the user gives them (`--sandbox`, `--memory` and the action's inputs);
 * the sandbox adapter carries them out.
 */

/** `auto`: the namespace tier when it works here, else the process tier with a warning. */
export const SANDBOX_CHOICES = ['auto', 'namespace', 'process'] as const;
export type SandboxChoice = (typeof SANDBOX_CHOICES)[number];

/** Address space per snippet process when none is given: 1 GiB. */
export const DEFAULT_MEMORY_BYTES = 1024 ** 3;
/** Below this even a bare Python interpreter cannot start. */
export const MIN_MEMORY_BYTES = 64 * 1024 ** 2;

/** `1G`, `512M`, `2GiB`, `1.5g` or a number of bytes, in powers of 1024; null when not a size. */
export function parseByteSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?\s*$/i.exec(text);
  if (!match) return null;
  const power = ['', 'k', 'm', 'g', 't'].indexOf((match[2] ?? '').toLowerCase());
  const bytes = Math.round(Number(match[1]) * 1024 ** power);
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : null;
}

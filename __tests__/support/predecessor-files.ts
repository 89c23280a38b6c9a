/** Benchmark files and reports in the predecessor's format: the project's own, and the predecessor's when present. */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Written for exbench, covering every evaluator and format feature; always present. */
export const FIXTURES = path.join(ROOT, '__tests__/fixtures/predecessor-format');
export const fixtureBenchmarks = readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml'));
export const FIXTURE_REPORT = path.join(FIXTURES, 'report.json');

/** The predecessor's own files, beside the team's checkout only (not in a fresh clone, nor in the package). */
export const SHARED_BENCHY = process.env.EXBENCH_SHARED_BENCHY ?? path.resolve(ROOT, '../shared/benchy');
export const hasSharedBenchy = existsSync(path.join(SHARED_BENCHY, 'benchmark_data'));

/** Every key path of a JSON value with the type found there; list items are folded into `[]`. */
export function shape(value: unknown, prefix = '$', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    for (const item of value) shape(item, `${prefix}[]`, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      out.set(`${prefix}.${key}`, inner === null ? 'null' : Array.isArray(inner) ? 'array' : typeof inner);
      shape(inner, `${prefix}.${key}`, out);
    }
  }
  return out;
}

/** Key paths of `theirs` that `ours` lacks or gives another type (their null matches anything). */
export function missingFields(ours: unknown, theirs: unknown): [string, string][] {
  const mine = shape(ours);
  return [...shape(theirs)].filter(([key, type]) => {
    const found = mine.get(key);
    return found === undefined || (found !== type && type !== 'null');
  });
}

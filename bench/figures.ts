/**
 * What every bench script shares: integer options from argv, medians, and the figures it prints.
 * Scripts only print; nothing here passes or fails a run. With `--figures <file>` a script also
 * writes its headline figures as JSON there, for run-all.ts to put in one table.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository root: child scripts start there so `--import tsx` resolves from its node_modules. */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Node arguments that run a bench/ TypeScript file directly, as `npx tsx` would. */
export function tsxScriptArgs(file: string, args: readonly string[] = []): string[] {
  return ['--import', 'tsx', fileURLToPath(new URL(file, import.meta.url)), ...args];
}

/** One headline figure: what was measured, the value as printed, and the target it is read against. */
export interface Figure {
  figure: string;
  measured: string;
  target: string;
}

export interface BenchArgs<T extends Record<string, number>> {
  values: T;
  /** Where to write the headline figures as JSON, if run-all asked for them. */
  figuresFile: string | null;
}

/** Reads `--name <positive integer>` for every key of `defaults`, plus `--figures <file>`. */
export function parseBenchArgs<T extends Record<string, number>>(script: string, defaults: T): BenchArgs<T> {
  const names = Object.keys(defaults);
  const { values } = parseArgs({
    options: {
      figures: { type: 'string' },
      help: { type: 'boolean' },
      ...Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
    },
  }) as { values: Record<string, string | boolean | undefined> };
  if (values.help === true) {
    const usage = names.map((name) => `[--${name} <n, default ${defaults[name]}>]`).join(' ');
    console.log(`usage: npx tsx bench/${script} ${usage} [--figures <file.json>]`);
    process.exit(0);
  }
  const parsed: Record<string, number> = {};
  for (const name of names) {
    const text = values[name];
    if (typeof text !== 'string') {
      parsed[name] = defaults[name] as number;
      continue;
    }
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`--${name}: expected a positive whole number, got ${JSON.stringify(text)}`);
    }
    parsed[name] = value;
  }
  const figuresFile = typeof values.figures === 'string' ? values.figures : null;
  return { values: parsed as T, figuresFile };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `1234 ms`, `12.3 ms`, `1.23 ms`: about three significant digits, enough for noisy timings. */
export function formatMs(ms: number): string {
  const digits = Math.abs(ms) >= 100 ? 0 : Math.abs(ms) >= 10 ? 1 : 2;
  return `${ms.toFixed(digits)} ms`;
}

export function formatMb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** Prints rows as a plain table with aligned ` | ` columns. */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(' | ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

/** Prints the machine's load, which timings on a shared machine are read against. */
export function printLoadAverage(): void {
  const load = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
  console.log(`load average now: ${load} on ${os.availableParallelism()} cores`);
}

/** Prints the headline figures and, when asked, writes them for run-all.ts. */
export function publishFigures(figures: readonly Figure[], figuresFile: string | null): void {
  console.log('');
  printTable(
    ['figure', 'measured', 'target'],
    figures.map((f) => [f.figure, f.measured, f.target]),
  );
  if (figuresFile !== null) writeFileSync(figuresFile, JSON.stringify(figures));
}

/** Runs a script's main function; an error is printed and sets the exit code, nothing else. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}

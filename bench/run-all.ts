/**
 * Runs every bench script in sequence, each in its own Node process so one's memory does not
 * pollute another's figures, then prints their headline figures in one table. Prints only: the
 * exit code is non-zero only when a script itself failed.
 *
 *   npm run bench      (or: npx tsx bench/run-all.ts)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Figure, formatMs, printTable, REPO_ROOT, runScript, tsxScriptArgs } from './figures.js';

interface Script {
  file: string;
  /** Node flags for this script's process. */
  nodeFlags: string[];
}

const SCRIPTS: Script[] = [
  { file: 'harness-overhead.ts', nodeFlags: [] },
  { file: 'progress-overhead.ts', nodeFlags: [] },
  { file: 'engine-overhead.ts', nodeFlags: [] },
  { file: 'request-allocations.ts', nodeFlags: [] },
  { file: 'request-concurrency.ts', nodeFlags: [] },
  { file: 'python-rows.ts', nodeFlags: [] },
  { file: 'parse-many-rows.ts', nodeFlags: [] },
  { file: 'memory.ts', nodeFlags: [] },
  { file: 'memory-breakdown.ts', nodeFlags: ['--expose-gc'] },
];

function runChild(args: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code));
  });
}

async function main(): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-bench-figures-'));
  const rows: Figure[] = [];
  const elapsed: string[] = [];
  const started = performance.now();
  try {
    for (const script of SCRIPTS) {
      const figuresFile = path.join(dir, `${script.file}.json`);
      console.log(`\n=== bench/${script.file} ===`);
      const scriptStarted = performance.now();
      const code = await runChild([
        ...script.nodeFlags,
        ...tsxScriptArgs(`./${script.file}`, ['--figures', figuresFile]),
      ]);
      elapsed.push(`${script.file} ${formatMs(performance.now() - scriptStarted)}`);
      if (code !== 0) {
        rows.push({ figure: `bench/${script.file}`, measured: `failed (exit code ${code})`, target: '—' });
        process.exitCode = 1;
        continue;
      }
      rows.push(...(JSON.parse(await readFile(figuresFile, 'utf8')) as Figure[]));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  console.log(`\n=== summary (${os.availableParallelism()} CPUs, Node ${process.versions.node}) ===`);
  printTable(
    ['figure', 'measured', 'target'],
    rows.map((row) => [row.figure, row.measured, row.target]),
  );
  console.log(`\nwall time: ${elapsed.join(', ')}; total ${formatMs(performance.now() - started)}`);
}

runScript(main);

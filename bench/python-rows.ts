/**
 * What a Python-evaluated row costs on top of starting Python.
 *
 * Each round runs N rows whose answer is `print(1+1)` through the real runBenchmark
 * (execute_python_code_with_num_output, an in-memory model server, PythonCodeRunner) with
 * evaluation concurrency = os.availableParallelism(), and N bare spawns of the interpreter the runner
 * resolved (`<python> -I -c pass`, stdio ignored) at the same concurrency. Both go in blocks
 * (default 50) that alternate, in turned order from block to block, so load from anything else on
 * the machine hits both alike; each pair of blocks gives a ratio, and the median ratio is the figure.
 * When `python3` on PATH is a shim (pyenv, asdf), its cost is printed for context: it is what the
 * runner avoids by resolving the interpreter once.
 *
 *   npx tsx bench/python-rows.ts [--rows 200] [--block 50] [--rounds 3] [--shim-spawns 20]
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, open, realpath } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { PythonCodeRunner } from '../src/adapters/sandbox/python-code-runner.js';
import { parseBenchmarkFile, type BenchmarkFile } from '../src/config/benchmark-file.js';
import {
  DEFAULT_CODE_TIMEOUT_MS,
  DEFAULT_MAX_OUTPUT_BYTES,
  DEFAULT_SERVER_DEADLINES,
  DEFAULT_SERVER_WAIT_MS,
} from '../src/constants.js';
import { runBenchmark } from '../src/core/run-benchmark.js';
import { TaskPool } from '../src/core/task-pool.js';
import type { RunSettings } from '../src/core/types.js';
import { formatMs, median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { InstantModelServer, silentLogger } from './instant-ports.js';

const ANSWER = '```python\nprint(1+1)\n```';

function benchmarkYaml(rows: number): string {
  return stringify({
    benchmark_name: 'Python rows',
    purpose:
      'Rows whose code is print(1+1), to time a Python-evaluated row against a bare interpreter start.',
    base_prompt: 'Row {{n}}: write a Python program that prints 1 + 1.',
    evaluator: 'execute_python_code_with_num_output',
    models: ['exbench/python'],
    prompts: Array.from({ length: rows }, (_, i) => ({ dynamic_variables: { n: i + 1 }, expectation: '2' })),
  });
}

function runSettings(concurrency: number): RunSettings {
  return {
    models: [],
    options: {},
    pull: true,
    warmup: true,
    overlap: false,
    evaluationConcurrency: concurrency,
    codeTimeoutMs: DEFAULT_CODE_TIMEOUT_MS,
    maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
    retry: { attempts: 1, initialDelayMs: 0 },
    serverWaitMs: DEFAULT_SERVER_WAIT_MS,
    serverDeadlines: DEFAULT_SERVER_DEADLINES,
  };
}

interface Timing {
  ms: number;
  /** Rows that passed, or spawns that exited 0. */
  ok: number;
}

async function timeRows(
  benchmark: BenchmarkFile,
  runner: PythonCodeRunner,
  concurrency: number,
): Promise<Timing> {
  const server = new InstantModelServer(() => ANSWER);
  const ports = { server, runner, clock: systemClock, logger: silentLogger };
  const started = performance.now();
  const run = await runBenchmark(benchmark, runSettings(concurrency), ports);
  const ms = performance.now() - started;
  return { ms, ok: run.models.flatMap((model) => model.rows).filter((row) => row.correct).length };
}

function spawnOnce(file: string, args: readonly string[]): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => resolve(code === 0));
  });
}

async function timeSpawns(
  file: string,
  args: readonly string[],
  count: number,
  concurrency: number,
): Promise<Timing> {
  const pool = new TaskPool(concurrency);
  const started = performance.now();
  const exits = await Promise.all(Array.from({ length: count }, () => pool.run(() => spawnOnce(file, args))));
  const ms = performance.now() - started;
  return { ms, ok: exits.filter(Boolean).length };
}

/** The first `name` on PATH, and whether it is a script (`#!`) rather than a binary. */
async function findOnPath(name: string): Promise<{ file: string; isScript: boolean } | null> {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue;
    const file = path.join(dir, name);
    try {
      await access(file, constants.X_OK);
    } catch {
      continue;
    }
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
      return { file, isScript: bytesRead === 2 && buffer.toString('latin1') === '#!' };
    } finally {
      await handle.close();
    }
  }
  return null;
}

type Kind = 'rows' | 'bare';

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('python-rows.ts', {
    rows: 200,
    block: 50,
    rounds: 3,
    'shim-spawns': 20,
  });
  const { rows, block, rounds, 'shim-spawns': shimSpawns } = values;
  const concurrency = os.availableParallelism();
  const runner = await PythonCodeRunner.create();
  const python = runner.python.executable;
  const onPath = await findOnPath('python3');
  const shim =
    onPath !== null && (onPath.isScript || (await realpath(onPath.file)) !== (await realpath(python)))
      ? onPath.file
      : null;
  const benchmarks = new Map<number, BenchmarkFile>();
  const benchmarkOf = (count: number): BenchmarkFile => {
    let benchmark = benchmarks.get(count);
    if (benchmark === undefined) {
      benchmark = parseBenchmarkFile(benchmarkYaml(count), 'python-rows.yaml');
      benchmarks.set(count, benchmark);
    }
    return benchmark;
  };
  const measure = (kind: Kind, count: number): Promise<Timing> =>
    kind === 'rows'
      ? timeRows(benchmarkOf(count), runner, concurrency)
      : timeSpawns(python, ['-I', '-c', 'pass'], count, concurrency);

  console.log(`interpreter: ${python} (Python ${runner.python.version}); concurrency ${concurrency}`);
  console.log(
    onPath === null
      ? 'python3 is not on PATH'
      : `python3 on PATH: ${onPath.file}${shim === null ? ' (the same interpreter)' : ` (a ${onPath.isScript ? 'script' : 'different binary'}, timed for context)`}`,
  );
  console.log(`${rounds} rounds of ${rows} rows and ${rows} bare spawns, alternating in blocks of ${block}`);

  // Uncounted: fills the page cache and warms the JIT.
  await measure('rows', Math.min(block, 20));
  await measure('bare', Math.min(block, 20));

  const perRow: Record<Kind, number[]> = { rows: [], bare: [] };
  const ratios: number[] = [];
  const shimMs: number[] = [];
  let pairIndex = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const total: Record<Kind, Timing> = { rows: { ms: 0, ok: 0 }, bare: { ms: 0, ok: 0 } };
    const roundRatios: number[] = [];
    for (let done = 0; done < rows; done += block) {
      const count = Math.min(block, rows - done);
      const order: Kind[] = pairIndex % 2 === 0 ? ['rows', 'bare'] : ['bare', 'rows'];
      pairIndex += 1;
      const pair: Partial<Record<Kind, number>> = {};
      for (const kind of order) {
        const timing = await measure(kind, count);
        total[kind].ms += timing.ms;
        total[kind].ok += timing.ok;
        pair[kind] = timing.ms / count;
        perRow[kind].push(timing.ms / count);
      }
      roundRatios.push((pair.rows ?? Number.NaN) / (pair.bare ?? Number.NaN));
    }
    ratios.push(...roundRatios);
    const shimTiming =
      shim === null ? null : await timeSpawns(shim, ['-I', '-c', 'pass'], shimSpawns, concurrency);
    if (shimTiming !== null) shimMs.push(shimTiming.ms / shimSpawns);
    console.log(
      `round ${round}: rows ${formatMs(total.rows.ms / rows)}/row (${total.rows.ok}/${rows} passed), ` +
        `bare ${formatMs(total.bare.ms / rows)}/spawn (${total.bare.ok}/${rows} exit 0), ` +
        `block ratios ${roundRatios.map((r) => r.toFixed(2)).join(' ')}` +
        (shimTiming === null ? '' : `; shim ${formatMs(shimTiming.ms / shimSpawns)}/spawn`),
    );
  }

  const ratio = median(ratios);
  const rowsMs = median(perRow.rows);
  const bareMs = median(perRow.bare);
  console.log('');
  console.log(`medians over ${ratios.length} blocks, amortized at concurrency ${concurrency}:`);
  printTable(
    ['measurement', 'per row'],
    [
      [`runBenchmark row, print(1+1) via PythonCodeRunner`, formatMs(rowsMs)],
      [`bare spawn ${path.basename(python)} -I -c pass`, formatMs(bareMs)],
      ...(shim === null
        ? []
        : [[`shim ${shim} -I -c pass (${shimSpawns} spawns a round)`, formatMs(median(shimMs))]]),
    ],
  );
  console.log(
    `row / bare: median of per-block ratios ${ratio.toFixed(2)}× (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), ratio of medians ${(rowsMs / bareMs).toFixed(2)}×`,
  );

  publishFigures(
    [
      {
        figure: `Python row, amortized (${rounds}×${rows} rows, concurrency ${concurrency})`,
        measured: `${formatMs(rowsMs)}/row`,
        target: '—',
      },
      {
        figure: `bare ${path.basename(python)} -I -c pass, same concurrency`,
        measured: `${formatMs(bareMs)}/spawn`,
        target: '—',
      },
      {
        figure: 'Python row / bare spawn (median of blocks)',
        measured: `${ratio.toFixed(2)}×`,
        target: '≤ 1.2×',
      },
      ...(shim === null
        ? []
        : [
            {
              figure: 'shim python3 -I -c pass (context)',
              measured: `${formatMs(median(shimMs))}/spawn`,
              target: '—',
            },
          ]),
    ],
    figuresFile,
  );
}

runScript(main);

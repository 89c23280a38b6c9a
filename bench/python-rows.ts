import { defaultRunSettings } from '../src/config/run-settings.js';
/**
 * What a Python-evaluated row costs on top of starting Python, in each sandbox tier.
 *
 * Each round runs N rows whose answer is `print(1+1)` through the real runBenchmark
 * (execute_python_code_with_num_output, an in-memory model server, PythonCodeRunner) in the
 * namespace tier (when bubblewrap works here) and in the process tier, with
 * evaluation concurrency = os.availableParallelism(), and N bare spawns of the interpreter the runner
 * resolved (`<python> -I -c pass`, stdio ignored) at the same concurrency. All go in blocks
 * (default 50) that alternate, in turned order from block to block, so load from anything else on
 * the machine hits all alike; each set of blocks gives a ratio per tier, and the median ratio is the
 * figure.
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
  return { ...defaultRunSettings({ cpuCount: concurrency }), retry: { attempts: 1, initialDelayMs: 0 } };
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

type Tier = 'namespace' | 'process';
type Kind = Tier | 'bare';

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('python-rows.ts', {
    rows: 200,
    block: 50,
    rounds: 3,
    'shim-spawns': 20,
  });
  const { rows, block, rounds, 'shim-spawns': shimSpawns } = values;
  const concurrency = os.availableParallelism();
  const runners: Partial<Record<Tier, PythonCodeRunner>> = {
    process: await PythonCodeRunner.create({ sandbox: 'process' }),
  };
  try {
    runners.namespace = await PythonCodeRunner.create({ sandbox: 'namespace' });
  } catch (error: unknown) {
    console.log(`namespace tier not measured: ${error instanceof Error ? error.message : String(error)}`);
  }
  const tiers = (['namespace', 'process'] as const).filter((tier) => runners[tier] !== undefined);
  const kinds: Kind[] = [...tiers, 'bare'];
  const runner = runners.process as PythonCodeRunner;
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
    kind === 'bare'
      ? timeSpawns(python, ['-I', '-c', 'pass'], count, concurrency)
      : timeRows(benchmarkOf(count), runners[kind] as PythonCodeRunner, concurrency);

  console.log(`interpreter: ${python} (Python ${runner.python.version}); concurrency ${concurrency}`);
  console.log(
    onPath === null
      ? 'python3 is not on PATH'
      : `python3 on PATH: ${onPath.file}${shim === null ? ' (the same interpreter)' : ` (a ${onPath.isScript ? 'script' : 'different binary'}, timed for context)`}`,
  );
  console.log(`${rounds} rounds of ${rows} rows and ${rows} bare spawns, alternating in blocks of ${block}`);

  // Uncounted: fills the page cache and warms the JIT.
  for (const kind of kinds) await measure(kind, Math.min(block, 20));

  const perRow: Record<Kind, number[]> = { namespace: [], process: [], bare: [] };
  const ratios: Record<Tier, number[]> = { namespace: [], process: [] };
  const shimMs: number[] = [];
  let pairIndex = 0;
  for (let round = 1; round <= rounds; round += 1) {
    const total: Record<Kind, Timing> = {
      namespace: { ms: 0, ok: 0 },
      process: { ms: 0, ok: 0 },
      bare: { ms: 0, ok: 0 },
    };
    const roundRatios: string[] = [];
    for (let done = 0; done < rows; done += block) {
      const count = Math.min(block, rows - done);
      const order = kinds.map((_, i) => kinds[(i + pairIndex) % kinds.length] as Kind);
      pairIndex += 1;
      const pair: Partial<Record<Kind, number>> = {};
      for (const kind of order) {
        const timing = await measure(kind, count);
        total[kind].ms += timing.ms;
        total[kind].ok += timing.ok;
        pair[kind] = timing.ms / count;
        perRow[kind].push(timing.ms / count);
      }
      for (const tier of tiers) {
        const ratio = (pair[tier] ?? Number.NaN) / (pair.bare ?? Number.NaN);
        ratios[tier].push(ratio);
        roundRatios.push(`${tier} ${ratio.toFixed(2)}`);
      }
    }
    const shimTiming =
      shim === null ? null : await timeSpawns(shim, ['-I', '-c', 'pass'], shimSpawns, concurrency);
    if (shimTiming !== null) shimMs.push(shimTiming.ms / shimSpawns);
    console.log(
      `round ${round}: ` +
        tiers
          .map(
            (tier) => `${tier} ${formatMs(total[tier].ms / rows)}/row (${total[tier].ok}/${rows} passed), `,
          )
          .join('') +
        `bare ${formatMs(total.bare.ms / rows)}/spawn (${total.bare.ok}/${rows} exit 0), ` +
        `block ratios ${roundRatios.join(', ')}` +
        (shimTiming === null ? '' : `; shim ${formatMs(shimTiming.ms / shimSpawns)}/spawn`),
    );
  }

  const bareMs = median(perRow.bare);
  console.log('');
  console.log(`medians over ${pairIndex} blocks, amortized at concurrency ${concurrency}:`);
  printTable(
    ['measurement', 'per row'],
    [
      ...tiers.map((tier) => [`runBenchmark row, print(1+1), ${tier} tier`, formatMs(median(perRow[tier]))]),
      [`bare spawn ${path.basename(python)} -I -c pass`, formatMs(bareMs)],
      ...(shim === null
        ? []
        : [[`shim ${shim} -I -c pass (${shimSpawns} spawns a round)`, formatMs(median(shimMs))]]),
    ],
  );
  for (const tier of tiers) {
    const r = ratios[tier];
    console.log(
      `${tier} row / bare: median of per-block ratios ${median(r).toFixed(2)}× (range ${Math.min(...r).toFixed(2)}–${Math.max(...r).toFixed(2)})`,
    );
  }

  publishFigures(
    [
      ...tiers.map((tier) => ({
        figure: `Python row, ${tier} tier, amortized (${rounds}×${rows} rows, concurrency ${concurrency})`,
        measured: `${formatMs(median(perRow[tier]))}/row`,
        target: '—',
      })),
      {
        figure: `bare ${path.basename(python)} -I -c pass, same concurrency`,
        measured: `${formatMs(bareMs)}/spawn`,
        target: '—',
      },
      ...tiers.map((tier) => ({
        figure: `Python row / bare spawn, ${tier} tier (median of blocks)`,
        measured: `${median(ratios[tier]).toFixed(2)}×`,
        // The process tier starts a supervising Python before the snippet's: about twice the bare start.
        target: tier === 'namespace' ? '≤ 1.5×' : '—',
      })),
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

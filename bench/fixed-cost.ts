/**
 * The fixed cost of a run: wall time of the built CLI (`node dist/cli/index.js ollama-bench`) for a
 * 1-row raw_string_evaluator benchmark against the fake Ollama server answering at once, in a child
 * process as Ollama would be. "before" is the CLI as committed (dist/ at HEAD, which the branches
 * leave as the lead last built it), "after" the one in the working tree: run `npm run build` first.
 * Runs alternate; medians are printed. Target: at most 0.35 s. The CLI runs on the Node that runs
 * this script; for Node 24 (the action's runtime, and the one with a compile cache):
 *
 *   npm run build && npx tsx bench/fixed-cost.ts [--runs 15]
 *   npm run build && npx -y node@24 --import tsx bench/fixed-cost.ts
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BUILT_CLI, committedCli, oneRowRun } from './built-clis.js';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import {
  median,
  parseBenchArgs,
  printLoadAverage,
  printTable,
  publishFigures,
  runScript,
} from './figures.js';

const MODEL = 'exbench/echo';

/** GNU time, when installed, also gives the CPU time, which a loaded machine disturbs less than wall time. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

interface Timing {
  wallMs: number;
  /** User + system CPU of the CLI process; null without GNU time. */
  cpuMs: number | null;
}

function timeCli(cli: string, args: readonly string[], cwd: string): Promise<Timing> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const command =
      GNU_TIME === null
        ? [process.execPath, cli, ...args]
        : [GNU_TIME, '-f', 'cpu %U %S', process.execPath, cli, ...args];
    // The compile cache (Node 22.1+, which the CLI turns on) in the run's own directory: the warm-up
    // run fills it, as a user's first run does.
    const env = { ...process.env, NODE_COMPILE_CACHE: path.join(cwd, 'compile-cache') };
    const child = spawn(command[0] ?? '', command.slice(1), {
      cwd,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => {
      const wallMs = performance.now() - started;
      const cpu = /^cpu ([\d.]+) ([\d.]+)$/m.exec(stderr);
      if (code !== 0) reject(new Error(`${cli} exited with ${code}: ${stderr}`));
      else resolve({ wallMs, cpuMs: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : null });
    });
  });
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('fixed-cost.ts', { runs: 15 });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-fixed-cost-'));
  const server = await startFakeOllamaProcess(['--model', MODEL, '--reply', 'ready']);
  try {
    const clis = { before: await committedCli(path.join(dir, 'before')), after: BUILT_CLI };
    const args = await oneRowRun(dir, server.url, MODEL);
    const times: Record<'before' | 'after', Timing[]> = { before: [], after: [] };
    for (const which of ['before', 'after'] as const) await timeCli(clis[which], args, dir); // warm the disk cache
    for (let run = 0; run < values.runs; run += 1) {
      for (const which of run % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const)) {
        times[which].push(await timeCli(clis[which], args, dir));
      }
    }
    const seconds = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
    console.log(
      `1-row raw_string_evaluator run, fake Ollama answering at once, ${values.runs} runs each (medians), node ${process.version}`,
    );
    const cpu = (which: 'before' | 'after'): string => {
      const values = times[which].map((t) => t.cpuMs).filter((v): v is number => v !== null);
      return values.length === 0 ? '–' : seconds(median(values));
    };
    printTable(
      ['CLI', 'median wall', 'fastest wall', 'median CPU (user+sys)'],
      (['before', 'after'] as const).map((which) => [
        which === 'before' ? 'before (dist/ at HEAD)' : 'after (dist/ built here)',
        seconds(median(times[which].map((t) => t.wallMs))),
        seconds(Math.min(...times[which].map((t) => t.wallMs))),
        cpu(which),
      ]),
    );
    printLoadAverage();
    publishFigures(
      [
        {
          figure: 'fixed cost of a 1-row run (built CLI, median wall)',
          measured: seconds(median(times.after.map((t) => t.wallMs))),
          target: '≤ 0.35 s',
        },
      ],
      figuresFile,
    );
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

runScript(main);

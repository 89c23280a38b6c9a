/**
 * What the progress display costs on the 1,000-row instant-server run: the same benchmark
 * (raw_string_evaluator, one model) through runBenchmark with no display (--quiet), with plain
 * lines (no terminal) and with cli-progress bars drawn on a stand-in terminal. Two measures per
 * display, medians over rounds (the order alternates): the time spent inside the display's own
 * calls (observer callbacks, line writes; exact, but blind to the bars' timer redraws), and the
 * wall-time difference against the quiet run (catches everything, but noisy). Target: < 2 %.
 *
 * Two servers: the fake Ollama in a child process answering at once, through the real client (what
 * a user's run against an instant server is, and the figure held to the target), and an in-process
 * server (no HTTP: the display's cost against exbench's loop alone, a far harsher ratio).
 *
 *   npx tsx bench/progress-overhead.ts [--rows 1000] [--rounds 7]
 */
import os from 'node:os';
import { PassThrough } from 'node:stream';
import { stringify } from 'yaml';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../src/adapters/ollama/client.js';
import type { ModelServer } from '../src/ports.js';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import { createProgressDisplay } from '../src/adapters/progress/progress-display.js';
import { parseBenchmarkFile, type BenchmarkFile } from '../src/config/benchmark-file.js';
import { defaultRunSettings } from '../src/config/run-settings.js';
import { runBenchmark } from '../src/core/run-benchmark.js';
import type { RunObserver } from '../src/core/types.js';
import { median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { InstantModelServer, noCodeRunner, silentLogger } from './instant-ports.js';

type Variant = 'quiet' | 'lines' | 'bars';
const VARIANTS: Variant[] = ['quiet', 'lines', 'bars'];

function benchmark(rows: number): BenchmarkFile {
  return parseBenchmarkFile(
    stringify({
      benchmark_name: 'Progress overhead',
      purpose: 'Rows the model answers at once, to time the progress display.',
      base_prompt: 'Row {{n}}: reply with the single word ready.',
      evaluator: 'raw_string_evaluator',
      models: ['bench/echo'],
      prompts: Array.from({ length: rows }, (_, i) => ({
        dynamic_variables: { n: i + 1 },
        expectation: 'ready',
      })),
    }),
    'bench/progress-overhead.yaml',
  );
}

/** A terminal that draws nowhere: cli-progress formats and writes its escape codes, which are dropped. */
function nullTerminal(): PassThrough & { isTTY: boolean; columns: number } {
  const stream = Object.assign(new PassThrough(), { isTTY: true, columns: 120 });
  stream.resume();
  return stream;
}

/** The observer with the time spent in each of its calls added to `spent.ms`. */
function timed(observer: RunObserver | undefined, spent: { ms: number }): RunObserver | undefined {
  if (observer === undefined) return undefined;
  const around =
    <A extends unknown[]>(call: ((...args: A) => void) | undefined) =>
    (...args: A): void => {
      const started = performance.now();
      call?.(...args);
      spent.ms += performance.now() - started;
    };
  return {
    modelStarted: around(observer.modelStarted?.bind(observer)),
    rowFinished: around(observer.rowFinished?.bind(observer)),
    modelFinished: around(observer.modelFinished?.bind(observer)),
  };
}

async function once(
  file: BenchmarkFile,
  variant: Variant,
  server: ModelServer,
): Promise<{ wallMs: number; displayMs: number }> {
  const spent = { ms: 0 };
  let written = 0;
  const display = await createProgressDisplay({
    quiet: variant === 'quiet',
    terminal: variant === 'bars' ? nullTerminal() : undefined,
    clock: systemClock,
    safe: (text) => text,
    writeLine: (line) => (written += line.length),
    showFailures: 5,
    seeAllHint: '--show-failures all',
  });
  const settings = { ...defaultRunSettings({ cpuCount: os.availableParallelism() }), models: ['bench/echo'] };
  const started = performance.now();
  await runBenchmark(file, settings, {
    server,
    runner: noCodeRunner,
    clock: systemClock,
    logger: silentLogger,
    observer: timed(display.observer, spent),
  });
  const stopStarted = performance.now();
  display.stop();
  spent.ms += performance.now() - stopStarted;
  return { wallMs: performance.now() - started, displayMs: spent.ms };
}

type Measured = { variant: Variant; wall: number; inside: number; extra: number };

async function measure(file: BenchmarkFile, rounds: number, server: ModelServer): Promise<Measured[]> {
  for (const variant of VARIANTS) await once(file, variant, server); // warm the JIT
  const results = new Map<Variant, { wallMs: number; displayMs: number }[]>(VARIANTS.map((v) => [v, []]));
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const variant of order) results.get(variant)?.push(await once(file, variant, server));
  }
  const quietWall = median((results.get('quiet') ?? []).map((r) => r.wallMs));
  return VARIANTS.map((variant) => {
    const runs = results.get(variant) ?? [];
    const wall = median(runs.map((r) => r.wallMs));
    const inside = median(runs.map((r) => r.displayMs / r.wallMs));
    return { variant, wall, inside, extra: (wall - quietWall) / quietWall };
  });
}

const percent = (x: number): string => `${(100 * x).toFixed(2)} %`;

function show(title: string, rows: Measured[]): number {
  console.log(title);
  printTable(
    ['display', 'wall', 'time in display calls', 'wall over quiet'],
    rows.map((r) => [
      r.variant,
      `${r.wall.toFixed(1)} ms`,
      percent(r.inside),
      r.variant === 'quiet' ? '–' : percent(r.extra),
    ]),
  );
  console.log('');
  return Math.max(...rows.filter((r) => r.variant !== 'quiet').map((r) => r.inside));
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('progress-overhead.ts', { rows: 1000, rounds: 7 });
  const file = benchmark(values.rows);
  const fake = await startFakeOllamaProcess(['--model', 'bench/echo:latest', '--reply', 'ready']);
  let http: Measured[];
  try {
    http = await measure(file, values.rounds, new OllamaModelServer({ url: fake.url, clock: systemClock }));
  } finally {
    await fake.stop();
  }
  const inProcess = await measure(file, values.rounds, new InstantModelServer(() => 'ready'));
  const worst = show(
    `${values.rows} rows against the fake Ollama (another process, answering at once), ${values.rounds} rounds (medians)`,
    http,
  );
  const worstInProcess = show(
    `${values.rows} rows against an instant in-process server (no HTTP), ${values.rounds} rounds (medians)`,
    inProcess,
  );
  publishFigures(
    [
      {
        figure: 'progress display, share of wall time (1,000 instant rows)',
        measured: percent(worst),
        target: '< 2 %',
      },
      {
        figure: '  the same against an in-process server (no HTTP)',
        measured: percent(worstInProcess),
        target: '—',
      },
    ],
    figuresFile,
  );
}

runScript(main);

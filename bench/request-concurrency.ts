/**
 * What --concurrency buys: rows per second of the same benchmark (raw_string_evaluator, one model,
 * warm-up on) through runBenchmark and the real Ollama client, at concurrency 1 and 4, against the
 * fake Ollama server in a child process. Two servers: one that answers at once (what is left is
 * exbench's own per-request cost, HTTP included) and one that waits a fixed latency per answer with
 * unlimited parallel slots (the best case of a server answering requests side by side; a real
 * Ollama slows each request it serves together, which is why the default stays 1). Rounds
 * alternate the order; medians are printed.
 *
 *   npx tsx bench/request-concurrency.ts [--rows 400] [--rounds 3] [--latency 20]
 */
import { stringify } from 'yaml';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { OllamaModelServer } from '../src/adapters/ollama/client.js';
import { parseBenchmarkFile, type BenchmarkFile } from '../src/config/benchmark-file.js';
import { defaultRunSettings } from '../src/config/run-settings.js';
import { runBenchmark } from '../src/core/run-benchmark.js';
import { startFakeOllamaProcess, type FakeOllamaProcess } from './fake-ollama-child.js';
import { median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { noCodeRunner, silentLogger } from './instant-ports.js';

const MODEL = 'exbench/echo';
const REPLY = 'ready';
const CONCURRENCIES = [1, 4];

function benchmark(rows: number): BenchmarkFile {
  return parseBenchmarkFile(
    stringify({
      benchmark_name: 'Request concurrency',
      purpose: 'Rows the model answers alike, to time requests sent one at a time and side by side.',
      base_prompt: 'Row {{n}}: reply with the single word ready.',
      evaluator: 'raw_string_evaluator',
      models: [MODEL],
      prompts: Array.from({ length: rows }, (_, i) => ({
        dynamic_variables: { n: i + 1 },
        expectation: REPLY,
      })),
    }),
    'bench/request-concurrency.yaml',
  );
}

/** Rows per second of one run at this concurrency. */
async function rowsPerSecond(
  fake: FakeOllamaProcess,
  file: BenchmarkFile,
  concurrency: number,
): Promise<number> {
  const settings = { ...defaultRunSettings({ cpuCount: 1 }), requestConcurrency: concurrency, quiet: true };
  const started = performance.now();
  const run = await runBenchmark(file, settings, {
    server: new OllamaModelServer({ url: fake.url, clock: systemClock }),
    runner: noCodeRunner,
    clock: systemClock,
    logger: silentLogger,
  });
  const seconds = (performance.now() - started) / 1000;
  const passed = run.models[0]?.rows.filter((row) => row.correct).length ?? 0;
  if (passed !== file.rows.length) throw new Error(`only ${passed} of ${file.rows.length} rows passed`);
  return file.rows.length / seconds;
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('request-concurrency.ts', {
    rows: 400,
    rounds: 3,
    latency: 20,
  });
  const file = benchmark(values.rows);
  const servers = [
    { label: 'instant', latencyMs: 0 },
    { label: `${values.latency} ms per answer`, latencyMs: values.latency },
  ];
  const table: string[][] = [];
  const figures = [];
  for (const { label, latencyMs } of servers) {
    const fake = await startFakeOllamaProcess([
      '--model',
      `${MODEL}:latest`,
      '--reply',
      REPLY,
      '--latency-ms',
      String(latencyMs),
    ]);
    try {
      const samples = new Map<number, number[]>(CONCURRENCIES.map((c) => [c, []]));
      for (let round = 0; round < values.rounds; round += 1) {
        const order = round % 2 === 0 ? CONCURRENCIES : [...CONCURRENCIES].reverse();
        for (const concurrency of order)
          samples.get(concurrency)?.push(await rowsPerSecond(fake, file, concurrency));
      }
      const serial = median(samples.get(1) ?? []);
      for (const concurrency of CONCURRENCIES) {
        const rate = median(samples.get(concurrency) ?? []);
        table.push([label, String(concurrency), rate.toFixed(0), `${(rate / serial).toFixed(2)}×`]);
      }
      const four = median(samples.get(4) ?? []);
      figures.push({
        figure: `rows/s at --concurrency 4 vs 1, ${label}`,
        measured: `${four.toFixed(0)} vs ${serial.toFixed(0)} (${(four / serial).toFixed(2)}×)`,
        target: 'none (shown)',
      });
    } finally {
      await fake.stop();
    }
  }
  console.log(`${values.rows} rows, median of ${values.rounds} rounds, fake Ollama in a child process`);
  printTable(['server', 'concurrency', 'rows/s', 'vs 1'], table);
  publishFigures(figures, figuresFile);
}

runScript(main);

import { defaultRunSettings } from '../src/config/run-settings.js';
/**
 * What exbench itself costs per row when the model answers at once.
 *
 * The same generated benchmark (raw_string_evaluator, one model, warm-up on) runs through
 * runBenchmarkJob twice per round: against the fake Ollama server over HTTP with the real
 * OllamaModelServer adapter, and against an in-memory server. The in-memory run is the harness
 * (run loop, report building, report writing through streamJson into a temporary directory); the
 * difference is HTTP and the client. The fake server runs in a child process, as Ollama would, so
 * its own request handling is not counted. Rounds alternate the order; medians are printed.
 *
 *   npx tsx bench/harness-overhead.ts [--rows 1000] [--rounds 5]
 */
import { createRedactor } from '../src/core/redact.js';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { DirectoryReportStore } from '../src/adapters/fs/report-store.js';
import { OllamaModelServer } from '../src/adapters/ollama/client.js';
import { parseBenchmarkFile, type BenchmarkFile } from '../src/config/benchmark-file.js';
import { runBenchmarkJob } from '../src/app/benchmark-job.js';
import type { RunSettings } from '../src/core/types.js';
import type { ModelServer, ReportChunks, ReportStore } from '../src/ports.js';
import { buildJsonReport, type ReportMeta } from '../src/report/json-report.js';
import { EXBENCH_VERSION } from '../src/version.js';
import { formatMs, median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import { InstantModelServer, noCodeRunner, silentLogger } from './instant-ports.js';

const MODEL = 'exbench/echo';
const REPLY = 'ready';
const META: ReportMeta = { exbenchVersion: EXBENCH_VERSION, benchmarkPath: 'bench/harness-overhead.yaml' };

type Variant = 'http' | 'in-memory';

interface JobTiming {
  totalMs: number;
  /** ReportStore.write, which pulls the streamJson chunks and writes them. */
  writeMs: number;
  /** buildJsonReport alone, timed again on the finished run. */
  buildMs: number;
  passed: number;
  reportBytes: number;
}

function benchmarkYaml(rows: number): string {
  return stringify({
    benchmark_name: 'Harness overhead',
    purpose: 'Rows the model answers at once, to time what exbench itself costs per row.',
    base_prompt: 'Row {{n}}: reply with the single word ready.',
    evaluator: 'raw_string_evaluator',
    models: [MODEL],
    prompts: Array.from({ length: rows }, (_, i) => ({
      dynamic_variables: { n: i + 1 },
      expectation: REPLY,
    })),
  });
}

function runSettings(): RunSettings {
  return defaultRunSettings({ cpuCount: os.availableParallelism() });
}

/** Times the one write runBenchmarkJob makes; the streamJson chunks are pulled inside it. */
class TimedReportStore implements ReportStore {
  writeMs = 0;
  constructor(private readonly inner: ReportStore) {}
  get location(): string {
    return this.inner.location;
  }
  prepare(): Promise<void> {
    return this.inner.prepare();
  }
  async write(fileStem: string, chunks: Iterable<string>): Promise<string> {
    const started = performance.now();
    try {
      return await this.inner.write(fileStem, chunks);
    } finally {
      this.writeMs = performance.now() - started;
    }
  }
  writeFolder(
    folderStem: string,
    files: Iterable<{ name: string; chunks: ReportChunks }>,
  ): Promise<string[]> {
    return this.inner.writeFolder(folderStem, files);
  }
}

async function timeJob(benchmark: BenchmarkFile, server: ModelServer, reportDir: string): Promise<JobTiming> {
  const reports = new TimedReportStore(new DirectoryReportStore(reportDir));
  const ports = {
    server,
    runner: noCodeRunner,
    clock: systemClock,
    logger: silentLogger,
    reports,
    redact: createRedactor([]),
  };
  const started = performance.now();
  const result = await runBenchmarkJob(benchmark, runSettings(), ports, META);
  const totalMs = performance.now() - started;
  const buildStarted = performance.now();
  buildJsonReport(result.run, META);
  const buildMs = performance.now() - buildStarted;
  const passed = result.run.models.flatMap((model) => model.rows).filter((row) => row.correct).length;
  const reportBytes = (await stat(result.reportPath)).size;
  await rm(result.reportPath);
  return { totalMs, writeMs: reports.writeMs, buildMs, passed, reportBytes };
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('harness-overhead.ts', { rows: 1000, rounds: 5 });
  const { rows, rounds } = values;

  const yamlText = benchmarkYaml(rows);
  const parseStarted = performance.now();
  const benchmark = parseBenchmarkFile(yamlText, 'harness-overhead.yaml');
  const parseMs = performance.now() - parseStarted;

  const fake = await startFakeOllamaProcess(['--model', `${MODEL}:latest`, '--reply', REPLY]);
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'exbench-bench-'));
  const servers: Record<Variant, ModelServer> = {
    http: new OllamaModelServer({ url: fake.url, clock: systemClock }),
    'in-memory': new InstantModelServer(() => REPLY),
  };
  const timings: Record<Variant, JobTiming[]> = { http: [], 'in-memory': [] };
  const cold: Partial<Record<Variant, JobTiming>> = {};
  try {
    console.log(
      `${rows} rows × 1 model, raw_string_evaluator, warm-up on; fake Ollama in a child process at ${fake.url}`,
    );
    console.log(
      `parse the generated ${(yamlText.length / 1e3).toFixed(0)} kB YAML: ${formatMs(parseMs)} (not in the per-row figures)`,
    );
    // Round 0 warms the JIT and the connection pool; it is printed but not counted.
    for (let round = 0; round <= rounds; round += 1) {
      const order: Variant[] = round % 2 === 0 ? ['http', 'in-memory'] : ['in-memory', 'http'];
      const line: string[] = [];
      for (const variant of order) {
        const timing = await timeJob(benchmark, servers[variant], reportDir);
        if (round === 0) cold[variant] = timing;
        else timings[variant].push(timing);
        line.push(`${variant} ${formatMs(timing.totalMs)} (${timing.passed}/${rows} passed)`);
      }
      console.log(`${round === 0 ? 'warm-up round' : `round ${round}`}: ${line.join(', ')}`);
    }
  } finally {
    await fake.stop();
    await rm(reportDir, { recursive: true, force: true });
  }

  const perRow = (variant: Variant, pick: (t: JobTiming) => number): number =>
    median(timings[variant].map(pick)) / rows;
  const httpPerRow = perRow('http', (t) => t.totalMs);
  const memoryPerRow = perRow('in-memory', (t) => t.totalMs);
  const memoryWrite = perRow('in-memory', (t) => t.writeMs);
  const memoryBuild = perRow('in-memory', (t) => t.buildMs);
  const memoryLoop = perRow('in-memory', (t) => t.totalMs - t.writeMs - t.buildMs);
  const httpLoop = perRow('http', (t) => t.totalMs - t.writeMs - t.buildMs);
  const perRowText = (ms: number): string => `${(ms * 1000).toFixed(1)} µs/row`;

  console.log('');
  console.log(
    `medians of ${rounds} rounds, per row (report ${((timings.http[0]?.reportBytes ?? 0) / 1e6).toFixed(2)} MB):`,
  );
  printTable(
    ['part', 'HTTP + real client', 'in-memory server'],
    [
      ['run loop (generate, evaluate)', perRowText(httpLoop), perRowText(memoryLoop)],
      ['buildJsonReport', perRowText(perRow('http', (t) => t.buildMs)), perRowText(memoryBuild)],
      [
        'write report (streamJson + file)',
        perRowText(perRow('http', (t) => t.writeMs)),
        perRowText(memoryWrite),
      ],
      ['total runBenchmarkJob', perRowText(httpPerRow), perRowText(memoryPerRow)],
    ],
  );
  console.log(
    `first round (cold JIT): HTTP ${perRowText((cold.http?.totalMs ?? Number.NaN) / rows)}, in-memory ${perRowText(
      (cold['in-memory']?.totalMs ?? Number.NaN) / rows,
    )}`,
  );
  console.log(
    `HTTP + client share of the HTTP total: ${((100 * (httpPerRow - memoryPerRow)) / httpPerRow).toFixed(0)} %`,
  );

  publishFigures(
    [
      {
        figure: `harness overhead per row, HTTP (${rows} rows)`,
        measured: `${httpPerRow.toFixed(3)} ms/row`,
        target: '< 1 ms/row',
      },
      {
        figure: '  of which harness (in-memory server)',
        measured: `${memoryPerRow.toFixed(3)} ms/row`,
        target: '—',
      },
      {
        figure: '  of which HTTP + client',
        measured: `${(httpPerRow - memoryPerRow).toFixed(3)} ms/row`,
        target: '—',
      },
      {
        figure: 'parsing the benchmark YAML, per row (context)',
        measured: `${(parseMs / rows).toFixed(3)} ms/row`,
        target: '—',
      },
    ],
    figuresFile,
  );
}

runScript(main);

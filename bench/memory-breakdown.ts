/**
 * Where the memory of a large run goes, step by step, inside this (tsx) process — a breakdown, not
 * what a user's process costs (bench/memory.ts measures the CLI itself). N rows (default 10,000)
 * × 3 models run through runBenchmarkJob with an in-memory model server that answers at once and a
 * CodeRunner that "runs" the answer without a process, writing the report into a temporary
 * directory. Rows are shaped like data/simple_math.yaml (its base prompt, one `a + b` statement
 * each), evaluated with execute_python_code_with_num_output so every result carries extraction and
 * execution fields.
 *
 * RSS is sampled every 20 ms from a worker thread (the run loop itself never yields to timers when
 * every answer is instant) and checked against the kernel's high-water mark
 * (process.resourceUsage().maxRSS). Baseline RSS is taken after a GC before anything is built.
 *
 *   npx tsx bench/memory-breakdown.ts [--rows 10000] [--models 3]
 */
import { createRedactor } from '../src/core/redact.js';
import { spawnSync } from 'node:child_process';
import { readFile, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import {
  formatMb,
  formatMs,
  parseBenchArgs,
  printTable,
  publishFigures,
  REPO_ROOT,
  runScript,
} from './figures.js';
import { manyRowsYaml } from './many-rows-yaml.js';

const SAMPLE_INTERVAL_MS = 20;

/** A worker's timers run while the main thread is busy, and RSS is the whole process's. */
const SAMPLER_SOURCE = `
const { parentPort } = require('node:worker_threads');
let peak = 0;
let samples = 0;
const sample = () => {
  const rss = process.memoryUsage.rss();
  samples += 1;
  if (rss > peak) peak = rss;
};
sample();
const timer = setInterval(sample, ${SAMPLE_INTERVAL_MS});
parentPort.once('message', () => {
  sample();
  clearInterval(timer);
  parentPort.postMessage({ peak, samples });
});
`;

interface RssSampler {
  stop(): Promise<{ peak: number; samples: number }>;
}

async function startRssSampler(): Promise<RssSampler> {
  const worker = new Worker(SAMPLER_SOURCE, { eval: true });
  await new Promise<void>((resolve) => worker.once('online', () => resolve()));
  return {
    stop: async () => {
      const result = new Promise<{ peak: number; samples: number }>((resolve) =>
        worker.once('message', resolve),
      );
      worker.postMessage('stop');
      const figures = await result;
      await worker.terminate();
      return figures;
    },
  };
}

/** A full GC, with or without --expose-gc, so the baseline is not inflated by start-up garbage. */
function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) {
    exposed();
    return;
  }
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

function kernelPeakRss(): number {
  return process.resourceUsage().maxRSS * 1024; // kilobytes on every platform Node supports
}

/** RSS of a bare `node` that does nothing, for telling Node's own share from the rest. */
function plainNodeRss(): number {
  const probe = spawnSync(
    process.execPath,
    ['-e', 'process.stdout.write(String(process.memoryUsage.rss()))'],
    {
      encoding: 'utf8',
    },
  );
  return Number(probe.stdout);
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('memory-breakdown.ts', { rows: 10_000, models: 3 });
  const { rows, models } = values;
  const plainNode = plainNodeRss();
  collectGarbage();
  const atStart = process.memoryUsage.rss();
  const sampler = await startRssSampler();
  collectGarbage();
  const withSampler = process.memoryUsage.rss();

  // Loaded only now, so the RSS they add is seen apart from Node's and tsx's.
  const [
    { statementOf },
    { systemClock },
    { DirectoryReportStore },
    { parseBenchmarkFile },
    { defaultRunSettings },
    { runBenchmarkJob },
    { EXBENCH_VERSION },
    { additionCodeRunner, InstantModelServer, silentLogger },
  ] = await Promise.all([
    import('../__tests__/support/scripted-models.js'),
    import('../src/adapters/clock/system-clock.js'),
    import('../src/adapters/fs/report-store.js'),
    import('../src/config/benchmark-file.js'),
    import('../src/config/run-settings.js'),
    import('../src/app/benchmark-job.js'),
    import('../src/version.js'),
    import('./instant-ports.js'),
  ]);
  const simpleMath = parseBenchmarkFile(
    await readFile(path.join(REPO_ROOT, 'data', 'simple_math.yaml'), 'utf8'),
    'simple_math.yaml',
  );
  collectGarbage();
  const baseline = process.memoryUsage.rss();

  const yamlText = manyRowsYaml(simpleMath.basePrompt, rows, 'execute_python_code_with_num_output');
  const parseStarted = performance.now();
  const benchmark = parseBenchmarkFile(yamlText, 'memory.yaml');
  const parseMs = performance.now() - parseStarted;
  const peakDuringParse = kernelPeakRss();
  collectGarbage();
  const afterParse = process.memoryUsage.rss();

  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'exbench-bench-'));
  const server = new InstantModelServer(
    (request) => '```python\nprint(' + (statementOf(request.prompt) ?? '') + ')\n```',
  );
  let reportBytes = 0;
  let passed = 0;
  let heapAfterJob = { used: 0, total: 0 };
  const jobStarted = performance.now();
  try {
    const result = await runBenchmarkJob(
      benchmark,
      {
        ...defaultRunSettings({ cpuCount: os.availableParallelism() }),
        models: Array.from({ length: models }, (_, i) => `exbench/model-${i + 1}`),
        options: simpleMath.options,
      },
      {
        server,
        runner: additionCodeRunner,
        clock: systemClock,
        logger: silentLogger,
        reports: new DirectoryReportStore(reportDir),
        redact: createRedactor([]),
      },
      { exbenchVersion: EXBENCH_VERSION, benchmarkPath: 'memory.yaml' },
    );
    const heap = process.memoryUsage();
    heapAfterJob = { used: heap.heapUsed, total: heap.heapTotal };
    reportBytes = (await stat(result.reportPath)).size;
    passed = result.run.models.flatMap((model) => model.rows).filter((row) => row.correct).length;
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
  const jobMs = performance.now() - jobStarted;
  const sampled = await sampler.stop();
  const kernelPeak = kernelPeakRss();
  const peak = Math.max(sampled.peak, kernelPeak);

  console.log(
    `${rows} rows × ${models} models (${rows * models} results), execute_python_code_with_num_output with an in-process runner`,
  );
  console.log(
    `parse ${(yamlText.length / 1e6).toFixed(2)} MB of YAML: ${formatMs(parseMs)}; runBenchmarkJob: ${formatMs(jobMs)}; ${passed}/${rows * models} passed`,
  );
  printTable(
    ['measurement', 'RSS', 'step'],
    [
      ['a bare `node -e` (separate process, for reference)', formatMb(plainNode), ''],
      ['this process at start (Node + tsx loader thread)', formatMb(atStart), ''],
      ['+ RSS sampler worker thread', formatMb(withSampler), `+${formatMb(withSampler - atStart)}`],
      [
        '+ exbench modules loaded = baseline (after GC)',
        formatMb(baseline),
        `+${formatMb(baseline - withSampler)}`,
      ],
      [
        'peak while parsing the benchmark (maxRSS)',
        formatMb(peakDuringParse),
        `+${formatMb(peakDuringParse - baseline)}`,
      ],
      ['after parsing (after GC)', formatMb(afterParse), `+${formatMb(afterParse - baseline)}`],
      [
        `peak, sampled every ${SAMPLE_INTERVAL_MS} ms (${sampled.samples} samples)`,
        formatMb(sampled.peak),
        `+${formatMb(sampled.peak - baseline)}`,
      ],
      ['peak, kernel high-water mark (maxRSS)', formatMb(kernelPeak), `+${formatMb(kernelPeak - baseline)}`],
    ],
  );
  console.log(
    `JS heap right after the job: ${formatMb(heapAfterJob.used)} used of ${formatMb(heapAfterJob.total)}; report file ${formatMb(reportBytes)}`,
  );

  publishFigures(
    [
      {
        figure: `in-process breakdown (tsx, no HTTP, python rows): peak RSS`,
        measured: formatMb(peak),
        target: '—',
      },
      { figure: '  baseline: Node + tsx + modules', measured: formatMb(baseline), target: '—' },
      {
        figure: '  parsing the benchmark YAML (peak)',
        measured: `+${formatMb(peakDuringParse - baseline)}`,
        target: '—',
      },
      { figure: '  peak over baseline', measured: `+${formatMb(peak - baseline)}`, target: '—' },
    ],
    figuresFile,
  );
}

runScript(main);

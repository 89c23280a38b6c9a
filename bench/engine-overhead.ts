/**
 * What exbench costs per row through each engine's adapter when the model answers at once.
 *
 * The same generated benchmark (raw_string_evaluator, one model, warm-up on) runs through
 * runBenchmarkJob against an in-memory server (the harness alone), and over HTTP against the test
 * server's Ollama, llama-server and OpenAI-compatible faces, each in a child process as a real
 * server would be, with the real adapters (OllamaModelServer, LlamaCppModelServer,
 * OpenAiCompatibleModelServer). Rounds rotate the order; medians per row are printed.
 *
 *   npx tsx bench/engine-overhead.ts [--rows 500] [--rounds 3]
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { createEngineServers } from '../src/adapters/engine-servers.js';
import { DirectoryReportStore } from '../src/adapters/fs/report-store.js';
import { OllamaModelServer } from '../src/adapters/ollama/client.js';
import { runBenchmarkJob } from '../src/app/benchmark-job.js';
import { parseBenchmarkFile, type BenchmarkFile } from '../src/config/benchmark-file.js';
import { defaultRunSettings } from '../src/config/run-settings.js';
import { NO_REDACTION } from '../src/core/redact.js';
import type { RunPorts } from '../src/core/run-benchmark.js';
import { EXBENCH_VERSION } from '../src/version.js';
import { startFakeOllamaProcess, type FakeOllamaProcess } from './fake-ollama-child.js';
import { median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { InstantModelServer, noCodeRunner, silentLogger } from './instant-ports.js';

const MODEL = 'exbench/echo:latest';
const REPLY = 'ready';
const FACES = ['ollama', 'llamacpp', 'openai'] as const;
type Variant = 'in-memory' | (typeof FACES)[number];
const SPEC: Record<Variant, string> = {
  'in-memory': MODEL,
  ollama: MODEL,
  llamacpp: `llamacpp~${MODEL}`,
  openai: `openai~${MODEL}`,
};

function benchmark(rows: number): BenchmarkFile {
  const yaml = stringify({
    benchmark_name: 'Engine overhead',
    purpose: 'Rows the model answers at once, to time what each engine adapter costs per row.',
    base_prompt: 'Row {{n}}: reply with the single word ready.',
    evaluator: 'raw_string_evaluator',
    prompts: Array.from({ length: rows }, (_, i) => ({
      dynamic_variables: { n: i + 1 },
      expectation: REPLY,
    })),
  });
  return parseBenchmarkFile(yaml, 'engine-overhead.yaml');
}

async function timeJob(
  file: BenchmarkFile,
  variant: Variant,
  ports: Pick<RunPorts, 'server' | 'servers'>,
  reportDir: string,
): Promise<{ ms: number; passed: number }> {
  const settings = {
    ...defaultRunSettings({ cpuCount: os.availableParallelism() }),
    models: [SPEC[variant]],
  };
  const started = performance.now();
  const result = await runBenchmarkJob(
    file,
    settings,
    {
      ...ports,
      runner: noCodeRunner,
      clock: systemClock,
      logger: silentLogger,
      redact: NO_REDACTION,
      reports: new DirectoryReportStore(reportDir),
    },
    { exbenchVersion: EXBENCH_VERSION, benchmarkPath: 'bench/engine-overhead.yaml' },
  );
  const ms = performance.now() - started;
  await rm(result.reportPath);
  const passed = result.run.models.flatMap((m) => m.rows).filter((row) => row.correct).length;
  return { ms, passed };
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('engine-overhead.ts', { rows: 500, rounds: 3 });
  const { rows, rounds } = values;
  const file = benchmark(rows);
  const children: Partial<Record<Variant, FakeOllamaProcess>> = {};
  const reportDir = await mkdtemp(path.join(os.tmpdir(), 'exbench-bench-'));
  const perRow: Record<Variant, number[]> = { 'in-memory': [], ollama: [], llamacpp: [], openai: [] };
  try {
    for (const face of FACES)
      children[face] = await startFakeOllamaProcess(['--face', face, '--model', MODEL, '--reply', REPLY]);
    const deadlines = defaultRunSettings({ cpuCount: 1 }).serverDeadlines;
    const ollamaUrl = children.ollama?.url ?? '';
    const ports: Record<Variant, Pick<RunPorts, 'server' | 'servers'>> = {
      'in-memory': { server: new InstantModelServer(() => REPLY) },
      ollama: { server: new OllamaModelServer({ url: ollamaUrl, clock: systemClock }) },
      llamacpp: {
        server: new OllamaModelServer({ url: ollamaUrl, clock: systemClock }),
        servers: await createEngineServers({
          addresses: { llamacpp: children.llamacpp?.url ?? '' },
          apiKey: null,
          clock: systemClock,
          deadlines,
        }),
      },
      openai: {
        server: new OllamaModelServer({ url: ollamaUrl, clock: systemClock }),
        servers: await createEngineServers({
          addresses: { openai: children.openai?.url ?? '' },
          apiKey: null,
          clock: systemClock,
          deadlines,
        }),
      },
    };
    const variants: Variant[] = ['in-memory', ...FACES];
    console.log(`${rows} rows × 1 model, raw_string_evaluator, warm-up on; servers in child processes`);
    // Round 0 warms the JIT and the connection pools; it is printed but not counted.
    for (let round = 0; round <= rounds; round += 1) {
      const order = variants.map((_, i) => variants[(i + round) % variants.length] as Variant);
      const line: string[] = [];
      for (const variant of order) {
        const { ms, passed } = await timeJob(file, variant, ports[variant], reportDir);
        if (round > 0) perRow[variant].push(ms / rows);
        line.push(`${variant} ${(ms / rows).toFixed(3)} ms/row (${passed}/${rows} passed)`);
      }
      console.log(`${round === 0 ? 'warm-up round' : `round ${round}`}: ${line.join(', ')}`);
    }
  } finally {
    for (const child of Object.values(children)) await child.stop();
    await rm(reportDir, { recursive: true, force: true });
  }

  const harness = median(perRow['in-memory']);
  console.log('');
  console.log(`medians of ${rounds} rounds, per row:`);
  printTable(
    ['engine', 'total per row', 'over the in-memory harness'],
    (['in-memory', ...FACES] as Variant[]).map((variant) => {
      const ms = median(perRow[variant]);
      return [
        variant,
        `${ms.toFixed(3)} ms`,
        variant === 'in-memory' ? '—' : `${(ms - harness).toFixed(3)} ms`,
      ];
    }),
  );
  publishFigures(
    (['in-memory', ...FACES] as Variant[]).map((variant) => ({
      figure: `harness overhead per row, ${variant} (${rows} rows)`,
      measured: `${median(perRow[variant]).toFixed(3)} ms/row`,
      target: '—',
    })),
    figuresFile,
  );
}

runScript(main);

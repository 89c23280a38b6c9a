/**
 * What repeats and sweeps cost the harness itself, with an instant in-process server: building
 * the JSON report (per-row pass rates, pass@k, the seeded 2,000-resample bootstrap of the accuracy
 * interval, the spread between repeats, the heatmap) and rendering the job summary, which renders
 * its tables again at each detail level it tries. Prints only.
 *
 *   npx tsx bench/repeat-figures.ts [--rows 200] [--repeat 10] [--models 3] [--temperatures 3]
 */
import { defaultRunSettings } from '../src/config/run-settings.js';
import { parseBenchmarkFile } from '../src/config/benchmark-file.js';
import { runBenchmark } from '../src/core/run-benchmark.js';
import { accuracyEstimate } from '../src/core/pass-rates.js';
import { buildJsonReport } from '../src/report/json-report.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { formatMs, median, parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';
import { InstantModelServer, noCodeRunner, silentLogger } from './instant-ports.js';

const { values, figuresFile } = parseBenchArgs('repeat-figures.ts', {
  rows: 200,
  repeat: 10,
  models: 3,
  temperatures: 3,
  samples: 5,
});

function time(body: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < values.samples; i += 1) {
    const started = performance.now();
    body();
    times.push(performance.now() - started);
  }
  return median(times);
}

runScript(async () => {
  const file = parseBenchmarkFile(
    [
      'benchmark_name: "Words"',
      'base_prompt: "Reply with the word: {{word}}"',
      'evaluator: "raw_string_evaluator"',
      'prompts:',
      ...Array.from(
        { length: values.rows },
        (_, i) => `  - dynamic_variables: { word: "w${i}" }\n    expectation: "w${i}"`,
      ),
    ].join('\n'),
    'words.yaml',
  );
  // Right unless the row index and the seed make it wrong: pass rates vary from row to row.
  let call = 0;
  const server = new InstantModelServer((request) => {
    call += 1;
    const word = /word: (\S+)/.exec(request.prompt)?.[1] ?? '';
    return call % 7 === 0 ? 'wrong' : word;
  });
  const temperatures = Array.from({ length: values.temperatures }, (_, i) => i / 2);
  const settings = {
    ...defaultRunSettings({ cpuCount: 2 }),
    models: Array.from({ length: values.models }, (_, i) => `model${i}`),
    repeat: values.repeat,
    sweep: { temperature: temperatures },
    options: { seed: 1 },
  };
  const started = performance.now();
  const run = await runBenchmark(file, settings, {
    server,
    runner: noCodeRunner,
    clock: systemClock,
    logger: silentLogger,
  });
  const runMs = performance.now() - started;
  const results = run.models.reduce((sum, model) => sum + model.rows.length, 0);

  const rows = Array.from({ length: values.rows }, (_, i) => ({
    index: i + 1,
    runs: values.repeat,
    passes: i % (values.repeat + 1),
    passRate: (i % (values.repeat + 1)) / values.repeat,
  }));
  const bootstrapMs = time(() => accuracyEstimate(rows));
  const reportMs = time(() => buildJsonReport(run, { exbenchVersion: 'bench', benchmarkPath: 'words.yaml' }));
  const summaryMs = time(() => renderMarkdown([{ run, reportPath: 'r.json' }], { maxLength: 1024 * 1024 }));

  const targets = values.models * values.temperatures;
  console.log(
    `${values.models} models × ${values.temperatures} temperatures × ${values.rows} rows × ${values.repeat} repeats = ${results} results (${targets} targets)`,
  );
  const figures = [
    { figure: 'run with the instant server', measured: formatMs(runMs), target: 'context only' },
    { figure: `accuracy bootstrap, ${values.rows} rows`, measured: formatMs(bootstrapMs), target: '< 50 ms' },
    { figure: `JSON report, ${targets} targets`, measured: formatMs(reportMs), target: '< 1 s' },
    { figure: `job summary, ${targets} targets`, measured: formatMs(summaryMs), target: '< 1 s' },
  ];
  printTable(
    ['figure', 'median', 'target'],
    figures.map((f) => [f.figure, f.measured, f.target]),
  );
  publishFigures(figures, figuresFile);
});

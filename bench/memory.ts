/**
 * Peak memory of the CLI as a user runs it. src/cli.ts is bundled with ncc into a temporary
 * directory (as dist/cli is built, but dist/ is left alone) and run with plain `node`:
 *
 *   node <bundle>/index.js ollama-bench --host <fake> <3 models> <10,000-row file>
 *
 * against the fake Ollama in a process of its own, which answers every request at once. Rows are
 * shaped like data/simple_math.yaml but use raw_string_evaluator (the fake answers the sum), so no
 * Python runs: 30,000 Python processes would take minutes, and what is measured is exbench's own
 * memory — parsing, the run loop, the HTTP client, the results and the report.
 *
 * Peak RSS is the child's own kernel high-water mark, process.resourceUsage().maxRSS, written to a
 * file on exit by a preload (`node --import`), so nothing outside the process samples it. The same
 * preload measures a bare `node` and the bundle's `--version` for reference, with the JS heap in use
 * when they exit: what loading the bundle costs before any work. The run is measured three times: as
 * a user runs it (the CLI bounds V8's heap growth itself), with the README's capped heap, and with
 * V8's own heap sizing (a heap flag of the user's own, which the CLI then leaves alone).
 *
 *   npx tsx bench/memory.ts [--rows 10000] [--models 3]
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import {
  formatMb,
  formatMs,
  parseBenchArgs,
  printTable,
  publishFigures,
  REPO_ROOT,
  runScript,
} from './figures.js';
import { manyRowsYaml, simpleMathBasePrompt } from './many-rows-yaml.js';

const PEAK_FILE_ENV = 'EXBENCH_BENCH_PEAK_FILE';

/**
 * V8 lets its heap grow to several times the live data when the heap may grow large (a factor up to
 * 4 with the default limit of a machine with much memory, down to 1.3 under a 256 MB limit), and
 * keeps young objects in up to 16 MB semi-spaces: the README's setting for a small machine.
 */
const CAPPED_HEAP_FLAGS = ['--max-old-space-size=256', '--max-semi-space-size=4'];

/**
 * A heap flag of the user's own makes the CLI leave V8's heap sizing alone (limitHeapGrowth in
 * src/adapters/system/startup.ts); this one asks for exactly V8's default sizing: the run as it
 * was before the CLI bounded its heap growth.
 */
const V8_OWN_SIZING_FLAGS = ['--heap-growing-percent=0'];

/** Written into the temporary directory and loaded with `node --import` before the measured program. */
const PRELOAD_SOURCE = `import { writeFileSync } from 'node:fs';
process.once('exit', () => {
  const heapUsed = process.memoryUsage().heapUsed;
  writeFileSync(process.env.${PEAK_FILE_ENV}, JSON.stringify({ peak: process.resourceUsage().maxRSS * 1024, heapUsed }));
});
`;

interface ChildResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function runChild(
  file: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr, ms: performance.now() - started }));
  });
}

function mustSucceed(what: string, result: ChildResult): ChildResult {
  if (result.code !== 0) {
    throw new Error(`${what} exited with code ${result.code}:\n${result.stderr.slice(-2000)}`);
  }
  return result;
}

/**
 * Bundles the CLI as `npm run build` does (tsc into node_modules/.cache/exbench-build, ncc with its
 * chunks loaded on first use, then every character past U+00FF escaped), into `outDir` rather than dist/.
 */
async function bundleCli(outDir: string): Promise<void> {
  const bin = (pkg: string, file: string) => path.join(REPO_ROOT, 'node_modules', pkg, file);
  mustSucceed(
    'tsc',
    await runChild(process.execPath, [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.build.json']),
  );
  mustSucceed(
    'ncc build',
    await runChild(process.execPath, [
      bin('@vercel/ncc', 'dist/ncc/cli.js'),
      'build',
      path.join(REPO_ROOT, 'node_modules', '.cache', 'exbench-build', 'src', 'cli.js'),
      '-o',
      outDir,
    ]),
  );
  mustSucceed(
    'ascii-bundles',
    await runChild(process.execPath, [path.join(REPO_ROOT, 'scripts', 'ascii-bundles.mjs'), outDir]),
  );
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('memory.ts', { rows: 10_000, models: 3 });
  const { rows, models } = values;
  const dir = await mkdtemp(path.join(os.tmpdir(), 'exbench-bench-memory-'));
  const bundleDir = path.join(dir, 'cli');
  const preload = path.join(dir, 'peak-rss-preload.mjs');
  const peakFile = path.join(dir, 'peak-rss');
  const benchmarkPath = path.join(dir, 'memory.yaml');
  const reportDir = path.join(dir, 'reports');
  const modelNames = Array.from({ length: models }, (_, i) => `exbench/model-${i + 1}:latest`);

  /** Runs `node --import <preload> ...args`: its result, its own peak RSS and its JS heap in use at exit, in bytes. */
  const measuredNode = async (
    what: string,
    args: readonly string[],
  ): Promise<[ChildResult, number, number]> => {
    await rm(peakFile, { force: true });
    const result = mustSucceed(
      what,
      await runChild(process.execPath, ['--import', pathToFileURL(preload).href, ...args], {
        ...process.env,
        [PEAK_FILE_ENV]: peakFile,
      }),
    );
    const { peak, heapUsed } = JSON.parse(await readFile(peakFile, 'utf8')) as {
      peak: number;
      heapUsed: number;
    };
    return [result, peak, heapUsed];
  };

  try {
    const bundleStarted = performance.now();
    await bundleCli(bundleDir);
    const bundleMs = performance.now() - bundleStarted;
    const bundle = path.join(bundleDir, 'index.js');
    await writeFile(preload, PRELOAD_SOURCE);
    const yamlText = manyRowsYaml(await simpleMathBasePrompt(), rows, 'raw_string_evaluator');
    await writeFile(benchmarkPath, yamlText);

    const [, bareNode, bareHeap] = await measuredNode('node -e ""', ['-e', '']);
    const [, version, versionHeap] = await measuredNode('exbench --version', [bundle, '--version']);

    const fake = await startFakeOllamaProcess([...modelNames.flatMap((name) => ['--model', name]), '--sum']);
    let run: ChildResult;
    let peak: number;
    let capped: ChildResult;
    let cappedPeak: number;
    let v8Own: ChildResult;
    let v8OwnPeak: number;
    const runArgs = (outputDir: string) => [
      bundle,
      'ollama-bench',
      '--host',
      fake.url,
      '--output-dir',
      outputDir,
      ...modelNames,
      benchmarkPath,
    ];
    try {
      [run, peak] = await measuredNode('exbench ollama-bench', runArgs(reportDir));
      // The same run with the heap capped as the README suggests for small machines.
      [capped, cappedPeak] = await measuredNode('exbench ollama-bench (capped heap)', [
        ...CAPPED_HEAP_FLAGS,
        ...runArgs(`${reportDir}-capped`),
      ]);
      [v8Own, v8OwnPeak] = await measuredNode("exbench ollama-bench (V8's own heap sizing)", [
        ...V8_OWN_SIZING_FLAGS,
        ...runArgs(`${reportDir}-v8-own`),
      ]);
    } finally {
      await fake.stop();
    }

    const reportPath = /^Report: (.+)$/m.exec(run.stdout)?.[1];
    if (reportPath === undefined) throw new Error(`no report path in the CLI's output:\n${run.stdout}`);
    const absoluteReport = path.resolve(REPO_ROOT, reportPath);
    const reportBytes = (await stat(absoluteReport)).size;
    const report = JSON.parse(await readFile(absoluteReport, 'utf8')) as { overall_correct_count: number };

    console.log(
      `${rows} rows × ${models} models (${rows * models} results), raw_string_evaluator (no Python runs: exbench's own memory), fake Ollama in another process`,
    );
    console.log(
      `CLI bundled with ncc in ${formatMs(bundleMs)} (${formatMb((await stat(bundle)).size)}); benchmark file ${formatMb(yamlText.length)}; run ${formatMs(run.ms)}; ${report.overall_correct_count}/${rows * models} correct; report ${formatMb(reportBytes)}`,
    );
    printTable(
      ['process (peak RSS = its own maxRSS, written on exit)', 'peak RSS', 'JS heap used at exit'],
      [
        ['bare `node -e ""`', formatMb(bareNode), formatMb(bareHeap)],
        ['`exbench --version` (the bundle loaded, nothing run)', formatMb(version), formatMb(versionHeap)],
        ['`exbench ollama-bench …` (the run above)', formatMb(peak), '—'],
        [
          `the same with node ${CAPPED_HEAP_FLAGS.join(' ')} (${formatMs(capped.ms)})`,
          formatMb(cappedPeak),
          '—',
        ],
        [
          `the same with node ${V8_OWN_SIZING_FLAGS.join(' ')}: V8's own heap sizing (${formatMs(v8Own.ms)})`,
          formatMb(v8OwnPeak),
          '—',
        ],
      ],
    );

    publishFigures(
      [
        {
          figure: `peak RSS of the CLI, ${rows} rows × ${models} models (raw string)`,
          measured: formatMb(peak),
          target: '≤ 128 MiB (134.2 MB)',
        },
        { figure: '  `exbench --version` (bundle loaded)', measured: formatMb(version), target: '—' },
        { figure: '  `exbench --version` JS heap used', measured: formatMb(versionHeap), target: '—' },
        { figure: '  run over `--version`', measured: `+${formatMb(peak - version)}`, target: '—' },
        { figure: '  report file size', measured: formatMb(reportBytes), target: '—' },
        {
          figure: `  with node ${CAPPED_HEAP_FLAGS.join(' ')}`,
          measured: formatMb(cappedPeak),
          target: '—',
        },
        {
          figure: `  with node ${V8_OWN_SIZING_FLAGS.join(' ')} (V8's own heap sizing)`,
          measured: formatMb(v8OwnPeak),
          target: '—',
        },
      ],
      figuresFile,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

runScript(main);

/**
 * How long parseBenchmarkFile takes on a benchmark of many rows shaped like data/simple_math.yaml
 * (many-rows-yaml.ts), wall and CPU time, median of the rounds after one warm-up.
 *
 * With EXBENCH_BASELINE=<folder of another checkout> (e.g. `git archive main src | tar -x -C
 * /tmp/base` and node_modules linked in), each round parses with that checkout's parser too, the
 * order alternating, so a change is read against its baseline under the same machine load.
 *
 *   npx tsx bench/parse-many-rows.ts [--rows 10000] [--rounds 9]
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBenchmarkFile } from '../src/config/benchmark-file.js';
import {
  formatMs,
  median,
  parseBenchArgs,
  printLoadAverage,
  printTable,
  publishFigures,
  runScript,
} from './figures.js';
import { manyRowsYaml, simpleMathBasePrompt } from './many-rows-yaml.js';

type Parse = (text: string, fileName: string) => { rows: unknown[] };

interface Timing {
  wallMs: number;
  cpuMs: number;
}

function timed(parse: Parse, text: string, rows: number): Timing {
  const cpuStarted = process.cpuUsage();
  const started = performance.now();
  const parsed = parse(text, 'many-rows.yaml');
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);
  if (parsed.rows.length !== rows) throw new Error(`parsed ${parsed.rows.length} rows, expected ${rows}`);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('parse-many-rows.ts', { rows: 10_000, rounds: 9 });
  const { rows, rounds } = values;
  const text = manyRowsYaml(await simpleMathBasePrompt(), rows, 'execute_python_code_with_num_output');

  const parsers: [string, Parse][] = [['this checkout', parseBenchmarkFile]];
  const baseline = process.env.EXBENCH_BASELINE;
  if (baseline) {
    const module = (await import(
      pathToFileURL(path.resolve(baseline, 'src/config/benchmark-file.ts')).href
    )) as { parseBenchmarkFile: Parse };
    parsers.push([`baseline ${baseline}`, module.parseBenchmarkFile]);
  }

  console.log(`${rows} rows, ${(text.length / 1e6).toFixed(2)} MB of YAML; ${rounds} rounds after a warm-up`);
  printLoadAverage();
  const timings = new Map<string, Timing[]>(parsers.map(([name]) => [name, []]));
  for (let round = 0; round <= rounds; round += 1) {
    const order = round % 2 === 0 ? parsers : [...parsers].reverse();
    for (const [name, parse] of order) {
      const timing = timed(parse, text, rows);
      // Round 0 warms the JIT; it is not counted.
      if (round > 0) timings.get(name)?.push(timing);
    }
  }
  const medians = parsers.map(([name]) => {
    const list = timings.get(name) ?? [];
    return {
      name,
      wallMs: median(list.map((t) => t.wallMs)),
      cpuMs: median(list.map((t) => t.cpuMs)),
    };
  });
  printTable(
    ['parser', 'wall (median)', 'CPU (median)'],
    medians.map((m) => [m.name, formatMs(m.wallMs), formatMs(m.cpuMs)]),
  );
  const own = medians[0];
  publishFigures(
    own
      ? [
          {
            figure: `parse ${rows} YAML rows`,
            measured: `${formatMs(own.wallMs)} wall, ${formatMs(own.cpuMs)} CPU`,
            target: '—',
          },
        ]
      : [],
    figuresFile,
  );
}

runScript(main);

/**
 * The cost of each report format: renders a synthetic report (rows × 3 models, a mix of passed,
 * failed and errored rows) with each renderer, in this process, and prints the median time of
 * 5 renders after a warm-up and the size of what it wrote. Prints only.
 *
 *   npx tsx bench/report-formats.ts [--rows 1000]
 */
import { parseArgs } from 'node:util';
import { fullReport, type RowSpec } from '../__tests__/support/full-report.js';
import { reportFolderFiles } from '../src/report/report-folder.js';

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '1000' }, help: { type: 'boolean' } },
});
if (values.help === true) {
  console.log(
    'npx tsx bench/report-formats.ts [--rows N]   render time and size of each report format, N rows × 3 models',
  );
  process.exit(0);
}
const rowCount = Number(values.rows);

const rows = (seed: number): RowSpec[] =>
  Array.from({ length: rowCount }, (_, i): RowSpec => {
    const kind = (i * 7 + seed) % 10;
    return kind < 6
      ? { status: 'passed', tokensPerSecond: 30 + ((i * 13 + seed) % 40), ttftMs: 80 + ((i * 17) % 90) }
      : kind < 9
        ? { status: 'failed', reason: `got ${i + 1}, expected ${i}`, output: String(i + 1) }
        : { status: 'errored' };
  });

const report = fullReport([
  { name: 'qwen2.5-coder:1.5b', rows: rows(1) },
  { name: 'llama3.2:1b', rows: rows(2) },
  { name: 'gemma3:1b', rows: rows(3) },
]);
const files = reportFolderFiles(
  report,
  ['json', 'html', 'csv', 'junit', 'md', 'github-action-benchmark'],
  'Run',
);

console.log(`${rowCount} rows × 3 models, median of 5 renders after one warm-up\n`);
console.log(`${'file'.padEnd(34)} ${'ms'.padStart(9)} ${'MB'.padStart(8)}`);
for (const file of files.filter(
  (f) => !f.name.startsWith('models/') || f.name.endsWith('qwen2.5-coder_1.5b.json'),
)) {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < 6; round += 1) {
    const started = performance.now();
    bytes = 0;
    for await (const chunk of file.render()) bytes += Buffer.byteLength(chunk);
    if (round > 0) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[2] ?? 0;
  console.log(
    `${file.name.padEnd(34)} ${median.toFixed(1).padStart(9)} ${(bytes / 1e6).toFixed(2).padStart(8)}`,
  );
}

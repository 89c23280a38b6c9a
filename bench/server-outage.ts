/**
 * A 10 s server outage in the middle of a 12-row run, compared with a clean run of the same model:
 * prints what the run lost and what `exbench compare` says. Not in run-all (it waits out the outage).
 *
 *   npx tsx bench/server-outage.ts [server-wait seconds, default 120] [outage seconds, default 10]
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeOllama, type FakeOllama } from '../__tests__/support/fake-ollama.js';
import { runCli } from '../src/cli/run-cli.js';
import type { Report as JsonReport } from '../src/report/report-schema.js';

const serverWait = process.argv[2] ?? '120';
const outageMs = Number(process.argv[3] ?? '10') * 1000;
const words = Array.from({ length: 12 }, (_, i) => `w${i + 1}`);

async function bench(
  fake: FakeOllama,
  flags: string[],
): Promise<{ file: string; ms: number; status: number }> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-outage-'));
  const rows = words
    .map((w) => `  - dynamic_variables: { word: "${w}" }\n    expectation: "${w}"`)
    .join('\n');
  const yaml = `benchmark_name: Say\nbase_prompt: "say: {{word}}"\nevaluator: raw_string_evaluator\nprompts:\n${rows}\n`;
  writeFileSync(path.join(cwd, 'say.yaml'), yaml);
  const started = Date.now();
  const status = await runCli({
    argv: ['ollama-bench', '--host', fake.url, ...flags, 'outage/echo', 'say.yaml'],
    env: {},
    cwd,
    stdout: () => undefined,
    stderr: () => undefined,
  });
  const [name = ''] = readdirSync(path.join(cwd, 'reports'));
  return { file: path.join(cwd, 'reports', name), ms: Date.now() - started, status };
}

let fake: FakeOllama | null = null;
const serve = (outageAtCall: number | null): Promise<FakeOllama> =>
  startFakeOllama({
    models: [
      {
        name: 'outage/echo:latest',
        reply: (prompt, { callIndex }) => {
          if (callIndex === outageAtCall) void fake?.outage(outageMs);
          return { response: /say: (\S+)/.exec(prompt)?.[1] ?? '', chunkDelayMs: 20 };
        },
      },
    ],
  });

fake = await serve(null);
const clean = await bench(fake, []);
await fake.close();
fake = await serve(6); // call 0 is the warm-up: the outage starts during the 6th row
const broken = await bench(fake, ['--server-wait', serverWait]);
await fake.close();

const report = JSON.parse(readFileSync(broken.file, 'utf8')) as JsonReport;
const results = report.models[0]?.results ?? [];
const lost = results.filter((r) => r.error_kind === 'server').length;
const passed = results.filter((r) => r.status === 'passed').length;
console.log(`outage ${outageMs / 1000} s, --server-wait ${serverWait}:`);
console.log(
  `  run: exit ${broken.status}, ${(broken.ms / 1000).toFixed(1)} s (clean run ${(clean.ms / 1000).toFixed(1)} s)`,
);
console.log(`  rows: ${passed} passed, ${lost} errored by the server, of ${results.length}`);
let out = '';
let err = '';
const status = await runCli({
  argv: ['compare', clean.file, broken.file],
  env: {},
  cwd: tmpdir(),
  stdout: (t) => (out += t),
  stderr: (t) => (err += t),
});
console.log(`  compare: exit ${status}; ${out.trim().split('\n')[0] ?? ''}`);
if (err.trim() !== '') console.log(`  ${err.trim().split('\n').join('\n  ')}`);

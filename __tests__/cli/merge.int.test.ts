/**
 * `--shard i/n` and `exbench merge` end to end through the real CLI and the Ollama-compatible test
 * server: three shard reports merged give the results of one unsharded run (timings aside), and
 * shards that cannot be one run are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import type { Report, ResultReport } from '../../src/report/report-schema.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');
const MODELS = ['exbench/right', 'exbench/wrong'];

let ollama: FakeOllama;
let dir: string;

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv: args,
    env: { OLLAMA_HOST: ollama.hostPort },
    cwd: dir,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

const reportIn = (folder: string): Report => {
  const [file] = readdirSync(path.join(dir, folder)).filter((f) => f.endsWith('.json'));
  return JSON.parse(readFileSync(path.join(dir, folder, file ?? ''), 'utf8')) as Report;
};

/** What a result says about the model, without the timings that differ from run to run. */
function verdicts(report: Report) {
  const strip = (r: ResultReport) => ({
    index: r.index,
    repeat: r.repeat,
    status: r.status,
    correct: r.correct,
    execution_result: r.execution_result,
    expected_result: r.expected_result,
    input_prompt: r.input_prompt,
    response: r.prompt_response.response,
    extracted_code: r.extracted_code,
    reason: r.reason,
  });
  return report.models.map((m) => ({
    model: m.model,
    variant: m.variant,
    accuracy: m.accuracy,
    counts: [m.correct_count, m.incorrect_count, m.passed_count, m.failed_count, m.errored_count],
    results: m.results.map(strip),
  }));
}

beforeAll(async () => {
  ollama = await startFakeOllama({ models: mathModels() });
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-merge-'));
  const bench = (extra: string[], out: string) =>
    cli([
      'ollama-bench',
      ...MODELS,
      SIMPLE_MATH,
      '--sandbox',
      'process',
      '--no-warmup',
      '--output-dir',
      out,
      ...extra,
    ]);
  expect((await bench([], 'whole')).status).toBe(0);
  for (const i of [1, 2, 3]) expect((await bench(['--shard', `${i}/3`], `shard-${i}`)).status).toBe(0);
  // A sweep with repeats, its shards written as report folders (each with a report per model too).
  const swept = ['--temperature', '0,1', '--repeat', '2'];
  expect((await bench(swept, 'swept-whole')).status).toBe(0);
  for (const i of [1, 2]) {
    expect((await bench([...swept, '--shard', `${i}/2`, '--format', 'json,csv'], `swept-${i}`)).status).toBe(
      0,
    );
  }
}, 360_000);
afterAll(async () => {
  await ollama.close();
});

describe('exbench merge', () => {
  it('splits the rows by position modulo n and records the shard in the report', () => {
    const shards = [1, 2, 3].map((i) => reportIn(`shard-${i}`));
    expect(shards.map((r) => r.shard?.rows)).toEqual([
      [1, 4, 7, 10],
      [2, 5, 8],
      [3, 6, 9],
    ]);
    expect(new Set(shards.map((r) => r.shard?.content_sha256)).size).toBe(1);
    expect(shards[1]?.models[0]?.results.map((r) => r.index)).toEqual([2, 5, 8]);
  });

  it('joins three shard reports into the results of one unsharded run', async () => {
    const run = await cli(['merge', 'shard-1', 'shard-2', 'shard-3', '--out', 'merged']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Simple Math: 3 report\(s\), 2 model\(s\)/);
    const merged = reportIn('merged');
    const whole = reportIn('whole');
    expect(verdicts(merged)).toEqual(verdicts(whole));
    expect(merged.prompt_iterations).toEqual(whole.prompt_iterations);
    expect([merged.overall_correct_count, merged.overall_incorrect_count, merged.overall_accuracy]).toEqual([
      whole.overall_correct_count,
      whole.overall_incorrect_count,
      whole.overall_accuracy,
    ]);
    expect(merged.models.map((m) => m.decode_tokens_per_second.n)).toEqual(
      whole.models.map((m) => m.decode_tokens_per_second.n),
    );
    expect(merged.shard).toBeUndefined();
    expect(merged.merged_from?.map((m) => m.shard?.index)).toEqual([1, 2, 3]);
  });

  it("joins the shards of a sweep with repeats variant by variant, reading a report folder's run report once", async () => {
    const run = await cli(['merge', 'swept-1', 'swept-2', '--out', 'swept-merged']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const merged = reportIn('swept-merged');
    const whole = reportIn('swept-whole');
    expect(merged.models.map((m) => `${m.model} @ ${m.variant ?? ''}`)).toEqual([
      'exbench/right @ temperature=0',
      'exbench/right @ temperature=1',
      'exbench/wrong @ temperature=0',
      'exbench/wrong @ temperature=1',
    ]);
    expect(verdicts(merged)).toEqual(verdicts(whole));
  });

  it('refuses shards that hold the same rows, naming both files', async () => {
    const copy = path.join(dir, 'copy.json');
    writeFileSync(copy, JSON.stringify(reportIn('shard-1')));
    const refused = await cli(['merge', 'shard-1', copy, '--out', 'refused']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /copy\.json and shard-1\/.*both hold rows 1, 4, 7, 10 of model exbench\/right/,
    );
  });

  it('refuses a split with a shard missing, naming it, and merges it flagged with --allow-partial', async () => {
    const refused = await cli(['merge', 'shard-1', 'shard-2', '--out', 'partial-refused']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/"Simple Math" is missing shard 3\/3 .*--allow-partial/);

    const partial = await cli(['merge', 'shard-1', 'shard-2', '--allow-partial', '--out', 'partial']);
    expect(partial.status).toBe(0);
    expect(partial.stderr).toMatch(/warning: "Simple Math" is merged without shard 3/);
    const merged = reportIn('partial');
    expect(merged.missing_shards).toEqual([3]);
    expect(merged.models[0]?.results.map((r) => r.index)).toEqual([1, 2, 4, 5, 7, 8, 10]);
  });

  it('refuses shards of another file with the same benchmark name', async () => {
    const other = reportIn('shard-2');
    other.shard = { ...other.shard!, content_sha256: 'f'.repeat(64) };
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify(other));
    const refused = await cli(['merge', 'shard-1', 'other.json', '--out', 'refused-2']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(
      /are both "Simple Math" but their benchmark files \(content hash\) differ/,
    );
  });

  it('refuses a shard flag that is no shard, naming the flag', async () => {
    const run = await cli(['ollama-bench', 'exbench/right', SIMPLE_MATH, '--shard', '4/3']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--shard: "4\/3" is not a shard i\/n/);
  });
});

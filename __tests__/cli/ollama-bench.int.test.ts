/**
 * The `exbench ollama-bench` command end to end: the real Ollama client over HTTP against the
 * project's Ollama-compatible server, the real Python sandbox, the report on disk.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Report } from '../../src/report/report-schema.js';
import { runCliIn, type CliRun } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { FIXTURES, fixtureBenchmarks } from '../support/predecessor-files.js';
import { BROKEN_ERROR, mathModels } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama({
    models: mathModels({ flakyFailures: 1 }),
    local: [
      'exbench/right:latest',
      'exbench/wrong:latest',
      'exbench/chatty:latest',
      'exbench/thinker:latest',
      'exbench/crasher:latest',
      'exbench/looper:latest',
      'exbench/env-reader:latest',
      'exbench/broken:latest',
      'exbench/flaky:latest',
      'exbench/dropper:latest',
    ],
  });
});
afterAll(() => fake.close());

function cli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  return runCliIn(fake.hostPort, args, env);
}

const byModel = (report: Report | null, model: string) => report?.models.find((m) => m.model === model);

describe('exbench ollama-bench', () => {
  it('grades right, wrong, chatty and thinking models and writes a timestamped report', async () => {
    const models = ['exbench/right', 'exbench/wrong', 'exbench/chatty', 'exbench/thinker'];
    const run = await cli(['ollama-bench', ...models, SIMPLE_MATH, '--retries', '1']);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(path.basename(run.reportPath ?? '')).toMatch(/^Simple_Math_\d{8}_\d{6}\.json$/);
    expect(run.stdout).toContain(`Report: ${path.join('reports', path.basename(run.reportPath ?? ''))}`);

    expect(byModel(run.report, 'exbench/right')).toMatchObject({
      accuracy: 1,
      correct_count: 10,
      status: 'completed',
    });
    expect(byModel(run.report, 'exbench/wrong')).toMatchObject({ accuracy: 0, incorrect_count: 10 });
    expect(byModel(run.report, 'exbench/chatty')?.accuracy).toBe(1);
    const thinker = byModel(run.report, 'exbench/thinker');
    expect(thinker?.accuracy).toBe(1);
    expect(thinker?.results[0]?.thinking).toMatch(/operator precedence/);
    // The table a user reads: one line per model with its accuracy.
    expect(run.stdout).toMatch(/exbench\/right\s+100\.0%/);
    expect(run.stdout).toMatch(/exbench\/wrong\s+0\.0%/);
    // Server-reported timings made it through: the fake reports 50 tokens/s.
    expect(byModel(run.report, 'exbench/right')?.decode_tokens_per_second.median).toBeCloseTo(50, 0);
    expect(byModel(run.report, 'exbench/right')?.warmup_load_duration_ms).toBeGreaterThan(100);
    expect(run.report?.ollama.version).toBe('0.12.3');
  });

  it('records crashing, looping and secret-reading code as failed rows without stopping the run', async () => {
    // Time enough for the crasher and the reader to finish on a loaded machine: a 0.5 s limit
    // (the looper's, below) could time out a Python start there, and a crash must read as a crash.
    const run = await cli(
      ['ollama-bench', 'exbench/crasher', 'exbench/env-reader', SIMPLE_MATH, '--timeout', '10'],
      { GITHUB_TOKEN: 'ghs_secret_token_value' },
    );
    expect(run.status).toBe(0);
    const crasher = byModel(run.report, 'exbench/crasher');
    expect(crasher?.results[0]).toMatchObject({ status: 'failed', correct: false });
    expect(crasher?.results[0]?.reason).toMatch(/^exit code 1: ZeroDivisionError/);
    const looping = await cli(['ollama-bench', 'exbench/looper', SIMPLE_MATH, '--timeout', '0.5']);
    expect(looping.status).toBe(0);
    const looper = byModel(looping.report, 'exbench/looper');
    expect(looper?.timed_out_count).toBe(10);
    expect(looper?.results[0]?.reason).toBe('timed out after 0.5 s');
    const envReader = byModel(run.report, 'exbench/env-reader');
    const printed = envReader?.results[0]?.execution_result ?? '';
    expect(Object.keys(JSON.parse(printed) as object)).not.toContain('GITHUB_TOKEN');
    expect(printed).not.toContain('ghs_secret_token_value');
    expect(printed).not.toContain('OLLAMA_HOST');
  });

  it('retries a flaky model, records a broken one as unavailable, and exits 1 after writing the report', async () => {
    const run = await cli(['ollama-bench', 'exbench/flaky', 'exbench/broken', 'exbench/right', SIMPLE_MATH]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 model(s) could not be run: exbench/broken');
    expect(byModel(run.report, 'exbench/flaky')?.accuracy).toBe(1);
    const broken = byModel(run.report, 'exbench/broken');
    expect(broken?.status).toBe('unavailable');
    expect(broken?.error).toContain(BROKEN_ERROR);
    expect(byModel(run.report, 'exbench/right')?.accuracy).toBe(1);
  }, 60_000);

  it('survives a dropped connection mid-stream by retrying, and counts no failed call in speed', async () => {
    const run = await cli(['ollama-bench', 'exbench/dropper', SIMPLE_MATH, '--retries', '2']);
    const dropper = byModel(run.report, 'exbench/dropper');
    expect(dropper?.status).toBe('unavailable');
    expect(dropper?.error).toMatch(/terminated|fetch failed|socket|done/i);
    expect(dropper?.decode_tokens_per_second.n).toBe(0);
  }, 60_000);

  it('pulls a model the server lacks, with progress, unless --no-pull', async () => {
    const refused = await cli(['ollama-bench', 'exbench/instant', SIMPLE_MATH, '--no-pull']);
    expect(refused.status).toBe(1);
    expect(byModel(refused.report, 'exbench/instant')?.error).toContain('ollama pull exbench/instant');

    const pulled = await cli(['ollama-bench', 'exbench/instant', SIMPLE_MATH]);
    expect(pulled.status).toBe(0);
    expect(pulled.stderr).toMatch(/pulling manifest/);
    expect(pulled.stderr).toMatch(/success/);
    expect(byModel(pulled.report, 'exbench/instant')).toMatchObject({ pulled: true, accuracy: 1 });
  });

  it('keeps the other models when a pull fails', async () => {
    const run = await cli(['ollama-bench', 'no-such/model', 'exbench/right', SIMPLE_MATH]);
    expect(run.status).toBe(1);
    expect(byModel(run.report, 'no-such/model')?.error).toContain('file does not exist');
    expect(byModel(run.report, 'exbench/right')?.accuracy).toBe(1);
  });

  it('exits 1 with advice when the server cannot be reached, and 2 for a bad file', async () => {
    const down = await cli(['ollama-bench', 'exbench/right', SIMPLE_MATH], { OLLAMA_HOST: '127.0.0.1:3' });
    expect(down.status).toBe(1);
    expect(down.stderr).toContain('cannot reach Ollama at http://127.0.0.1:3');
    expect(down.report).toBeNull();

    const missing = await cli(['ollama-bench', 'exbench/right', 'nope.yaml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.yaml: benchmark file not found/);
  });

  it('runs every predecessor-format file unchanged', async () => {
    for (const file of fixtureBenchmarks) {
      const run = await cli(['ollama-bench', 'exbench/right', path.join(FIXTURES, file), '--timeout', '2']);
      expect([file, run.status, run.stderr.match(/error: .*/)?.[0] ?? '']).toEqual([file, 0, '']);
      expect(run.report?.models[0]?.results.length).toBeGreaterThan(0);
    }
  }, 90_000);

  it('runs from the committed bundle after npm install, as npx exbench does', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(ROOT, 'dist/cli/index.js'),
      '--version',
    ]);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(stdout.trim()).toBe(pkg.version);
  });
});

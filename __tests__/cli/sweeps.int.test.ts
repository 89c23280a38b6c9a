/**
 * A temperature sweep with repeats end to end: the CLI, the real Ollama client over HTTP against the
 * project's Ollama-compatible server, the report on disk. The scripted model is always right at
 * temperature 0 and right with a known, seeded probability above it, so the heatmap must show
 * those probabilities within sampling error.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliIn } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { temperamentalAccuracy, temperamentalModel } from '../support/scripted-models.js';

const ROWS = 20;
const REPEATS = 10;
const TEMPERATURES = [0, 0.5, 1];

let fake: FakeOllama;
let benchmarkPath: string;

beforeAll(async () => {
  fake = await startFakeOllama({ models: [temperamentalModel()] });
  const words = Array.from({ length: ROWS }, (_, i) => `word${i + 1}`);
  benchmarkPath = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-sweep-')), 'words.yaml');
  writeFileSync(
    benchmarkPath,
    [
      'benchmark_name: "Words"',
      'base_prompt: "Reply with the word: {{word}}"',
      'evaluator: "raw_string_evaluator"',
      'prompts:',
      ...words.map((word) => `  - dynamic_variables: { word: "${word}" }\n    expectation: "${word}"`),
    ].join('\n'),
  );
});
afterAll(() => fake.close());

describe('exbench ollama-bench with a temperature sweep and repeats', () => {
  it('gives the heatmap the model is scripted to, within sampling error', async () => {
    const run = await cli([
      'ollama-bench',
      'exbench/temperamental',
      benchmarkPath,
      '--temperature',
      TEMPERATURES.join(','),
      '--repeat',
      String(REPEATS),
      '--seed',
      '1',
    ]);
    expect(run.status).toBe(0);
    // Progress goes to stderr, the plan right after the server's version; stdout keeps the results table.
    expect(run.stderr.split('\n')[1]).toContain(
      `1 model × 3 temperatures × ${ROWS} rows × ${REPEATS} repeats = ${3 * ROWS * REPEATS} requests`,
    );
    expect(run.stdout).toContain('exbench/temperamental @ temperature=0.5');
    const report = run.report;
    expect(report?.repeat).toBe(REPEATS);
    expect(report?.heatmap?.variants).toEqual(['temperature=0', 'temperature=0.5', 'temperature=1']);
    const rates = report?.heatmap?.success_rate[0] ?? [];
    TEMPERATURES.forEach((temperature, i) => {
      const expected = temperamentalAccuracy(temperature);
      // Four standard errors of a proportion over ROWS × REPEATS draws: a false alarm about once in 16,000.
      const tolerance = 4 * Math.sqrt((expected * (1 - expected)) / (ROWS * REPEATS));
      expect(Math.abs((rates[i] ?? NaN) - expected)).toBeLessThanOrEqual(tolerance);
    });
    expect(rates[0]).toBe(1);
    // Seeds vary per repeat, so repeats at a temperature above 0 disagree.
    const hot = report?.models.find((m) => m.variant === 'temperature=1');
    expect(new Set(hot?.results.map((r) => r.seed))).toEqual(
      new Set(Array.from({ length: REPEATS }, (_, r) => 1 + r)),
    );
    expect(hot?.accuracy_interval_method).toBe('bootstrap_wilson_floor');
    expect(hot?.pass_at_k?.['10']).toBeGreaterThan(hot?.pass_at_k?.['1'] ?? 1);
  });
});

function cli(args: string[]) {
  return runCliIn(fake.hostPort, args);
}

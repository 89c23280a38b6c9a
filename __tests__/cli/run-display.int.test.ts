/**
 * What the console shows during and after `exbench ollama-bench` without a terminal (a CI log):
 * discovery with `--models all`, progress lines, failing rows listed after each model, the table
 * in leaderboard order.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliIn } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { echoModel } from '../support/scripted-models.js';

let fake: FakeOllama;
let benchmark: string;

beforeAll(async () => {
  fake = await startFakeOllama({
    models: [
      echoModel('exbench/yes:latest', 'yes'),
      echoModel('exbench/no:latest', 'no'),
      { ...echoModel('exbench/embed:latest', ''), capabilities: ['embedding'] },
    ],
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'exbench-display-'));
  benchmark = path.join(dir, 'yes.yaml');
  const rows = Array.from(
    { length: 12 },
    (_, i) => `  - dynamic_variables: { n: "${i}" }\n    expectation: "yes"\n`,
  );
  writeFileSync(
    benchmark,
    `benchmark_name: "Yes"\npurpose: "p"\nbase_prompt: "Say yes ({{n}})"\nevaluator: "raw_string_evaluator"\nprompts:\n${rows.join('')}`,
  );
});
afterAll(() => fake.close());

describe('the run display without a terminal', () => {
  it('runs every model the server has, skips the embedding model with a note, and lists failing rows', async () => {
    const run = await runCliIn(fake.hostPort, [
      'ollama-bench',
      '--models',
      'all',
      '--show-failures',
      '2',
      benchmark,
    ]);
    expect(run.status).toBe(0);
    expect(run.report?.models.map((m) => [m.model, m.status])).toEqual([
      ['exbench/embed:latest', 'skipped'],
      ['exbench/no:latest', 'completed'],
      ['exbench/yes:latest', 'completed'],
    ]);
    expect(run.stderr).toContain(
      'exbench/embed:latest: skipped, it cannot generate text (its capabilities: embedding)',
    );
    expect(run.stderr).toContain('exbench/yes:latest: 12/12 rows (100%), 12 passed');
    expect(run.stderr).toContain('exbench/no:latest: 12 of 12 rows did not pass:');
    expect(run.stderr).toMatch(/ {2}row 1 \(line \d+\): failed — /);
    expect(run.stderr).toContain('… and 10 more (see them all with --show-failures all, or in the report)');
    expect(run.stderr).not.toContain('\x1B[');
    // The table: best first.
    const tableRows = run.stdout.split('\n').filter((line) => /^(\d+|–)\s+exbench\//.test(line));
    expect(tableRows.map((line) => line.split(/\s+/).slice(0, 2))).toEqual([
      ['1', 'exbench/yes:latest'],
      ['2', 'exbench/no:latest'],
      ['–', 'exbench/embed:latest'],
    ]);
  });

  it('prints no progress lines with --quiet', async () => {
    const run = await runCliIn(fake.hostPort, ['ollama-bench', '--quiet', 'exbench/yes', benchmark]);
    expect(run.status).toBe(0);
    expect(run.stderr).not.toContain('rows (');
  });
});

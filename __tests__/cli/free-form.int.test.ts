/**
 * Free-form prompt sets end to end through `exbench ollama-bench`: the real Ollama client over HTTP
 * against the project's Ollama-compatible server, a YAML set judged by heuristic checks, a plain
 * prompts.txt judged by nothing, and bad check parameters stopped before any request.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Report } from '../../src/report/report-schema.js';
import { runCliIn, type CliRun } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { FREE_FORM_ANSWERS, freeFormModels, PLAIN_REPLY } from '../support/free-form-models.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/free-form');
const ANSWERS = path.join(FIXTURES, 'answers.yaml');
const PROMPTS = path.join(FIXTURES, 'prompts.txt');

let fake: FakeOllama;
/** The same models, five times slower. */
let slow: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama({ models: freeFormModels() });
  slow = await startFakeOllama({ models: freeFormModels(10) });
});
afterAll(async () => {
  await fake.close();
  await slow.close();
});

function cli(args: string[]): Promise<CliRun> {
  return runCliIn(fake.hostPort, args);
}

const byModel = (report: Report | null, model: string) => report?.models.find((m) => m.model === model);

/** A file of its own in a fresh folder, for the bad-parameter cases. */
function benchmarkFile(text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-free-form-')), 'bad.yaml');
  writeFileSync(file, text);
  return file;
}

describe('exbench ollama-bench with heuristic checks', () => {
  it('passes every row of the obliging model and fails each check of the contrary one, naming it', async () => {
    const run = await cli(['ollama-bench', 'exbench/obliging', 'exbench/contrary', ANSWERS]);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.report?.evaluator).toBe('not_contains');

    const obliging = byModel(run.report, 'exbench/obliging');
    expect(obliging).toMatchObject({ accuracy: 1, correct_count: 6, incorrect_count: 0 });
    expect(obliging?.results.map((r) => r.status)).toEqual(Array(6).fill('passed'));

    const contrary = byModel(run.report, 'exbench/contrary');
    expect(contrary).toMatchObject({ accuracy: 0, correct_count: 0, incorrect_count: 6 });
    expect(contrary?.results.map((r) => r.reason)).toEqual([
      'json_keys [name, age]: missing "age"',
      expect.stringMatching(/^json_parse: not valid JSON \(/),
      'regex /^\\d{4}$/: no match',
      'contains (any case) "paris": missing "paris"',
      'max_length 5 words: 9 words, more than 5',
      'not_contains (any case) "As an AI", "I cannot": found "As an AI", "I cannot"',
    ]);
    // The row's checks in words stand where an expectation would.
    expect(contrary?.results[0]?.expected_result).toBe('json_parse; json_keys [name, age]');
    expect(contrary?.results[5]?.expected_result).toBe('not_contains (any case) "As an AI", "I cannot"');
    // Every answer is kept, passing or failing.
    expect(contrary?.results.map((r) => r.prompt_response.response)).toEqual(
      FREE_FORM_ANSWERS.map((a) => a.fail),
    );
    expect(obliging?.results.map((r) => r.prompt_response.response)).toEqual(
      FREE_FORM_ANSWERS.map((a) => a.pass),
    );
    expect(run.stdout).toMatch(/exbench\/obliging\s+100\.0%/);
    expect(run.stdout).toMatch(/exbench\/contrary\s+0\.0%/);
  });

  it.each([
    [
      'json_keys without keys',
      'evaluator: none\nprompts:\n  - dynamic_variables: {task: a}\n    checks: [{check: json_keys}]\n',
      /bad\.yaml:6: prompts\[0\]\.checks\[0\]: json_keys needs keys: a list of the keys the JSON must have$/m,
    ],
    [
      'a regex RE2 cannot compile',
      "evaluator: none\nprompts:\n  - dynamic_variables: {task: a}\n    checks: {check: regex, pattern: 'a(b'}\n",
      /bad\.yaml:6: prompts\[0\]\.checks\.pattern: not a regular expression RE2 accepts \(.*missing closing \)/,
    ],
    [
      'max_length of zero words',
      'evaluator: max_length\nevaluator_options: {words: 0}\nprompts:\n  - dynamic_variables: {task: a}\n',
      /bad\.yaml:4: evaluator_options\.words: expected a positive whole number, got number 0$/m,
    ],
  ])('stops on %s with the file, field and line, before any request', async (_what, body, message) => {
    const before = fake.requests.length;
    const file = benchmarkFile(`benchmark_name: Bad\nbase_prompt: '{{task}}'\n${body}`);
    const run = await cli(['ollama-bench', 'exbench/obliging', file]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
    expect(run.report).toBeNull();
    expect(fake.requests.length).toBe(before);
  });
});

describe('exbench ollama-bench with a prompts.txt and nothing to judge', () => {
  it('times every prompt, keeps every answer and shows "no expectation" instead of an accuracy', async () => {
    const run = await cli(['ollama-bench', 'exbench/obliging', PROMPTS]);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.report?.benchmark_name).toBe('prompts');
    expect(run.report?.evaluator).toBe('none');
    const model = byModel(run.report, 'exbench/obliging');
    // Blank lines and comments skipped; each prompt sent as written, with its line in the file.
    expect(model?.results.map((r) => [r.input_prompt, r.yaml_line])).toEqual([
      ['Say hello.', 2],
      ['Count from one to five.', 4],
      ['Name three rivers.', 6],
    ]);
    expect(model?.results.map((r) => r.status)).toEqual(['answered', 'answered', 'answered']);
    expect(model?.results.map((r) => r.prompt_response.response)).toEqual(Array(3).fill(PLAIN_REPLY));
    expect(model).toMatchObject({ no_expectation_count: 3, correct_count: 0, incorrect_count: 0 });
    // Speed is measured (the fake reports 50 tokens/s); accuracy is not claimed either way.
    expect(model?.decode_tokens_per_second.median).toBeCloseTo(50, 0);
    expect(run.stdout).toMatch(/exbench\/obliging\s+no expectation/);
    expect(run.stdout).not.toMatch(/exbench\/obliging\s+(0|100)\.0%/);
    expect(run.stdout).not.toMatch(/did not pass/);
    expect(run.stderr).toContain('3/3 rows answered (no expectation to judge)');
    expect(run.stderr).not.toMatch(/0\/3 rows passed/);
  });

  it('refuses a prompts.txt with no prompt in it', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-free-form-')), 'empty.txt');
    writeFileSync(file, '# only a comment\n\n');
    const run = await cli(['ollama-bench', 'exbench/obliging', file]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/empty\.txt: no prompts \(expected one prompt a line/);
  });
});

describe('exbench ollama-bench --baseline with nothing to judge', () => {
  /** Eight prompts, enough answered rows for speed to be judged. */
  const manyPrompts = (): string => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-free-form-')), 'latency.txt');
    writeFileSync(file, Array.from({ length: 8 }, (_, i) => `Tell me fact number ${i + 1}.`).join('\n'));
    return file;
  };

  it('judges speed only: as fast passes, five times slower fails on decode speed', async () => {
    const prompts = manyPrompts();
    const base = await cli(['ollama-bench', 'exbench/obliging', prompts]);
    expect(base.status).toBe(0);
    const baseline = base.reportPath ?? '';

    // Speed on a shared machine is noisy: only a slowdown beyond 3x counts here.
    const same = await cli([
      'ollama-bench',
      'exbench/obliging',
      prompts,
      '--baseline',
      baseline,
      '--max-slowdown',
      '3',
    ]);
    expect(same.stderr).not.toContain('error:');
    expect(same.status).toBe(0);
    expect(same.stdout).toContain('🟢 **No regression against the baseline.**');
    // Accuracy is not judged, and says why, rather than 0.0% → 0.0%.
    expect(same.stdout).toContain(
      '| `exbench/obliging` | no expectation: the answers are timed, not judged;',
    );
    expect(same.stdout).not.toContain('0.0% →');

    const slower = await runCliIn(slow.hostPort, [
      'ollama-bench',
      'exbench/obliging',
      prompts,
      '--baseline',
      baseline,
      '--max-slowdown',
      '3',
    ]);
    expect(slower.status).toBe(1);
    expect(slower.stdout).toContain('🔴 **Regression against the baseline**');
    expect(slower.stderr).toMatch(/exbench\/obliging: decode/);
    expect(slower.stderr).not.toMatch(/accuracy/);
  });
});

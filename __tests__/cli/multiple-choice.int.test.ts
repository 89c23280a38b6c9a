/**
 * `exbench ollama-bench MODEL questions.csv` end to end: the fixtures' 20 questions in three layouts,
 * scripted models answering in every letter style, through the real CLI, engine and report.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report/report-schema.js';
import { runCliIn, type CliRun } from '../support/cli-run.js';
import { CHOICE_FIXTURES, CHOICE_MODELS } from '../support/choice-models.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const FIXTURES = CHOICE_FIXTURES;
const WITH_HEADER = path.join(FIXTURES, 'with-header.csv');
const HEADERLESS = path.join(FIXTURES, 'headerless.csv');
const CUSTOM_HEADER = path.join(FIXTURES, 'custom-header.yaml');

let fake: FakeOllama;

beforeAll(async () => {
  fake = await startFakeOllama({ models: CHOICE_MODELS });
});
afterAll(() => fake.close());

function cli(args: string[]): Promise<CliRun> {
  return runCliIn(fake.hostPort, ['ollama-bench', ...args, '--retries', '1']);
}

const byModel = (report: Report | null, model: string) => report?.models.find((m) => m.model === model);

describe('exbench ollama-bench on multiple-choice CSV files', () => {
  it('reads every letter style, tells a wrong letter from no option, and shows accuracy beside chance', async () => {
    const run = await cli(['mc/styles', 'mc/wrong', 'mc/evasive', WITH_HEADER]);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.report?.evaluator).toBe('multiple_choice');

    const styles = byModel(run.report, 'mc/styles');
    expect(
      styles?.results.filter((r) => !r.correct).map((r) => [r.index, r.prompt_response.response, r.reason]),
    ).toEqual([]);
    expect(styles?.multiple_choice).toMatchObject({
      questions: 20,
      correct_count: 20,
      accuracy: 1,
      chance: 0.25,
    });

    const wrong = byModel(run.report, 'mc/wrong');
    expect(wrong?.accuracy).toBe(0);
    expect(wrong?.multiple_choice?.no_choice_count).toBe(0);
    expect(wrong?.results[0]?.reason).toBe('chose C ("Marseille"), expected B ("Paris")');

    const evasive = byModel(run.report, 'mc/evasive');
    expect(evasive?.multiple_choice).toMatchObject({ correct_count: 0, no_choice_count: 20 });
    expect(evasive?.results[0]?.reason).toBe('the answer names no option (expected B ("Paris"))');

    // The default prompt lists the options and asks for the letter.
    expect(styles?.results[0]?.input_prompt).toContain('A. Lyon\nB. Paris\nC. Marseille\nD. Nice');
    expect(styles?.results[0]?.input_prompt).toContain('(A, B, C or D)');
    // The console: the usual table, then accuracy by file beside the chance level.
    expect(run.stdout).toMatch(/mc\/styles\s+100\.0%/);
    expect(run.stdout).toMatch(/Question file\s+Questions\s+Chance\s+mc\/styles\s+mc\/wrong\s+mc\/evasive/);
    expect(run.stdout).toMatch(/with-header\.csv\s+20\s+25\.0%\s+100\.0%\s+0\.0%\s+0\.0% \(20 no option\)/);
  });

  it('scores the headerless MMLU layout as the file with a header', async () => {
    const run = await cli(['mc/styles', 'mc/wrong', HEADERLESS]);
    expect(run.status).toBe(0);
    expect(byModel(run.report, 'mc/styles')?.accuracy).toBe(1);
    expect(byModel(run.report, 'mc/wrong')?.accuracy).toBe(0);
    expect(run.report?.models[0]?.results[0]?.yaml_line).toBe(1);
  });

  it('reads custom header names and the prompt template from a YAML wrapper', async () => {
    const run = await cli(['mc/styles', CUSTOM_HEADER]);
    expect(run.status).toBe(0);
    expect(run.report?.benchmark_name).toBe('General knowledge (custom columns)');
    const styles = byModel(run.report, 'mc/styles');
    expect(styles?.accuracy).toBe(1);
    expect(styles?.results[0]?.input_prompt).toBe(
      'Question: What is the capital of France?\nA. Lyon\nB. Paris\nC. Marseille\nD. Nice\nAnswer with one letter: A, B, C or D.\n',
    );
  });

  it('gives accuracy per file and overall for a folder of CSV files', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'exbench-mc-'));
    copyFileSync(WITH_HEADER, path.join(folder, 'geography.csv'));
    // Three options: chance 1/3 for these questions.
    writeFileSync(
      path.join(folder, 'three.csv'),
      'question,A,B,C,answer\nWhat is the capital of France?,Lyon,Paris,Nice,B\nHow many legs does a spider have?,Eight,Six,Ten,A\n',
    );
    const run = await cli(['mc/styles', 'mc/wrong', folder]);
    expect(run.status).toBe(0);
    const choice = byModel(run.report, 'mc/wrong')?.multiple_choice;
    expect(choice?.files.map((f) => [path.basename(f.file), f.questions, f.accuracy])).toEqual([
      ['geography.csv', 20, 0],
      ['three.csv', 2, 0],
    ]);
    expect(choice?.chance).toBeCloseTo((20 * 0.25 + 2 / 3) / 22, 10);
    expect(byModel(run.report, 'mc/styles')?.multiple_choice?.accuracy).toBe(1);
    expect(run.stdout).toMatch(/All files\s+22\s+25\.8%\s+100\.0%\s+0\.0%/);
  });

  it('refuses a malformed row, naming the file and line, before sending any request', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'exbench-mc-'));
    const bad = path.join(folder, 'bad.csv');
    writeFileSync(bad, 'question,A,B,C,D,answer\nWhat is 1+1?,1,2,3,4,B\nWhat is 2+2?,2,4,6,8,E\n');
    const before = fake.requests.length;
    const run = await cli(['mc/styles', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('bad.csv:3: answer is "E", expected one of the letters A, B, C or D');
    expect(fake.requests.length).toBe(before);
    expect(run.report).toBeNull();
  });
});

/**
 * The action bundle (see action-step.ts) with multiple-choice CSV files as its `benchmark` input: a
 * glob of two fixture layouts runs as one benchmark, scored per file in the report and the summary.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report/report-schema.js';
import { CHOICE_FIXTURES, CHOICE_MODELS } from '../support/choice-models.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { currentBundle, node24, REPO_ROOT, runActionStep } from './action-step.js';

describe('the action with multiple-choice CSV files', () => {
  let ollama: FakeOllama;
  let dir: string;
  let node: string;
  let bundle: string;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    ollama = await startFakeOllama({ models: CHOICE_MODELS });
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-action-mc-'));
  }, 600_000);
  afterAll(async () => {
    await ollama.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs a glob of CSV files as one benchmark with accuracy per file beside the chance level', async () => {
    const glob = `${path.relative(REPO_ROOT, CHOICE_FIXTURES)}/{with-header,headerless}.csv`;
    const step = await runActionStep({
      node,
      bundle,
      stepDir: dir,
      inputs: {
        models: 'mc/styles, mc/wrong',
        benchmark: glob,
        'ollama-host': ollama.hostPort,
        'report-dir': path.join(dir, 'reports'),
        comment: 'false',
      },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'exbench/test' },
    });
    expect(step.code).toBe(0);
    const report = JSON.parse(readFileSync(step.outputs['report-path'] ?? '', 'utf8')) as Report;
    expect(report.evaluator).toBe('multiple_choice');
    expect(
      report.models.map((m) => [m.model, m.multiple_choice?.files.map((f) => [f.file, f.accuracy])]),
    ).toEqual([
      [
        'mc/styles',
        [
          ['__tests__/fixtures/multiple-choice/headerless.csv', 1],
          ['__tests__/fixtures/multiple-choice/with-header.csv', 1],
        ],
      ],
      [
        'mc/wrong',
        [
          ['__tests__/fixtures/multiple-choice/headerless.csv', 0],
          ['__tests__/fixtures/multiple-choice/with-header.csv', 0],
        ],
      ],
    ]);
    expect(step.summary).toContain('| Question file | Questions | Chance | mc/styles | mc/wrong |');
    expect(step.summary).toContain('| All files | 40 | 25.0% | 100.0% (40/40) | 0.0% (0/40) |');
  }, 120_000);
});

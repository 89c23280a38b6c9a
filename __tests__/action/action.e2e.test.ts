/**
 * Runs the action bundle built from src/ (see action-step.ts) under Node 24 the way the Actions runner does: inputs
 * as `INPUT_*` variables, outputs and summary through the files the runner names, the pull request
 * from `GITHUB_EVENT_PATH`, and the GitHub API at `GITHUB_API_URL`. The Ollama and GitHub stand-ins
 * run in this process.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commentMarker, jobCommentMarker } from '../../src/adapters/github/pr-comment.js';
import { startFakeGitHub, FAKE_OWNER, FAKE_REPO, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';
import { currentBundle, node24, runActionStep, type StepResult } from './action-step.js';

const WORKFLOW = 'Benchmark PR';
const PR_NUMBER = 7;
const JOB = 'bench';
const MARKER = jobCommentMarker(WORKFLOW, JOB, '');
/** The marker of exbench before comments were keyed by job. */
const OLD_MARKER = commentMarker(WORKFLOW, 'Simple Math');

describe('the action bundle under Node 24', () => {
  let node: string;
  let bundle: string;
  let ollama: FakeOllama;
  let github: FakeGitHub;
  let dir: string;
  let run = 0;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    ollama = await startFakeOllama({ models: mathModels() });
    github = await startFakeGitHub();
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-action-e2e-'));
    writeFileSync(
      path.join(dir, 'event.json'),
      JSON.stringify({
        action: 'synchronize',
        number: PR_NUMBER,
        pull_request: {
          number: PR_NUMBER,
          head: { sha: 'a'.repeat(40), repo: { full_name: `${FAKE_OWNER}/${FAKE_REPO}` } },
          base: { repo: { name: FAKE_REPO, owner: { login: FAKE_OWNER } } },
        },
        repository: { name: FAKE_REPO, owner: { login: FAKE_OWNER } },
      }),
    );
  }, 120_000);
  afterAll(async () => {
    await ollama.close();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    github.readOnly = false;
  });

  /** Runs the step once with fresh output and summary files, like one workflow step. */
  async function runStep(inputs: Record<string, string>): Promise<StepResult> {
    run += 1;
    const stepDir = path.join(dir, `step-${run}`);
    mkdirSync(stepDir, { recursive: true });
    return runActionStep({
      node,
      bundle,
      stepDir,
      inputs: {
        models: 'exbench/right, exbench/wrong',
        benchmark: 'data/simple_math.yaml',
        'ollama-host': ollama.hostPort,
        'github-token': 'fake-token',
        'report-dir': path.join(stepDir, 'reports'),
        comment: 'true',
        timeout: '10',
        ...inputs,
      },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_REPOSITORY: `${FAKE_OWNER}/${FAKE_REPO}`,
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW: WORKFLOW,
        GITHUB_JOB: JOB,
      },
    });
  }

  const ourComments = () => github.comments.filter((c) => c.issue_number === PR_NUMBER);

  it('runs the benchmark, sets the outputs, writes the summary and comments on the pull request', async () => {
    const step = await runStep({});

    expect(step.code).toBe(0);
    const reportPath = step.outputs['report-path'] ?? '';
    expect(existsSync(reportPath)).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
      models: { model: string; accuracy: number }[];
    };
    expect(report.models.map((m) => [m.model, m.accuracy])).toEqual([
      ['exbench/right', 1],
      ['exbench/wrong', 0],
    ]);
    expect(step.outputs).toMatchObject({ accuracy: '0.5', passed: '10', failed: '10' });
    const results = JSON.parse(step.outputs['results'] ?? '[]') as { model: string; passed: number }[];
    expect(results.map((r) => [r.model, r.passed])).toEqual([
      ['exbench/right', 10],
      ['exbench/wrong', 0],
    ]);
    expect(step.outputs['summary']).toContain('| 1 | exbench/right | **100.0%** 🏆 (10/10) |');

    expect(step.summary).toContain('| Rank | Model | Accuracy (passed/total) |');
    expect(step.summary).toContain('| exbench/wrong | 0.0% (0/10) | 10 |');
    expect(step.summary).toContain('exbench/wrong: 10 rows did not pass');

    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.body).toContain(MARKER);
    expect(ourComments()[0]?.body).toContain('| 1 | exbench/right | **100.0%** 🏆 (10/10) |');
    // Outside a real runner there is no artifact service: a warning, not a failure.
    expect(step.stdout).toMatch(/::warning::Could not upload artifact "exbench-report"/);
  }, 120_000);

  it('updates the comment an earlier exbench left with its per-benchmark marker', async () => {
    github.comments.splice(0, github.comments.length);
    const old = github.seed({ issueNumber: PR_NUMBER, body: `stale results\n\n${OLD_MARKER}` });
    const step = await runStep({});

    expect(step.code).toBe(0);
    expect(ourComments()).toHaveLength(1);
    expect(ourComments()[0]?.id).toBe(old.id);
    expect(ourComments()[0]?.body).toContain(MARKER);
    expect(ourComments()[0]?.body).not.toContain(OLD_MARKER);
  }, 120_000);

  it('updates the same comment on the next run instead of adding one', async () => {
    const before = ourComments().length;
    const step = await runStep({});

    expect(step.code).toBe(0);
    expect(before).toBe(1);
    expect(ourComments()).toHaveLength(1);
    const patches = github.requests.filter((r) => r.method === 'PATCH');
    expect(patches.at(-1)?.path).toBe(
      `/repos/${FAKE_OWNER}/${FAKE_REPO}/issues/comments/${ourComments()[0]?.id}`,
    );
  }, 120_000);

  it('still succeeds with a read-only token, with a notice pointing at the job summary', async () => {
    github.readOnly = true;
    const writesBefore = github.requests.filter((r) => r.method !== 'GET').length;
    const step = await runStep({});

    expect(step.code).toBe(0);
    expect(step.stdout).toMatch(/::notice::No pull request comment \(HTTP 403/);
    expect(step.summary).toContain('| 1 | exbench/right | **100.0%** 🏆 (10/10) |');
    const rejected = github.requests.filter((r) => r.method !== 'GET').slice(writesBefore);
    expect(rejected.map((r) => r.status)).toEqual([403]);
  }, 120_000);

  it('fails the step for a model that cannot be had, after writing the report', async () => {
    const step = await runStep({ models: 'exbench/right\nexbench/missing' });

    expect(step.code).not.toBe(0);
    expect(step.stdout).toMatch(/::error::.*exbench\/missing could not be run/);
    const reportPath = step.outputs['report-path'] ?? '';
    expect(existsSync(reportPath)).toBe(true);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
      models: { model: string; status: string }[];
    };
    expect(report.models.map((m) => [m.model, m.status])).toEqual([
      ['exbench/right', 'completed'],
      ['exbench/missing', 'unavailable'],
    ]);
    expect(step.summary).toContain('| exbench/missing | unavailable');
  }, 120_000);
});

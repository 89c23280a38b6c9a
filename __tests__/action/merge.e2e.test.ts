/**
 * `mode: merge` end to end: three shard reports written by the real CLI are uploaded as this run's
 * artifacts `exbench-report-1..3` (on the GitHub stand-in); the action's final job downloads them,
 * merges them and publishes one summary and one comment with every row.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { Report } from '../../src/report/report-schema.js';
import { FAKE_OWNER, FAKE_REPO, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';
import { currentBundle, node24, REPO_ROOT, runActionStep } from './action-step.js';

const RUN_ID = 7_000_001;
const PR_NUMBER = 11;

describe('the action with mode: merge', () => {
  let node: string;
  let bundle: string;
  let ollama: FakeOllama;
  let github: FakeGitHub;
  let dir: string;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    ollama = await startFakeOllama({ models: mathModels() });
    github = await startFakeGitHub();
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-merge-e2e-'));
    github.addWorkflowRun({
      id: RUN_ID,
      workflowId: 42,
      headBranch: 'feature',
      status: 'in_progress',
      conclusion: null,
    });
    for (const shard of [1, 2, 3]) {
      const out = path.join(dir, `shard-${shard}`);
      const status = await runCli({
        argv: [
          'ollama-bench',
          'exbench/right',
          'exbench/wrong',
          path.join(REPO_ROOT, 'data/simple_math.yaml'),
          '--shard',
          `${shard}/3`,
          '--sandbox',
          'process',
          '--output-dir',
          out,
        ],
        env: { OLLAMA_HOST: ollama.hostPort },
        cwd: dir,
        stdout: () => undefined,
        stderr: () => undefined,
      });
      expect(status).toBe(0);
      const [file = ''] = readdirSync(out);
      github.addArtifact({
        runId: RUN_ID,
        name: `exbench-report-${shard}`,
        files: { [file]: readFileSync(path.join(out, file)) },
      });
    }
    // Not a leg: its name does not match the pattern.
    github.addArtifact({ runId: RUN_ID, name: 'coverage', files: { 'lcov.info': 'TN:' } });
    writeFileSync(
      path.join(dir, 'event.json'),
      JSON.stringify({
        number: PR_NUMBER,
        pull_request: {
          number: PR_NUMBER,
          head: { sha: 'c'.repeat(40), repo: { full_name: `${FAKE_OWNER}/${FAKE_REPO}` } },
          base: { ref: 'main', repo: { name: FAKE_REPO, owner: { login: FAKE_OWNER } } },
        },
        repository: { name: FAKE_REPO, owner: { login: FAKE_OWNER } },
      }),
    );
  }, 240_000);
  afterAll(async () => {
    await ollama.close();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('merges the legs into one report and publishes one summary and one comment', async () => {
    const stepDir = path.join(dir, 'merge-step');
    mkdirSync(stepDir);
    const step = await runActionStep({
      node,
      bundle,
      stepDir,
      inputs: {
        mode: 'merge',
        'github-token': 'fake-token',
        'report-dir': path.join(stepDir, 'reports'),
        'artifact-name': 'exbench-report-merged',
      },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_REPOSITORY: `${FAKE_OWNER}/${FAKE_REPO}`,
        GITHUB_API_URL: github.url,
        GITHUB_RUN_ID: String(RUN_ID),
        GITHUB_WORKFLOW: 'Bench',
        GITHUB_JOB: 'merge',
      },
    });
    expect(step.stdout).toMatch(
      /matching "exbench-report-\*": exbench-report-1, exbench-report-2, exbench-report-3\./,
    );
    expect(step.code).toBe(0);
    const report = JSON.parse(readFileSync(step.outputs['report-path'] ?? '', 'utf8')) as Report;
    expect(report.merged_from?.map((m) => m.shard?.index)).toEqual([1, 2, 3]);
    expect(report.models.map((m) => [m.model, m.results.map((r) => r.index)])).toEqual([
      ['exbench/right', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
      ['exbench/wrong', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]],
    ]);
    expect(step.summary).toContain('| exbench/right | **100.0%** 🏆 (10/10) |');
    const comments = github.comments.filter((c) => c.issue_number === PR_NUMBER);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('| exbench/wrong | 0.0% (0/10) |');
  }, 240_000);
});

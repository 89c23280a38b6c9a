/**
 * The action's history: with `publish`, a run on the default branch stores its report and the
 * dashboard on the branch (a local bare repository as the remote, through a file:// server URL),
 * a pull request's run is not recorded but its comment shows the trend from that history.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { historyIndexSchema } from '../../src/report/history-index.js';
import { FAKE_OWNER, FAKE_REPO, startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';
import { currentBundle, node24, runActionStep, type StepResult } from './action-step.js';

const PR_NUMBER = 9;

describe('the action with publish: gh-pages', () => {
  let node: string;
  let bundle: string;
  let ollama: FakeOllama;
  let github: FakeGitHub;
  let dir: string;
  let remote: string;
  let steps = 0;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    ollama = await startFakeOllama({ models: mathModels() });
    github = await startFakeGitHub();
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-history-e2e-'));
    remote = path.join(dir, 'server', FAKE_OWNER, `${FAKE_REPO}.git`);
    mkdirSync(path.dirname(remote), { recursive: true });
    execFileSync('git', ['init', '--bare', '-q', remote]);
    const repository = { name: FAKE_REPO, owner: { login: FAKE_OWNER }, default_branch: 'main' };
    writeFileSync(path.join(dir, 'push.json'), JSON.stringify({ ref: 'refs/heads/main', repository }));
    writeFileSync(
      path.join(dir, 'pr.json'),
      JSON.stringify({
        action: 'synchronize',
        number: PR_NUMBER,
        pull_request: {
          number: PR_NUMBER,
          head: { sha: 'b'.repeat(40), repo: { full_name: `${FAKE_OWNER}/${FAKE_REPO}` } },
          base: { ref: 'main', repo: { name: FAKE_REPO, owner: { login: FAKE_OWNER } } },
        },
        repository,
      }),
    );
  }, 180_000);
  afterAll(async () => {
    await ollama.close();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function step(event: 'push' | 'pr', sha: string): Promise<StepResult> {
    steps += 1;
    const stepDir = path.join(dir, `step-${steps}`);
    mkdirSync(stepDir, { recursive: true });
    return runActionStep({
      node,
      bundle,
      stepDir,
      inputs: {
        models: 'exbench/right, exbench/wrong',
        benchmark: 'data/simple_math.yaml',
        'ollama-host': ollama.hostPort,
        'github-token': 'ghs_historytoken123',
        'report-dir': path.join(stepDir, 'reports'),
        sandbox: 'process',
        publish: 'gh-pages',
        'publish-dir': 'bench',
      },
      env: {
        GITHUB_EVENT_NAME: event === 'push' ? 'push' : 'pull_request',
        GITHUB_EVENT_PATH: path.join(dir, event === 'push' ? 'push.json' : 'pr.json'),
        GITHUB_REF: event === 'push' ? 'refs/heads/main' : `refs/pull/${PR_NUMBER}/merge`,
        GITHUB_SHA: sha,
        GITHUB_RUN_ID: String(1000 + steps),
        GITHUB_REPOSITORY: `${FAKE_OWNER}/${FAKE_REPO}`,
        GITHUB_SERVER_URL: pathToFileURL(path.join(dir, 'server')).href,
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW: 'Bench',
        GITHUB_JOB: 'bench',
      },
    });
  }

  const git = (...args: string[]) =>
    execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });

  it('records runs on the default branch, creating the branch, and never logs the token', async () => {
    const first = await step('push', '1'.repeat(40));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/History: 1 run\(s\) on the branch \(created\)/);
    const second = await step('push', '2'.repeat(40));
    expect(second.code).toBe(0);
    const index = historyIndexSchema().parse(JSON.parse(git('show', 'gh-pages:bench/data/index.json')));
    expect(index.entries.map((e) => e.commit?.slice(0, 1))).toEqual(['1', '2']);
    expect(index.entries[0]?.models.map((m) => [m.model, m.accuracy])).toEqual([
      ['exbench/right', 1],
      ['exbench/wrong', 0],
    ]);
    expect(git('ls-tree', '--name-only', 'gh-pages:bench')).toContain('index.html');
    // Only in the runner's masking command, which hides it everywhere else in the log.
    const logged = `${first.stdout}${second.stdout}`.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(logged.join('\n')).not.toContain('ghs_historytoken123');
  }, 240_000);

  it('does not record a pull request run, but shows the trend in its comment', async () => {
    const before = git('rev-parse', 'gh-pages');
    const run = await step('pr', '3'.repeat(40));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/History not recorded: "pull_request" runs are not recorded/);
    expect(git('rev-parse', 'gh-pages')).toBe(before);
    const comment = github.comments.find((c) => c.issue_number === PR_NUMBER);
    expect(comment?.body).toContain('### Trend');
    expect(comment?.body).toContain('| exbench/right | `███` | 100.0% | level with the best recorded run |');
    expect(comment?.body).toContain('| exbench/wrong | `▁▁▁` | 0.0% | level with the best recorded run |');
  }, 240_000);
});

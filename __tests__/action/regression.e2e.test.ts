/**
 * The regression gate end to end, through the action bundle built from src/ (see action-step.ts) under Node 24: a
 * base run on `main` writes its report, the fake GitHub serves it as that run's artifact, and a
 * pull request run with `baseline: auto` finds, downloads and compares it. The head run talks to a
 * second fake Ollama on which `exbench/right` now answers wrong.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, FAKE_OWNER, FAKE_REPO, type FakeGitHub } from '../support/fake-github.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';
import { currentBundle, node24, runActionStep, type StepResult } from './action-step.js';

const WORKFLOW = 'Benchmark PR';
const WORKFLOW_ID = 31_337;
const PR_NUMBER = 12;
const CURRENT_RUN = 8_000_123;
const BASE_SHA = 'c0ffee'.padEnd(40, '0');

/** The same model names, but `exbench/right` now answers like `exbench/wrong`. */
function regressedModels() {
  const models = mathModels();
  const wrong = models.find((m) => m.name === 'exbench/wrong:latest');
  if (!wrong) throw new Error('no exbench/wrong in mathModels()');
  return models
    .filter((m) => m.name !== 'exbench/right:latest')
    .concat({ ...wrong, name: 'exbench/right:latest' });
}

interface ReportJson {
  benchmark_name: string;
  started_at: string;
  ollama: { version: string | null };
  environment: { cpu: { model: string | null } } | null;
}

interface ComparisonOutput {
  baseline: string;
  regressed: boolean;
  regressions: string[];
  environment: { speedComparable: boolean; reasons: string[] };
  models: { model: string; verdict: string; speed: { verdict: string }[] }[];
}

describe('the regression gate in the action bundle', () => {
  let node: string;
  let bundle: string;
  let baseOllama: FakeOllama;
  let headOllama: FakeOllama;
  let github: FakeGitHub;
  let dir: string;
  let step = 0;
  /** The report the base run wrote, as text. */
  let baseReport: string;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    baseOllama = await startFakeOllama({ models: mathModels() });
    headOllama = await startFakeOllama({ models: regressedModels() });
    github = await startFakeGitHub();
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-regression-e2e-'));
    writeFileSync(
      path.join(dir, 'pr-event.json'),
      JSON.stringify({
        action: 'synchronize',
        number: PR_NUMBER,
        pull_request: {
          number: PR_NUMBER,
          head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: `${FAKE_OWNER}/${FAKE_REPO}` } },
          base: { ref: 'main', sha: BASE_SHA, repo: { name: FAKE_REPO, owner: { login: FAKE_OWNER } } },
        },
        repository: { name: FAKE_REPO, owner: { login: FAKE_OWNER } },
      }),
    );
    writeFileSync(
      path.join(dir, 'push-event.json'),
      JSON.stringify({
        ref: 'refs/heads/main',
        repository: { name: FAKE_REPO, owner: { login: FAKE_OWNER } },
      }),
    );

    // The base branch's run: the right model answers right.
    const base = await runStep({ ollama: baseOllama, event: 'push', inputs: {} });
    expect(base.code).toBe(0);
    baseReport = readFileSync(base.outputs['report-path'] ?? '', 'utf8');
  }, 180_000);
  afterAll(async () => {
    await baseOllama.close();
    await headOllama.close();
    await github.close();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => {
    github.workflowRuns.splice(0);
    github.artifacts.splice(0);
    github.comments.splice(0);
    github.addWorkflowRun({
      id: CURRENT_RUN,
      workflowId: WORKFLOW_ID,
      headBranch: 'feature',
      event: 'pull_request',
      status: 'in_progress',
      conclusion: null,
    });
  });

  async function runStep(options: {
    ollama: FakeOllama;
    event: 'push' | 'pull_request';
    inputs: Record<string, string>;
  }): Promise<StepResult> {
    step += 1;
    const stepDir = path.join(dir, `step-${step}`);
    mkdirSync(stepDir, { recursive: true });
    return runActionStep({
      node,
      bundle,
      stepDir,
      inputs: {
        models: 'exbench/right',
        benchmark: 'data/simple_math.yaml',
        'ollama-host': options.ollama.hostPort,
        'github-token': 'fake-token',
        'report-dir': path.join(stepDir, 'reports'),
        ...options.inputs,
      },
      env: {
        GITHUB_EVENT_NAME: options.event,
        GITHUB_EVENT_PATH: path.join(dir, `${options.event === 'push' ? 'push' : 'pr'}-event.json`),
        GITHUB_REPOSITORY: `${FAKE_OWNER}/${FAKE_REPO}`,
        GITHUB_API_URL: github.url,
        GITHUB_WORKFLOW: WORKFLOW,
        GITHUB_RUN_ID: String(CURRENT_RUN),
      },
    });
  }

  /** A successful run of the workflow on `main` whose artifact holds `report`. */
  function serveBaseRun(report: string, runNumber = 41): void {
    const run = github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      headSha: BASE_SHA,
      runNumber,
    });
    const parsed = JSON.parse(report) as ReportJson;
    github.addArtifact({
      runId: run.id,
      name: 'exbench-report',
      files: { [`Simple_Math_${parsed.started_at.replace(/[:.]/g, '-')}.json`]: report },
    });
  }

  /** The messages of the step's `::error::` (or other) annotations, decoded as the runner does. */
  const annotations = (result: StepResult, level: 'error' | 'warning' | 'notice') =>
    result.stdout
      .split('\n')
      .filter((line) => line.startsWith(`::${level}::`))
      .map((line) =>
        line
          .slice(level.length + 4)
          .replace(/%0D/g, '\r')
          .replace(/%0A/g, '\n')
          .replace(/%25/g, '%'),
      );
  const comparisonOf = (result: StepResult) =>
    JSON.parse(result.outputs['comparison'] ?? 'null') as ComparisonOutput[];
  const prComment = () => github.comments.find((c) => c.issue_number === PR_NUMBER)?.body ?? '';

  it('records the machine it measured on in the base report', () => {
    const report = JSON.parse(baseReport) as ReportJson;

    expect(report.environment?.cpu.model).toEqual(expect.any(String));
    expect(report.ollama.version).toBe('0.12.3');
  });

  it("fails a pull request whose model got worse than on the base branch's last run, after commenting", async () => {
    serveBaseRun(baseReport);

    const result = await runStep({ ollama: headOllama, event: 'pull_request', inputs: { baseline: 'auto' } });

    expect(result.code).not.toBe(0);
    // One annotation, a line per regressed figure (a noisy TTFT could add a line of its own).
    expect(annotations(result, 'error')).toContainEqual(
      expect.stringMatching(/^exbench\/right: accuracy 100\.0% → 0\.0% \(10 row\(s\) worse, 0 better, p = /),
    );
    expect(result.outputs['regressed']).toBe('true');
    const [comparison] = comparisonOf(result);
    expect(comparison?.baseline).toBe('main @ c0ffee0 (run #41)');
    expect(comparison?.models.map((m) => [m.model, m.verdict])).toEqual([['exbench/right', 'regressed']]);

    const body = prComment();
    expect(body).toContain('Regression against the baseline');
    expect(body).toMatch(/\| `exbench\/right` \| 100\.0% → 0\.0% .*\| 🔴 regressed \|/);
    expect(body).toContain('Baseline: main @ c0ffee0 (run #41)');
    // The comparison comes first; this run's own results follow.
    expect(body.indexOf('comparison with the baseline')).toBeLessThan(body.indexOf('exbench results'));
    expect(result.summary).toContain('🔴 regressed');
    expect(result.summary.indexOf('comparison with the baseline')).toBeLessThan(
      result.summary.indexOf('exbench results'),
    );
  }, 120_000);

  it('shows speed as not comparable when the base ran on another machine and Ollama version', async () => {
    const moved = JSON.parse(baseReport) as ReportJson;
    moved.ollama.version = '0.9.0';
    if (moved.environment) moved.environment.cpu.model = 'Some Other CPU @ 2.10GHz';
    serveBaseRun(JSON.stringify(moved));

    // Head answers as right as base did: only the machine differs.
    const result = await runStep({ ollama: baseOllama, event: 'pull_request', inputs: { baseline: 'auto' } });

    expect(result.code).toBe(0);
    expect(result.outputs['regressed']).toBe('false');
    const [comparison] = comparisonOf(result);
    expect(comparison?.environment.speedComparable).toBe(false);
    expect(comparison?.environment.reasons).toEqual(
      expect.arrayContaining(['Ollama: 0.9.0 → 0.12.3', expect.stringMatching(/^CPU: Some Other CPU/)]),
    );
    expect(comparison?.models[0]?.speed.map((s) => s.verdict)).toEqual([
      'not comparable',
      'not comparable',
      'not comparable',
    ]);
    expect(prComment()).toContain('Speed not comparable');
    expect(prComment()).toContain('Ollama: 0.9.0 → 0.12.3');
  }, 120_000);

  it('compares with a report file and only warns outside a pull request (fail-on-regression defaults to false)', async () => {
    const file = path.join(dir, 'base-report.json');
    writeFileSync(file, baseReport);
    const requestsBefore = github.requests.length;

    const result = await runStep({ ollama: headOllama, event: 'push', inputs: { baseline: file } });

    expect(result.code).toBe(0);
    expect(result.outputs['regressed']).toBe('true');
    expect(annotations(result, 'warning')).toContainEqual(
      expect.stringMatching(
        /^Regression \(not failing: fail-on-regression is false\):\nexbench\/right: accuracy 100\.0% → 0\.0%/,
      ),
    );
    expect(result.summary).toContain('🔴 regressed');
    expect(github.requests.slice(requestsBefore).filter((r) => r.path.includes('/actions/'))).toEqual([]);
  }, 120_000);

  it('reports its own figures with a notice when the base branch has no successful run', async () => {
    const result = await runStep({ ollama: headOllama, event: 'pull_request', inputs: { baseline: 'auto' } });

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /::notice::No comparison with a baseline: no successful run of this workflow on "main" yet/,
    );
    expect(result.outputs['regressed']).toBe('false');
    expect(result.outputs['comparison']).toBe('[]');
    expect(prComment()).toContain('| exbench/right | 0.0% (0/10) |');
  }, 120_000);

  it('reports its own figures with a notice when the token may not read Actions', async () => {
    serveBaseRun(baseReport);
    github.actionsForbidden = true;
    try {
      const result = await runStep({
        ollama: headOllama,
        event: 'pull_request',
        inputs: { baseline: 'auto' },
      });

      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/::notice::No comparison with a baseline: .*HTTP 403.*"actions: read"/);
    } finally {
      github.actionsForbidden = false;
    }
  }, 120_000);

  it('can be told not to fail a pull request on a regression', async () => {
    serveBaseRun(baseReport);

    const result = await runStep({
      ollama: headOllama,
      event: 'pull_request',
      inputs: { baseline: 'auto', 'fail-on-regression': 'false' },
    });

    expect(result.code).toBe(0);
    expect(result.outputs['regressed']).toBe('true');
  }, 120_000);
});

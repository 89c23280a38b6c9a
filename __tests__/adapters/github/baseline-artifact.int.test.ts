/**
 * The baseline lookup against the fake GitHub, downloading with the real @actions/artifact client:
 * it reads GITHUB_API_URL when @actions/github loads, so the fake starts first and the modules are
 * imported after.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFakeGitHub, FAKE_OWNER, FAKE_REPO } from '../../support/fake-github.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const github = await startFakeGitHub();
process.env['GITHUB_API_URL'] = github.url;
process.env['NO_PROXY'] = '127.0.0.1,localhost';
const { getOctokit } = await import('@actions/github');
const { downloadBaselineArtifact } = await import('../../../src/adapters/github/baseline-artifact.js');
type Downloader = NonNullable<Parameters<typeof downloadBaselineArtifact>[0]['downloader']>;

const WORKFLOW_ID = 4242;
const CURRENT_RUN = 777_000;
const REPORT = JSON.stringify({ benchmark_name: 'Simple Math', models: [] });

describe('downloadBaselineArtifact', () => {
  const dirs: string[] = [];
  const octokit = getOctokit('fake-token');
  let logger: RecordingLogger;

  beforeEach(() => {
    github.workflowRuns.splice(0);
    github.artifacts.splice(0);
    github.actionsForbidden = false;
    logger = new RecordingLogger();
    github.addWorkflowRun({
      id: CURRENT_RUN,
      workflowId: WORKFLOW_ID,
      headBranch: 'feature',
      event: 'pull_request',
      status: 'in_progress',
      conclusion: null,
    });
  });
  afterAll(async () => {
    await github.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const lookup = (extra: { downloader?: Downloader; artifactName?: string } = {}) => {
    const directory = mkdtempSync(path.join(tmpdir(), 'exbench-baseline-'));
    dirs.push(directory);
    return downloadBaselineArtifact({
      octokit,
      owner: FAKE_OWNER,
      repo: FAKE_REPO,
      runId: CURRENT_RUN,
      baseRef: 'main',
      artifactName: extra.artifactName ?? 'exbench-report',
      token: 'fake-token',
      directory,
      logger,
      ...(extra.downloader ? { downloader: extra.downloader } : {}),
    });
  };

  it('downloads and extracts the artifact of the newest successful run on the base branch', async () => {
    const older = github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      runNumber: 10,
      createdAt: '2025-01-01T00:00:00Z',
    });
    const newest = github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      runNumber: 12,
      headSha: 'b'.repeat(40),
      createdAt: '2025-01-03T00:00:00Z',
    });
    github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      runNumber: 13,
      conclusion: 'failure',
      createdAt: '2025-01-04T00:00:00Z',
    });
    github.addWorkflowRun({ workflowId: 99, headBranch: 'main', createdAt: '2025-01-05T00:00:00Z' });
    github.addArtifact({ runId: older.id, name: 'exbench-report', files: { 'old.json': '{}' } });
    github.addArtifact({
      runId: newest.id,
      name: 'exbench-report',
      files: { 'Simple_Math.json': REPORT, 'nested/ünïcode.json': '[1]' },
    });

    const result = await lookup();

    expect(result).toMatchObject({
      found: true,
      run: { id: newest.id, runNumber: 12, headSha: 'b'.repeat(40), branch: 'main' },
      artifactName: 'exbench-report',
    });
    if (!result.found) throw new Error(result.reason);
    expect(readFileSync(path.join(result.directory, 'Simple_Math.json'), 'utf8')).toBe(REPORT);
    expect(readFileSync(path.join(result.directory, 'nested', 'ünïcode.json'), 'utf8')).toBe('[1]');
    const listed = github.requests.find((r) => r.path.endsWith(`/workflows/${WORKFLOW_ID}/runs`));
    expect(listed?.query).toMatchObject({ branch: 'main', status: 'success' });
    expect(github.requests.map((r) => r.status)).toContain(302);
  });

  it('skips a newer run that kept no such artifact and uses an older one', async () => {
    const older = github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      createdAt: '2025-01-01T00:00:00Z',
    });
    const newer = github.addWorkflowRun({
      workflowId: WORKFLOW_ID,
      headBranch: 'main',
      createdAt: '2025-01-02T00:00:00Z',
    });
    github.addArtifact({ runId: newer.id, name: 'something-else', files: { 'x.txt': 'x' } });
    github.addArtifact({ runId: older.id, name: 'exbench-report', files: { 'r.json': REPORT } });

    const result = await lookup();

    expect(result).toMatchObject({ found: true, run: { id: older.id } });
  });

  it('looks for the artifact under the name the upload made safe', async () => {
    const run = github.addWorkflowRun({ workflowId: WORKFLOW_ID, headBranch: 'main' });
    github.addArtifact({ runId: run.id, name: 'bench-linux-x64', files: { 'r.json': REPORT } });

    const result = await lookup({ artifactName: 'bench:linux/x64' });

    expect(result).toMatchObject({ found: true, artifactName: 'bench-linux-x64' });
  });

  it('says so when the base branch has no successful run', async () => {
    github.addWorkflowRun({ workflowId: WORKFLOW_ID, headBranch: 'main', conclusion: 'failure' });

    expect(await lookup()).toEqual({
      found: false,
      reason: 'no successful run of this workflow on "main" yet',
    });
  });

  it('says so when no run kept the artifact, or it expired', async () => {
    const run = github.addWorkflowRun({ workflowId: WORKFLOW_ID, headBranch: 'main' });

    expect(await lookup()).toEqual({
      found: false,
      reason:
        'none of the last 1 successful run of this workflow on "main" has an artifact named "exbench-report"',
    });

    github.addArtifact({ runId: run.id, name: 'exbench-report', files: { 'r.json': REPORT }, expired: true });
    expect(await lookup()).toEqual({
      found: false,
      reason:
        'the artifact "exbench-report" of the last 1 successful run of this workflow on "main" has expired',
    });
  });

  it('gives the status and the permission it needs when the token may not read Actions', async () => {
    github.actionsForbidden = true;

    const result = await lookup();

    expect(result.found).toBe(false);
    if (result.found) return;
    expect(result.reason).toMatch(/^could not look up this workflow run 777000: HTTP 403: /);
    expect(result.reason).toContain('"actions: read"');
  });

  it('gives the reason when the download fails', async () => {
    const run = github.addWorkflowRun({ workflowId: WORKFLOW_ID, headBranch: 'main' });
    github.addArtifact({ runId: run.id, name: 'exbench-report', files: { 'r.json': REPORT } });
    const downloader: Downloader = {
      downloadArtifact: () => Promise.reject(new Error('Unable to download and extract artifact: boom')),
    };

    const result = await lookup({ downloader });

    expect(result).toEqual({
      found: false,
      reason: expect.stringMatching(
        /^could not download artifact "exbench-report" of run .*: Unable to .*boom$/,
      ),
    });
  });

  it('passes the run and the token to the downloader, to find the artifact in another run', async () => {
    const run = github.addWorkflowRun({ workflowId: WORKFLOW_ID, headBranch: 'main' });
    const artifact = github.addArtifact({
      runId: run.id,
      name: 'exbench-report',
      files: { 'r.json': REPORT },
    });
    const calls: unknown[] = [];
    const downloader: Downloader = {
      downloadArtifact: (id, options) => {
        calls.push([id, options.findBy]);
        return Promise.resolve({ downloadPath: options.path });
      },
    };

    await lookup({ downloader });

    expect(calls).toEqual([
      [
        artifact.id,
        {
          token: 'fake-token',
          workflowRunId: run.id,
          repositoryOwner: FAKE_OWNER,
          repositoryName: FAKE_REPO,
        },
      ],
    ]);
  });
});

/**
 * Finds the reports of the pull request's base branch: the newest successful run of this workflow
 * on the base branch that kept an artifact of the given name, downloaded through the public REST
 * API. Never throws for what GitHub answers: a missing run or artifact, or a token that may not
 * read Actions, comes back as a reason for the caller to show as a notice.
 */
import { DefaultArtifactClient } from '@actions/artifact';
import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import { safeArtifactName } from './artifact-name.js';
import { httpStatus } from './http-status.js';

// Type aliases, not interfaces: Octokit's parameter types carry an index signature.
type GetWorkflowRunParams = { owner: string; repo: string; run_id: number };
type ListWorkflowRunsParams = {
  owner: string;
  repo: string;
  workflow_id: number;
  branch: string;
  status: 'success';
  per_page: number;
};
type ListRunArtifactsParams = { owner: string; repo: string; run_id: number; name: string; per_page: number };

/** The fields of a workflow run we read (a subset of GitHub's response). */
export interface WorkflowRunSummary {
  id: number;
  run_number?: number;
  head_sha?: string;
  head_branch?: string | null;
  html_url?: string;
  created_at?: string;
}

export interface RunArtifact {
  id: number;
  name: string;
  expired?: boolean;
  size_in_bytes?: number;
}

/** The part of an Octokit (e.g. from `getOctokit`) this adapter uses. */
export interface BaselineLookupClient {
  rest: {
    actions: {
      getWorkflowRun(params: GetWorkflowRunParams): Promise<{ data: { workflow_id: number } }>;
      listWorkflowRuns(
        params: ListWorkflowRunsParams,
      ): Promise<{ data: { workflow_runs: WorkflowRunSummary[] } }>;
      listWorkflowRunArtifacts(
        params: ListRunArtifactsParams,
      ): Promise<{ data: { artifacts: RunArtifact[] } }>;
    };
  };
}

/** The part of @actions/artifact's client used to download another run's artifact; tests may pass a fake. */
export interface ArtifactDownloader {
  downloadArtifact(
    artifactId: number,
    options: {
      path: string;
      findBy: { token: string; workflowRunId: number; repositoryOwner: string; repositoryName: string };
    },
  ): Promise<{ downloadPath?: string }>;
}

export interface BaselineArtifactOptions {
  octokit: BaselineLookupClient;
  /** The repository the workflow runs in. */
  owner: string;
  repo: string;
  /** This run (GITHUB_RUN_ID): its workflow is the one whose base-branch runs are searched. */
  runId: number;
  /** The pull request's base branch, e.g. `main`. */
  baseRef: string;
  /** As given in the `artifact-name` input; made safe the way the upload made it. */
  artifactName: string;
  /** Used again by the downloader; needs `actions: read`. */
  token: string;
  /** Where the artifact is extracted. */
  directory: string;
  logger: Logger;
  downloader?: ArtifactDownloader;
  /** How many of the newest successful runs to search for the artifact. */
  maxRuns?: number;
}

/** The base run whose artifact was downloaded. */
export interface BaselineRun {
  id: number;
  runNumber: number | null;
  headSha: string | null;
  htmlUrl: string | null;
  branch: string;
}

export type BaselineArtifactResult =
  | { found: true; directory: string; run: BaselineRun; artifactName: string }
  | { found: false; reason: string };

const DEFAULT_MAX_RUNS = 10;

/**
 * Downloads the baseline artifact of the newest successful run of this workflow on `baseRef`. Runs
 * are searched newest first (up to `maxRuns`), skipping this run and runs whose artifact is gone or
 * expired, so a run that skipped the benchmark does not hide an older one that has it.
 */
export async function downloadBaselineArtifact(
  options: BaselineArtifactOptions,
): Promise<BaselineArtifactResult> {
  const { octokit, owner, repo, runId, baseRef, directory, logger } = options;
  const name = safeArtifactName(options.artifactName);
  const maxRuns = options.maxRuns ?? DEFAULT_MAX_RUNS;

  let workflowId: number;
  try {
    const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
    workflowId = data.workflow_id;
  } catch (error: unknown) {
    return notFound(`could not look up this workflow run ${runId}`, error);
  }

  let runs: WorkflowRunSummary[];
  try {
    const { data } = await octokit.rest.actions.listWorkflowRuns({
      owner,
      repo,
      workflow_id: workflowId,
      branch: baseRef,
      status: 'success',
      per_page: maxRuns + 1,
    });
    runs = data.workflow_runs.filter((run) => run.id !== runId).slice(0, maxRuns);
  } catch (error: unknown) {
    return notFound(`could not list the runs of this workflow on "${baseRef}"`, error);
  }
  if (runs.length === 0) {
    return { found: false, reason: `no successful run of this workflow on "${baseRef}" yet` };
  }

  let expired: WorkflowRunSummary | null = null;
  for (const run of runs) {
    let artifacts: RunArtifact[];
    try {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name,
        per_page: 100,
      });
      artifacts = data.artifacts.filter((artifact) => artifact.name === name);
    } catch (error: unknown) {
      return notFound(`could not list the artifacts of run ${describeRun(run)}`, error);
    }
    const artifact = artifacts.find((a) => a.expired !== true);
    if (artifact === undefined) {
      if (artifacts.length > 0) expired ??= run;
      logger.debug(`Run ${describeRun(run)} on "${baseRef}" has no artifact "${name}"; trying an older run.`);
      continue;
    }
    logger.info(
      `Baseline: artifact "${name}" (id ${artifact.id}) of run ${describeRun(run)} on "${baseRef}".`,
    );
    try {
      const downloader = options.downloader ?? new DefaultArtifactClient();
      const response = await downloader.downloadArtifact(artifact.id, {
        path: directory,
        findBy: { token: options.token, workflowRunId: run.id, repositoryOwner: owner, repositoryName: repo },
      });
      return {
        found: true,
        directory: response.downloadPath ?? directory,
        run: {
          id: run.id,
          runNumber: run.run_number ?? null,
          headSha: run.head_sha ?? null,
          htmlUrl: run.html_url ?? null,
          branch: baseRef,
        },
        artifactName: name,
      };
    } catch (error: unknown) {
      return notFound(`could not download artifact "${name}" of run ${describeRun(run)}`, error);
    }
  }
  const searched = `the last ${runs.length} successful run${runs.length === 1 ? '' : 's'} of this workflow on "${baseRef}"`;
  return {
    found: false,
    reason:
      expired === null
        ? `none of ${searched} has an artifact named "${name}"`
        : `the artifact "${name}" of ${searched} has expired`,
  };
}

function describeRun(run: WorkflowRunSummary): string {
  return run.run_number === undefined ? String(run.id) : `#${run.run_number} (id ${run.id})`;
}

function notFound(what: string, error: unknown): { found: false; reason: string } {
  const status = httpStatus(error);
  const reason = `${what}: ${status === null ? '' : `HTTP ${status}: `}${describeError(error)}`;
  // A 403 is nearly always the token: workflows that set `permissions:` must grant `actions: read`.
  const hint =
    status === 403 || status === 401
      ? ' (the github-token needs the "actions: read" permission to read other runs and their artifacts)'
      : '';
  return { found: false, reason: `${reason}${hint}` };
}

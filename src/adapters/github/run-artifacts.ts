/**
 * Downloads the artifacts of this workflow run whose names match a glob (the report artifacts of
 * a matrix's legs), through the public REST API as baseline-artifact.ts does for another run.
 */
import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import picomatch from 'picomatch';
import { ExternalError, describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import type { ArtifactDownloader, RunArtifact } from './baseline-artifact.js';
import { httpStatus } from './http-status.js';

type ListRunArtifactsParams = { owner: string; repo: string; run_id: number; per_page: number; page: number };

/** The part of an Octokit this adapter uses. */
export interface RunArtifactsClient {
  rest: {
    actions: {
      listWorkflowRunArtifacts(
        params: ListRunArtifactsParams,
      ): Promise<{ data: { total_count: number; artifacts: RunArtifact[] } }>;
    };
  };
}

export interface RunArtifactsOptions {
  octokit: RunArtifactsClient;
  owner: string;
  repo: string;
  runId: number;
  /** A glob on artifact names, e.g. `exbench-report-*`. */
  pattern: string;
  token: string;
  /** Each artifact is extracted into `<directory>/<name>`. */
  directory: string;
  logger: Logger;
  downloader?: ArtifactDownloader;
}

/**
 * The folders the matching artifacts were extracted to, by name. Throws an ExternalError naming
 * the run and the pattern when the artifacts cannot be listed or one cannot be downloaded: a merge
 * that silently left a leg out would publish wrong results.
 */
export async function downloadRunArtifacts(
  options: RunArtifactsOptions,
): Promise<{ name: string; directory: string }[]> {
  const { octokit, owner, repo, runId, logger } = options;
  const matches = picomatch(options.pattern);
  const artifacts: RunArtifact[] = [];
  try {
    for (let page = 1; ; page += 1) {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        per_page: 100,
        page,
      });
      artifacts.push(...data.artifacts);
      if (data.artifacts.length < 100 || artifacts.length >= data.total_count) break;
    }
  } catch (error: unknown) {
    const status = httpStatus(error);
    throw new ExternalError(
      `could not list the artifacts of this run (${runId}): ${status === null ? '' : `HTTP ${status}: `}${describeError(error)}` +
        (status === 403 ? ' (the github-token needs the "actions: read" permission)' : ''),
    );
  }
  const chosen = artifacts.filter((a) => a.expired !== true && matches(a.name));
  logger.info(
    `Artifacts of this run matching "${options.pattern}": ${chosen.map((a) => a.name).join(', ') || 'none'}.`,
  );
  const downloader = options.downloader ?? new DefaultArtifactClient();
  const downloaded: { name: string; directory: string }[] = [];
  for (const artifact of chosen) {
    const directory = path.join(options.directory, artifact.name.replace(/[^A-Za-z0-9_.-]/g, '_'));
    try {
      const response = await downloader.downloadArtifact(artifact.id, {
        path: directory,
        findBy: { token: options.token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
      downloaded.push({ name: artifact.name, directory: response.downloadPath ?? directory });
    } catch (error: unknown) {
      throw new ExternalError(
        `could not download artifact "${artifact.name}" of this run: ${describeError(error)}`,
      );
    }
  }
  return downloaded;
}

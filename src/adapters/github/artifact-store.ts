import { DefaultArtifactClient } from '@actions/artifact';
import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import { safeArtifactName } from './artifact-name.js';

/** The part of @actions/artifact's client we use; tests pass a fake. */
export interface ArtifactUploader {
  uploadArtifact(
    name: string,
    files: string[],
    rootDirectory: string,
    options?: { retentionDays?: number },
  ): Promise<{ id?: number; size?: number }>;
}

export interface UploadReportsOptions {
  /** Any text; it is made safe with `safeArtifactName`. Must be unique within the workflow run. */
  name: string;
  files: string[];
  /** Files are stored relative to this directory. */
  rootDirectory: string;
  /** Days to keep the artifact; omitted means the repository's default. */
  retentionDays?: number;
  logger: Logger;
  client?: ArtifactUploader;
}

export interface UploadedArtifact {
  id: number | null;
  size: number | null;
}

/**
 * Uploads the report files as one workflow artifact. Best effort: a failure is logged as a warning
 * with its reason and gives null, because the reports are already on disk and the run goes on.
 */
export async function uploadReports(options: UploadReportsOptions): Promise<UploadedArtifact | null> {
  const { files, rootDirectory, retentionDays, logger } = options;
  const name = safeArtifactName(options.name);
  if (files.length === 0) {
    logger.warning(`Not uploading artifact "${name}": there are no report files to upload.`);
    return null;
  }
  try {
    const client = options.client ?? new DefaultArtifactClient();
    const uploadOptions = retentionDays === undefined ? {} : { retentionDays };
    const response = await client.uploadArtifact(name, files, rootDirectory, uploadOptions);
    const uploaded = { id: response.id ?? null, size: response.size ?? null };
    logger.info(
      `Uploaded artifact "${name}" (${files.length} file${files.length === 1 ? '' : 's'}` +
        `${uploaded.size === null ? '' : `, ${uploaded.size} bytes`}` +
        `${uploaded.id === null ? '' : `, id ${uploaded.id}`}).`,
    );
    return uploaded;
  } catch (error: unknown) {
    const reason = describeError(error);
    const hint = hintFor(reason);
    logger.warning(
      `Could not upload artifact "${name}": ${hint ? `${reason.replace(/\.$/, '')}. ${hint}` : reason}`,
    );
    return null;
  }
}

function hintFor(reason: string): string {
  // @actions/artifact v2+ refuses a second artifact with the same name in one run (HTTP 409).
  if (/\(409\)|already exists/i.test(reason)) {
    return 'Artifact names must be unique within a workflow run; give each matrix job its own name.';
  }
  if (/ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL/.test(reason)) {
    return 'Artifacts can only be uploaded from inside a GitHub Actions job.';
  }
  return '';
}

/**
 * The page of an artifact of this workflow run, as actions/upload-artifact builds its
 * `artifact-url` output: `${server}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`.
 */
export function artifactPageUrl(
  id: number,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string | null {
  const server = env.GITHUB_SERVER_URL || 'https://github.com';
  const repository = env.GITHUB_REPOSITORY;
  const runId = env.GITHUB_RUN_ID;
  if (!repository || !runId) return null;
  return `${server}/${repository}/actions/runs/${runId}/artifacts/${id}`;
}

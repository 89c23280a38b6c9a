import { describe, expect, it } from '@jest/globals';
import {
  artifactPageUrl,
  uploadReports,
  type ArtifactUploader,
} from '../../../src/adapters/github/artifact-store.js';
import { RecordingLogger } from '../../support/recording-logger.js';

interface UploadCall {
  name: string;
  files: string[];
  rootDirectory: string;
  options: { retentionDays?: number } | undefined;
}

function recordingClient(response: {
  id?: number;
  size?: number;
}): ArtifactUploader & { calls: UploadCall[] } {
  const calls: UploadCall[] = [];
  return {
    calls,
    uploadArtifact: (name, files, rootDirectory, options) => {
      calls.push({ name, files, rootDirectory, options });
      return Promise.resolve(response);
    },
  };
}

const failingClient = (error: unknown): ArtifactUploader => ({
  uploadArtifact: () => Promise.reject(error instanceof Error ? error : new Error(String(error))),
});

describe('uploadReports', () => {
  it('uploads the files under the sanitised name and reports id and size', async () => {
    const client = recordingClient({ id: 42, size: 1234 });
    const logger = new RecordingLogger();

    const result = await uploadReports({
      name: 'exbench: python/basics',
      files: ['/work/reports/run.json', '/work/reports/run.md'],
      rootDirectory: '/work/reports',
      retentionDays: 7,
      logger,
      client,
    });

    expect(result).toEqual({ id: 42, size: 1234 });
    expect(client.calls).toEqual([
      {
        name: 'exbench- python-basics',
        files: ['/work/reports/run.json', '/work/reports/run.md'],
        rootDirectory: '/work/reports',
        options: { retentionDays: 7 },
      },
    ]);
    expect(logger.messages('info')).toEqual([
      'Uploaded artifact "exbench- python-basics" (2 files, 1234 bytes, id 42).',
    ]);
  });

  it('leaves the retention to the repository when none is given', async () => {
    const client = recordingClient({});

    const result = await uploadReports({
      name: 'reports',
      files: ['a.json'],
      rootDirectory: '.',
      logger: new RecordingLogger(),
      client,
    });

    expect(result).toEqual({ id: null, size: null });
    expect(client.calls[0]?.options).toEqual({});
  });

  it('warns with the reason and returns null when the upload fails', async () => {
    const logger = new RecordingLogger();

    const result = await uploadReports({
      name: 'reports',
      files: ['a.json'],
      rootDirectory: '.',
      logger,
      client: failingClient(new Error('Unable to get the ACTIONS_RUNTIME_TOKEN env variable')),
    });

    expect(result).toBeNull();
    expect(logger.messages('warning')).toEqual([
      'Could not upload artifact "reports": Unable to get the ACTIONS_RUNTIME_TOKEN env variable. ' +
        'Artifacts can only be uploaded from inside a GitHub Actions job.',
    ]);
  });

  it('explains a name clash with another job of the same run', async () => {
    const logger = new RecordingLogger();

    await uploadReports({
      name: 'reports',
      files: ['a.json'],
      rootDirectory: '.',
      logger,
      client: failingClient(
        new Error(
          'Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: ' +
            'an artifact with this name already exists on the workflow run',
        ),
      ),
    });

    expect(logger.messages('warning')[0]).toContain('give each matrix job its own name');
  });

  it('does not throw when the client throws synchronously', async () => {
    const logger = new RecordingLogger();
    const client: ArtifactUploader = {
      uploadArtifact: () => {
        throw new Error('boom');
      },
    };

    await expect(
      uploadReports({ name: 'r', files: ['a.json'], rootDirectory: '.', logger, client }),
    ).resolves.toBeNull();
    expect(logger.messages('warning')).toEqual(['Could not upload artifact "r": boom']);
  });

  it('warns instead of uploading when there are no files', async () => {
    const client = recordingClient({ id: 1 });
    const logger = new RecordingLogger();

    const result = await uploadReports({ name: 'r', files: [], rootDirectory: '.', logger, client });

    expect(result).toBeNull();
    expect(client.calls).toEqual([]);
    expect(logger.messages('warning')[0]).toContain('no report files');
  });
});

describe('artifactPageUrl', () => {
  it('builds the page of an artifact of this run as actions/upload-artifact does', () => {
    const env = { GITHUB_SERVER_URL: 'https://ghe.example', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' };
    expect(artifactPageUrl(42, env)).toBe('https://ghe.example/o/r/actions/runs/9/artifacts/42');
  });

  it('gives no URL outside a workflow run', () => {
    expect(artifactPageUrl(42, {})).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { publish } from '../../src/action/publish.js';
import type { BenchmarkJobResult } from '../../src/app/benchmark-job.js';
import type { CommentOutcome, PullRequestRef } from '../../src/ports.js';
import type { PublishPlan } from '../../src/report/publish-plan.js';
import { RecordingLogger } from '../support/recording-logger.js';
import { stubGitHub } from '../support/stubs.js';

class NoticeRecordingLogger extends RecordingLogger {
  readonly notices: string[] = [];
  notice(message: string): void {
    this.notices.push(message);
  }
}

const PR: PullRequestRef = { owner: 'octo', repo: 'bench', number: 7 };

function plan(comment: PublishPlan['comment']): PublishPlan {
  return { summary: '## summary', commentBody: 'body', comment, warnings: [], failure: null };
}

function target(github: ReturnType<typeof stubGitHub>, logger = new NoticeRecordingLogger()) {
  return {
    github,
    logger,
    results: [],
    artifactName: 'exbench-report',
    reportRoot: '/r',
    marker: { current: '<!-- m -->', earlier: [] },
  };
}

const created: CommentOutcome = { action: 'created', refused: false, reason: null };

describe('publish', () => {
  /** The summary published when the plan links whatever URL the upload gave. */
  async function summaryAfterUpload(upload: () => Promise<string | null>): Promise<string[]> {
    const summaries: string[] = [];
    const github = stubGitHub({
      uploadReports: upload,
      writeSummary: (markdown) => {
        summaries.push(markdown);
        return Promise.resolve();
      },
    });
    const results = [{ reportPath: '/r/a.json' } as BenchmarkJobResult];
    const skip = plan({ kind: 'skip', level: 'debug', reason: 'x' });
    await publish((url) => ({ ...skip, summary: `link ${url}` }), { ...target(github), results });
    return summaries;
  }

  it('uploads first and plans the summary with the artifact page the upload returned', async () => {
    const url = 'https://github.com/o/r/actions/runs/9/artifacts/42';
    expect(await summaryAfterUpload(() => Promise.resolve(url))).toEqual([`link ${url}`]);
  });

  it('plans without a link when the upload fails', async () => {
    expect(await summaryAfterUpload(() => Promise.reject(new Error('quota')))).toEqual(['link null']);
  });

  it('writes the summary and posts the planned comment on the pull request', async () => {
    const calls: string[] = [];
    const github = stubGitHub({
      writeSummary: (markdown) => {
        calls.push(`summary ${markdown}`);
        return Promise.resolve();
      },
      pullRequest: () => PR,
      upsertComment: (pr, marker, body) => {
        calls.push(`comment #${pr.number} ${marker.current} ${body}`);
        return Promise.resolve(created);
      },
    });
    const logger = new NoticeRecordingLogger();
    await publish(() => plan({ kind: 'post', body: 'body' }), target(github, logger));
    expect(calls).toEqual(['summary ## summary', 'comment #7 <!-- m --> body']);
    expect(logger.lines.filter((line) => line.level === 'warning')).toEqual([]);
  });

  it('starts no comment for a clean on-change run when there is none to update', async () => {
    const logger = new NoticeRecordingLogger();
    const github = stubGitHub({
      writeSummary: () => Promise.resolve(),
      pullRequest: () => PR,
      hasComment: () => Promise.resolve(false),
    });
    await publish(() => plan({ kind: 'update-only', body: 'body' }), target(github, logger));
    // upsertComment is not stubbed: had it been called, its error would show as a warning.
    expect(logger.lines.filter((line) => line.level === 'warning')).toEqual([]);
    expect(logger.lines.map((line) => line.message)).toContain(
      'No pull request comment: everything passed and there is no earlier comment to update.',
    );
  });

  it('updates an earlier comment for a clean on-change run', async () => {
    const bodies: string[] = [];
    const github = stubGitHub({
      writeSummary: () => Promise.resolve(),
      pullRequest: () => PR,
      hasComment: () => Promise.resolve(true),
      upsertComment: (_pr, _marker, body) => {
        bodies.push(body);
        return Promise.resolve({ action: 'updated', refused: false, reason: null });
      },
    });
    await publish(() => plan({ kind: 'update-only', body: 'all green' }), target(github));
    expect(bodies).toEqual(['all green']);
  });

  it('raises a notice pointing at the job summary when the token may not comment', async () => {
    const logger = new NoticeRecordingLogger();
    const github = stubGitHub({
      writeSummary: () => Promise.resolve(),
      pullRequest: () => PR,
      upsertComment: () =>
        Promise.resolve({ action: 'skipped', refused: true, reason: 'HTTP 403: Resource not accessible' }),
    });
    await publish(() => plan({ kind: 'post', body: 'body' }), target(github, logger));
    expect(logger.notices).toEqual([
      expect.stringMatching(
        /^No pull request comment \(HTTP 403: Resource not accessible\): the token cannot write/,
      ),
    ]);
  });

  it('says why it skips the comment at the level planned, calling nothing on GitHub for it', async () => {
    const logger = new NoticeRecordingLogger();
    const github = stubGitHub({ writeSummary: () => Promise.resolve() });
    await publish(
      () => plan({ kind: 'skip', level: 'notice', reason: 'the github-token input is empty.' }),
      target(github, logger),
    );
    expect(logger.notices).toEqual(['No pull request comment: the github-token input is empty.']);
    expect(logger.lines.filter((line) => line.level === 'warning')).toEqual([]);
  });

  it('warns and goes on when the summary cannot be written', async () => {
    const logger = new NoticeRecordingLogger();
    let commented = false;
    const github = stubGitHub({
      writeSummary: () => Promise.reject(new Error('disk full')),
      pullRequest: () => PR,
      upsertComment: () => {
        commented = true;
        return Promise.resolve(created);
      },
    });
    await publish(() => plan({ kind: 'post', body: 'body' }), target(github, logger));
    expect(logger.lines.filter((line) => line.level === 'warning').map((line) => line.message)).toEqual([
      'Could not write the job summary: disk full',
    ]);
    expect(commented).toBe(true);
  });
});

import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { getOctokit } from '@actions/github';
import {
  COMMENT_BODY_LIMIT,
  CommentTooLongError,
  commentMarker,
  jobCommentMarker,
  upsertPullRequestComment,
} from '../../../src/adapters/github/pr-comment.js';
import { FAKE_OWNER, FAKE_REPO, startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const PR = 7;
const marker = commentMarker('Benchmark PR', 'python-basics');

describe('upsertPullRequestComment against a fake GitHub', () => {
  let fake: FakeGitHub;
  let logger: RecordingLogger;

  beforeEach(async () => {
    fake = await startFakeGitHub();
    logger = new RecordingLogger();
  });
  afterEach(async () => {
    await fake.close();
  });

  const upsert = (body: string, overrides: { marker?: string; issueNumber?: number } = {}) =>
    upsertPullRequestComment({
      octokit: getOctokit('fake-token', { baseUrl: fake.url }),
      owner: FAKE_OWNER,
      repo: FAKE_REPO,
      issueNumber: overrides.issueNumber ?? PR,
      marker: overrides.marker ?? marker,
      body,
      logger,
    });
  const commentsOnPr = () => fake.comments.filter((c) => c.issue_number === PR);

  it('updates a comment left with the old per-benchmark marker, which then carries the job marker', async () => {
    const old = fake.seed({ issueNumber: PR, body: `old results\n\n${marker}` });
    const jobMarker = jobCommentMarker('Benchmark PR', 'bench', '');
    const result = await upsertPullRequestComment({
      octokit: getOctokit('fake-token', { baseUrl: fake.url }),
      owner: FAKE_OWNER,
      repo: FAKE_REPO,
      issueNumber: PR,
      marker: jobMarker,
      earlierMarkers: [marker],
      body: 'new results',
      logger,
    });
    expect(result.action).toBe('updated');
    expect(commentsOnPr()).toHaveLength(1);
    expect(commentsOnPr()[0]?.id).toBe(old.id);
    expect(commentsOnPr()[0]?.body).toBe(`new results\n\n${jobMarker}`);
  });

  it('prefers the comment with the job marker over one with the old marker', async () => {
    const jobMarker = jobCommentMarker('Benchmark PR', 'bench', '');
    fake.seed({ issueNumber: PR, body: `old\n\n${marker}` });
    const current = fake.seed({ issueNumber: PR, body: `current\n\n${jobMarker}` });
    await upsertPullRequestComment({
      octokit: getOctokit('fake-token', { baseUrl: fake.url }),
      owner: FAKE_OWNER,
      repo: FAKE_REPO,
      issueNumber: PR,
      marker: jobMarker,
      earlierMarkers: [marker],
      body: 'newest',
      logger,
    });
    expect(commentsOnPr().find((c) => c.id === current.id)?.body).toBe(`newest\n\n${jobMarker}`);
  });
  const writes = () => fake.requests.filter((r) => r.method !== 'GET');

  it('creates a comment ending with the marker when none exists', async () => {
    const result = await upsert('## Results\n\n| model | pass |');

    expect(result.action).toBe('created');
    expect(commentsOnPr()).toHaveLength(1);
    const [comment] = commentsOnPr();
    expect(comment?.body).toBe(`## Results\n\n| model | pass |\n\n${marker}`);
    expect(result.url).toBe(comment?.html_url);
    expect(writes().map((r) => `${r.method} ${r.path}`)).toEqual([
      `POST /repos/${FAKE_OWNER}/${FAKE_REPO}/issues/${PR}/comments`,
    ]);
    expect(writes()[0]?.headers.authorization).toBe('token fake-token');
  });

  it('does not add the marker twice when the body already carries it', async () => {
    await upsert(`${marker}\n## Results`);

    expect(commentsOnPr()[0]?.body).toBe(`${marker}\n## Results`);
  });

  it('updates the same comment on the second run instead of adding another', async () => {
    const first = await upsert('first run');
    const second = await upsert('second run');

    expect(second.action).toBe('updated');
    expect(commentsOnPr()).toHaveLength(1);
    expect(commentsOnPr()[0]?.body).toBe(`second run\n\n${marker}`);
    expect(second.url).toBe(first.url);
    const patch = writes().find((r) => r.method === 'PATCH');
    expect(patch?.path).toBe(`/repos/${FAKE_OWNER}/${FAKE_REPO}/issues/comments/${commentsOnPr()[0]?.id}`);
  });

  it('finds the marker on the second page of a long thread', async () => {
    for (let i = 0; i < 149; i += 1) fake.seed({ issueNumber: PR, body: `chatter ${i}`, login: 'someone' });
    const ours = fake.seed({ issueNumber: PR, body: `old results\n\n${marker}` });

    const result = await upsert('new results');

    expect(result.action).toBe('updated');
    expect(commentsOnPr()).toHaveLength(150);
    expect(ours.body).toBe(`new results\n\n${marker}`);
    const listed = fake.requests.filter((r) => r.method === 'GET').map((r) => r.query.page ?? '1');
    expect(listed).toEqual(['1', '2']);
  });

  it('leaves other comments and other workflows’ or benchmarks’ markers alone', async () => {
    const human = fake.seed({ issueNumber: PR, body: 'LGTM', login: 'reviewer' });
    const otherBenchmark = fake.seed({
      issueNumber: PR,
      body: `other benchmark\n\n${commentMarker('Benchmark PR', 'python-advanced')}`,
    });
    const otherWorkflow = fake.seed({
      issueNumber: PR,
      body: `other workflow\n\n${commentMarker('Nightly', 'python-basics')}`,
    });
    const otherPr = fake.seed({ issueNumber: PR + 1, body: `other PR\n\n${marker}` });

    const result = await upsert('ours');

    expect(result.action).toBe('created');
    expect(human.body).toBe('LGTM');
    expect(otherBenchmark.body).toContain('other benchmark');
    expect(otherWorkflow.body).toContain('other workflow');
    expect(otherPr.body).toContain('other PR');
    expect(commentsOnPr()).toHaveLength(4);
  });

  it('prefers the Actions bot’s comment when several carry the marker', async () => {
    const quoted = fake.seed({ issueNumber: PR, body: `a human pasted it\n\n${marker}`, login: 'reviewer' });
    const ours = fake.seed({ issueNumber: PR, body: `old\n\n${marker}` });

    await upsert('new');

    expect(ours.body).toBe(`new\n\n${marker}`);
    expect(quoted.body).toContain('a human pasted it');
  });

  it('skips with a notice pointing at the job summary when the token is read-only', async () => {
    fake.readOnly = true;

    const result = await upsert('results');

    expect(result).toEqual({
      action: 'skipped',
      url: null,
      reason: expect.stringContaining('HTTP 403: Resource not accessible by integration') as unknown,
      refused: true,
    });
    expect(logger.messages('warning')).toEqual([]);
    const notice = logger.messages('info').join('\n');
    expect(notice).toContain('read-only');
    expect(notice).toContain('job summary');
    expect(fake.comments).toHaveLength(0);
  });

  it('skips with a notice when updating is forbidden too', async () => {
    fake.seed({ issueNumber: PR, body: `old\n\n${marker}` });
    fake.readOnly = true;

    const result = await upsert('new');

    expect(result).toMatchObject({ action: 'skipped', refused: true });
    expect(logger.messages('info').join('\n')).toMatch(/update the comment on .*read-only/);
  });

  it('skips with a warning and the reason on any other failure', async () => {
    const closed = fake.url;
    await fake.close();
    fake = await startFakeGitHub();

    const result = await upsertPullRequestComment({
      octokit: getOctokit('fake-token', { baseUrl: closed }),
      owner: FAKE_OWNER,
      repo: FAKE_REPO,
      issueNumber: PR,
      marker,
      body: 'results',
      logger,
    });

    expect(result).toMatchObject({ action: 'skipped' });
    expect(result.refused).toBeUndefined();
    expect(result.reason).toBeTruthy();
    expect(logger.messages('warning')[0]).toContain(
      `Could not list the comments on ${FAKE_OWNER}/${FAKE_REPO}#7`,
    );
  });

  it('rejects a body over 65,536 characters before sending anything', async () => {
    const body = 'x'.repeat(COMMENT_BODY_LIMIT);

    await expect(upsert(body)).rejects.toThrow(CommentTooLongError);
    await expect(upsert(body)).rejects.toThrow(/at most 65536/);
    expect(fake.requests).toHaveLength(0);
  });

  it('accepts a body of exactly 65,536 characters with its marker', async () => {
    const body = 'x'.repeat(COMMENT_BODY_LIMIT - marker.length - 2);

    const result = await upsert(body);

    expect(result.action).toBe('created');
    expect(commentsOnPr()[0]?.body).toHaveLength(COMMENT_BODY_LIMIT);
  });
});

describe('jobCommentMarker', () => {
  it('is keyed by workflow and job, with the comment key for matrix legs that want their own', () => {
    expect(jobCommentMarker('Bench PR', 'bench', '')).toBe('<!-- exbench:workflow=Bench%20PR;job=bench -->');
    expect(jobCommentMarker('Bench PR', 'bench', 'linux')).toBe(
      '<!-- exbench:workflow=Bench%20PR;job=bench;key=linux -->',
    );
    expect(jobCommentMarker('W', 'bench', 'linux')).not.toContain(jobCommentMarker('W', 'bench', ''));
    expect(jobCommentMarker('W', 'a --> b', 'k;job=x').slice(4, -3)).not.toContain('-->');
  });
});

describe('commentMarker', () => {
  it('builds one hidden HTML comment naming the workflow and benchmark', () => {
    expect(commentMarker('Bench', 'python-basics')).toBe(
      '<!-- exbench:workflow=Bench;benchmark=python-basics -->',
    );
  });

  it('cannot be closed early or made ambiguous by the names', () => {
    const marker = commentMarker('evil --> <b>x</b>', 'a;benchmark=b');

    expect(marker.slice(4, -3)).not.toContain('-->');
    expect(marker.slice(4, -3)).not.toContain('<');
    expect(marker).not.toBe(commentMarker('evil --> <b>x</b>;benchmark=a', 'b'));
    expect(marker.match(/;/g)).toHaveLength(1);
  });

  it('does not let one benchmark’s marker match inside another’s', () => {
    expect(commentMarker('W', 'python-basics-2')).not.toContain(commentMarker('W', 'python-basics'));
  });
});

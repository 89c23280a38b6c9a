import { describe, expect, it } from '@jest/globals';
import { context } from '@actions/github';
import { pullRequestContext } from '../../../src/adapters/github/pull-request-context.js';

function pullRequestPayload(headRepo: string | null, overrides: Record<string, unknown> = {}) {
  return {
    action: 'synchronize',
    number: 12,
    pull_request: {
      number: 12,
      head: {
        sha: 'a'.repeat(40),
        ref: 'feature',
        repo: headRepo === null ? null : { full_name: headRepo, fork: headRepo !== 'Octo/Repo' },
      },
      base: {
        sha: 'b'.repeat(40),
        ref: 'main',
        repo: { name: 'Repo', full_name: 'Octo/Repo', owner: { login: 'Octo' } },
      },
      ...overrides,
    },
    repository: { name: 'Repo', owner: { login: 'Octo' } },
  };
}

describe('pullRequestContext', () => {
  it('reads a pull request from the same repository', () => {
    expect(
      pullRequestContext({ eventName: 'pull_request', payload: pullRequestPayload('Octo/Repo') }),
    ).toEqual({
      owner: 'Octo',
      repo: 'Repo',
      number: 12,
      isFork: false,
      headSha: 'a'.repeat(40),
      baseRef: 'main',
    });
  });

  it('marks a pull request from a fork', () => {
    const context = pullRequestContext({
      eventName: 'pull_request',
      payload: pullRequestPayload('someone/Repo'),
    });

    expect(context?.isFork).toBe(true);
    expect(context?.owner).toBe('Octo');
  });

  it('treats a deleted head repository as a fork', () => {
    expect(pullRequestContext({ eventName: 'pull_request', payload: pullRequestPayload(null) })?.isFork).toBe(
      true,
    );
  });

  it('compares repository names without regard to case', () => {
    expect(
      pullRequestContext({ eventName: 'pull_request', payload: pullRequestPayload('octo/repo') })?.isFork,
    ).toBe(false);
  });

  it('reads pull_request_target events too', () => {
    const context = pullRequestContext({
      eventName: 'pull_request_target',
      payload: pullRequestPayload('x/Repo'),
    });

    expect(context?.number).toBe(12);
  });

  it.each(['push', 'workflow_dispatch', 'schedule', 'issue_comment', 'pull_request_review'])(
    'gives null for a %s event',
    (eventName) => {
      expect(pullRequestContext({ eventName, payload: pullRequestPayload('Octo/Repo') })).toBeNull();
    },
  );

  it('gives null when the payload lacks the pull request fields', () => {
    expect(pullRequestContext({ eventName: 'pull_request', payload: {} })).toBeNull();
    expect(
      pullRequestContext({
        eventName: 'pull_request',
        payload: pullRequestPayload('Octo/Repo', { number: '12' }),
      }),
    ).toBeNull();
  });

  it('reads @actions/github’s context by default', () => {
    expect(pullRequestContext()).toEqual(pullRequestContext(context));
  });
});

/**
 * The history publisher against a local bare repository as the remote, with the real `git`: runs
 * append, a push that lost a race is built again on the winner's commit, history stays bounded,
 * a missing branch is created, and the token never reaches argv or the log.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitHistoryBranch, gitEnvironment } from '../../../src/adapters/git/git-history-branch.js';
import { publishHistory, type HistoryRun } from '../../../src/app/history-site.js';
import { historyIndexSchema } from '../../../src/report/history-index.js';
import { RecordingLogger } from '../../support/recording-logger.js';
import { fullReport, reportSeries } from '../../support/history-reports.js';

const BRANCH = 'gh-pages';
let dir: string;
let remote: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-history-test-'));
  remote = path.join(dir, 'remote.git');
  execFileSync('git', ['init', '--bare', '-q', remote]);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync('git', ['--git-dir', remote, ...args], { encoding: 'utf8' });
const indexOnBranch = () =>
  historyIndexSchema().parse(JSON.parse(git('show', `${BRANCH}:bench/data/index.json`)));
const filesOnBranch = () => git('ls-tree', '-r', '--name-only', BRANCH).trim().split('\n');

function runOf(i: number, commit = `c${i}`.padEnd(40, '0')): HistoryRun {
  return {
    report: reportSeries(i + 1)[i]!,
    origin: { commit, ref: 'refs/heads/main', runUrl: `https://github.com/o/r/actions/runs/${i}` },
  };
}

function publisher(
  logger = new RecordingLogger(),
  extra: Partial<ConstructorParameters<typeof GitHistoryBranch>[0]> = {},
) {
  return new GitHistoryBranch({ remote, branch: BRANCH, token: '', logger, ...extra });
}

// Each publish starts a dozen git processes: slow on a loaded machine.
jest.setTimeout(120_000);

describe('history on a branch', () => {
  it('creates the missing branch with no parent, then appends a second run on top of it', async () => {
    const first = await publishHistory(publisher(), [runOf(0)], { dir: 'bench', maxHistory: 500 });
    expect(first.created).toBe(true);
    expect(git('rev-list', '--count', BRANCH).trim()).toBe('1');

    const second = await publishHistory(publisher(), [runOf(1)], { dir: 'bench', maxHistory: 500 });
    expect(second.created).toBe(false);
    expect(git('rev-list', '--count', BRANCH).trim()).toBe('2');
    const index = indexOnBranch();
    expect(index.entries.map((e) => e.commit?.slice(0, 2))).toEqual(['c0', 'c1']);
    const files = filesOnBranch();
    expect(files).toContain('bench/index.html');
    for (const entry of index.entries) expect(files).toContain(`bench/data/${entry.report}`);
    // Stored compact: one line of JSON.
    expect(git('show', `${BRANCH}:bench/data/${index.entries[0]!.report}`).trim().split('\n')).toHaveLength(
      1,
    );
  });

  it('keeps at most max-history runs per benchmark and deletes the reports of the runs cut', async () => {
    for (let i = 0; i < 4; i += 1)
      await publishHistory(publisher(), [runOf(i)], { dir: 'bench', maxHistory: 2 });
    const other = fullReport({
      benchmark: 'Other',
      startedAt: '2026-01-01T00:00:00.000Z',
      models: [{ name: 'm', passes: [true] }],
    });
    await publishHistory(
      publisher(),
      [{ report: other, origin: { commit: null, ref: null, runUrl: null } }],
      { dir: 'bench', maxHistory: 2 },
    );
    const index = indexOnBranch();
    expect(
      index.entries.filter((e) => e.benchmark === 'Simple Math').map((e) => e.commit?.slice(0, 2)),
    ).toEqual(['c2', 'c3']);
    expect(index.entries.filter((e) => e.benchmark === 'Other')).toHaveLength(1);
    expect(filesOnBranch().filter((f) => f.startsWith('bench/data/runs/'))).toHaveLength(3);
  });

  it('builds the change again on the newer commit when another job pushed first', async () => {
    await publishHistory(publisher(), [runOf(0)], { dir: 'bench', maxHistory: 500 });
    const logger = new RecordingLogger();
    // Between this job's fetch and its push, another job publishes: a real concurrent push.
    const slow = publisher(logger, {
      beforePush: async (attempt) => {
        if (attempt === 1) await publishHistory(publisher(), [runOf(2)], { dir: 'bench', maxHistory: 500 });
      },
    });
    const result = await publishHistory(slow, [runOf(1)], { dir: 'bench', maxHistory: 500 });
    expect(result.attempts).toBe(2);
    expect(logger.messages().join('\n')).toMatch(/Another job pushed to gh-pages first/);
    expect(indexOnBranch().entries.map((e) => e.commit?.slice(0, 2))).toEqual(['c0', 'c1', 'c2']);
  });

  it('loses no run when several jobs push at once, the branch missing at the start', async () => {
    const results = await Promise.all(
      [0, 1, 2, 3].map((i) => publishHistory(publisher(), [runOf(i)], { dir: '.', maxHistory: 500 })),
    );
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const index = historyIndexSchema().parse(JSON.parse(git('show', `${BRANCH}:data/index.json`)));
    expect(index.entries.map((e) => e.commit?.slice(0, 2))).toEqual(['c0', 'c1', 'c2', 'c3']);
    // Four jobs retrying with pauses: slow on a loaded machine.
  }, 180_000);

  it('fails naming git and the branch when the remote cannot be reached, without the token', async () => {
    const logger = new RecordingLogger();
    const broken = new GitHistoryBranch({
      remote: path.join(dir, 'missing.git'),
      branch: BRANCH,
      token: 's3cr3t-token-value',
      logger,
    });
    const error = await publishHistory(broken, [runOf(0)], { dir: '.', maxHistory: 5 }).catch(
      (e: unknown) => e,
    );
    expect(String(error)).toMatch(/git could not fetch branch "gh-pages"/);
    expect(String(error)).not.toContain('s3cr3t');
    expect(logger.messages().join('\n')).not.toContain('s3cr3t');
  });

  it('gives the token to git as an extra header in its environment only', () => {
    const env = gitEnvironment('https://github.com/o/r.git', 'ghs_abc123');
    expect(env.GIT_CONFIG_KEY_0).toBe('http.https://github.com/.extraheader');
    expect(
      Buffer.from(env.GIT_CONFIG_VALUE_0!.replace('AUTHORIZATION: basic ', ''), 'base64').toString(),
    ).toBe('x-access-token:ghs_abc123');
    expect(gitEnvironment('/srv/remote.git', 'ghs_abc123').GIT_CONFIG_COUNT).toBeUndefined();
  });
});

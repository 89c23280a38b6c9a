import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExternalError } from '../../errors.js';
import { ProcessError } from '../../errors.js';
import type { BranchChange, BranchFiles, HistoryBranch, Logger } from '../../ports.js';

/** What a git command did, as data: callers decide what a non-zero exit means. */
export interface GitOutcome {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface GitHistoryBranchOptions {
  /** The remote: `https://github.com/<owner>/<repo>.git` on GitHub, a bare repository's path in tests. */
  remote: string;
  branch: string;
  /**
   * Sent as an HTTP `Authorization` header through `GIT_CONFIG_*` variables of the git process
   * only: never in argv (where `ps` shows it), never in a file, never in the remote URL (which
   * error messages print). Empty for a remote that needs none.
   */
  token: string;
  logger: Logger;
  /** Tries in all when other jobs keep pushing first (default 5). */
  maxAttempts?: number;
  /** The git binary (default `git` on PATH). */
  git?: string;
  /** Called before each push with its attempt number; tests push from elsewhere here. */
  beforePush?: (attempt: number) => Promise<void>;
}

const EMPTY_SHA = '0'.repeat(40);
const BOT_NAME = 'github-actions[bot]';
const BOT_EMAIL = '41898282+github-actions[bot]@users.noreply.github.com';

/**
 * History committed with the `git` command rather than the Git Data API: one fetch of the branch's
 * newest commit (depth 1), the tree built with plumbing in a private bare repository (no work tree,
 * so nothing of the user's checkout is touched), one push that git itself refuses when another job
 * pushed first. The same code runs against github.com and against a local bare repository in
 * tests, and a change of many files is one push instead of one API call per blob.
 */
export class GitHistoryBranch implements HistoryBranch {
  private readonly maxAttempts: number;

  constructor(private readonly options: GitHistoryBranchOptions) {
    this.maxAttempts = options.maxAttempts ?? 5;
  }

  async read(file: string): Promise<string | null> {
    return this.inScratch(async (gitDir) => {
      const tip = await this.fetchTip(gitDir);
      return tip === null ? null : this.readAt(gitDir, tip, file);
    });
  }

  async update(
    change: (files: BranchFiles) => Promise<BranchChange>,
  ): Promise<{ commit: string; attempts: number; created: boolean }> {
    const { branch, logger } = this.options;
    return this.inScratch(async (gitDir) => {
      for (let attempt = 1; ; attempt += 1) {
        const parent = await this.fetchTip(gitDir);
        const files: BranchFiles = {
          read: (file) => (parent === null ? Promise.resolve(null) : this.readAt(gitDir, parent, file)),
        };
        const planned = await change(files);
        const commit = await this.commit(gitDir, parent, planned, attempt);
        await this.options.beforePush?.(attempt);
        const pushed = await this.git(gitDir, [
          'push',
          '-q',
          this.options.remote,
          `${commit}:refs/heads/${branch}`,
        ]);
        if (pushed.exitCode === 0) {
          logger.info(
            `Pushed ${commit.slice(0, 12)} to ${branch}${parent === null ? ' (new branch)' : ''}` +
              `${attempt > 1 ? ` on attempt ${attempt}` : ''}.`,
          );
          return { commit, attempts: attempt, created: parent === null };
        }
        if (!isRace(pushed.stderr) || attempt >= this.maxAttempts) {
          throw failure(`push history to branch "${branch}"`, pushed, attempt);
        }
        logger.info(`Another job pushed to ${branch} first; building the change again on its commit.`);
        // Spread the retries of jobs that collided, so they do not collide again.
        await sleep(100 * attempt + Math.floor(Math.random() * 200));
      }
    });
  }

  /** Runs `body` with a private bare repository, removed afterwards. */
  private async inScratch<T>(body: (gitDir: string) => Promise<T>): Promise<T> {
    const gitDir = await mkdtemp(path.join(tmpdir(), 'exbench-history-'));
    try {
      await this.run(gitDir, ['init', '--bare', '-q', gitDir], {}, 'create a scratch repository');
      return await body(gitDir);
    } finally {
      await rm(gitDir, { recursive: true, force: true });
    }
  }

  private async readAt(gitDir: string, commit: string, file: string): Promise<string | null> {
    const shown = await this.git(gitDir, ['cat-file', 'blob', `${commit}:${file}`]);
    return shown.exitCode === 0 ? shown.stdout : null;
  }

  /** The branch's newest commit, fetched; null when the branch does not exist yet. */
  private async fetchTip(gitDir: string): Promise<string | null> {
    const { branch, remote } = this.options;
    const ref = `refs/remotes/origin/${branch}`;
    const fetched = await this.git(gitDir, [
      'fetch',
      '-q',
      '--depth=1',
      remote,
      `+refs/heads/${branch}:${ref}`,
    ]);
    if (fetched.exitCode !== 0) {
      if (/couldn't find remote ref/i.test(fetched.stderr)) return null;
      throw failure(`fetch branch "${branch}"`, fetched, 1);
    }
    return (await this.run(gitDir, ['rev-parse', ref], {}, 'read the fetched commit')).trim();
  }

  /** One commit of `change` on `parent` (none: the first commit of a new branch). */
  private async commit(
    gitDir: string,
    parent: string | null,
    change: BranchChange,
    attempt: number,
  ): Promise<string> {
    const env = { GIT_INDEX_FILE: path.join(gitDir, `exbench-index-${attempt}`) };
    await this.run(
      gitDir,
      ['read-tree', ...(parent === null ? ['--empty'] : [parent])],
      env,
      'read the tree',
    );
    const lines: string[] = [];
    for (const [file, text] of Object.entries(change.write)) {
      const sha = (await this.run(gitDir, ['hash-object', '-w', '--stdin'], {}, 'store a file', text)).trim();
      lines.push(`100644 ${sha}\t${file}`);
    }
    for (const file of change.remove) lines.push(`0 ${EMPTY_SHA}\t${file}`);
    await this.run(gitDir, ['update-index', '--index-info'], env, 'stage the files', `${lines.join('\n')}\n`);
    const tree = (await this.run(gitDir, ['write-tree'], env, 'write the tree')).trim();
    const args = ['commit-tree', tree, ...(parent === null ? [] : ['-p', parent]), '-m', change.message];
    return (await this.run(gitDir, args, {}, 'commit')).trim();
  }

  /** Runs git and throws a ProcessError naming `what` when it fails. */
  private async run(
    gitDir: string,
    args: string[],
    env: Record<string, string>,
    what: string,
    input?: string,
  ): Promise<string> {
    const outcome = await this.git(gitDir, args, env, input);
    if (outcome.exitCode !== 0) throw failure(what, outcome, 1);
    return outcome.stdout;
  }

  private git(
    gitDir: string,
    args: string[],
    env: Record<string, string> = {},
    input?: string,
  ): Promise<GitOutcome> {
    return runGit(
      this.options.git ?? 'git',
      args,
      {
        ...gitEnvironment(this.options.remote, this.options.token),
        GIT_DIR: gitDir,
        ...env,
      },
      input,
    );
  }
}

/**
 * The variables of every git process: no prompt for credentials, the bot as author, and the token
 * as an extra header for the remote's origin, given as configuration through the environment.
 */
export function gitEnvironment(remote: string, token: string): Record<string, string> {
  const env: Record<string, string> = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: BOT_NAME,
    GIT_AUTHOR_EMAIL: BOT_EMAIL,
    GIT_COMMITTER_NAME: BOT_NAME,
    GIT_COMMITTER_EMAIL: BOT_EMAIL,
  };
  if (token !== '' && /^https?:\/\//i.test(remote)) {
    const origin = new URL(remote).origin;
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    Object.assign(env, {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    });
  }
  return env;
}

function runGit(
  git: string,
  args: string[],
  env: Record<string, string>,
  input: string | undefined,
): Promise<GitOutcome> {
  return new Promise((resolve) => {
    const child = spawn(git, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', (error) => resolve({ exitCode: null, stdout, stderr: `${stderr}${error.message}` }));
    child.on('close', (code) => resolve({ exitCode: code, stdout, stderr }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

/** Git refused the push because the branch moved since it was fetched: fetch again and retry. */
function isRace(stderr: string): boolean {
  return /\(fetch first\)|non-fast-forward|cannot lock ref|failed to update ref|incorrect old value/i.test(
    stderr,
  );
}

function failure(what: string, outcome: GitOutcome, attempt: number): ExternalError {
  const tail = outcome.stderr.trim().split('\n').slice(-5).join('\n');
  return new ProcessError(
    `git could not ${what}${attempt > 1 ? ` (after ${attempt} attempts)` : ''}: exit code ${outcome.exitCode ?? 'none'}${tail === '' ? '' : `: ${tail}`}`,
    { exitCode: outcome.exitCode, stderrTail: tail },
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody } from './loopback-server.js';
import { storedZip } from './stored-zip.js';

/**
 * A stand-in for the parts of the GitHub REST API exbench calls, on 127.0.0.1 and a free port.
 * Point Octokit at it with `getOctokit(token, { baseUrl: fake.url })`, or a child process with
 * `GITHUB_API_URL=fake.url`. Responses mimic github.com: pagination with a `link` header, the
 * error bodies, the 65,536-character body limit, and a read-only token's 403 on writes.
 *
 * Routes: GET and POST /repos/:owner/:repo/issues/:number/comments,
 * GET and PATCH /repos/:owner/:repo/issues/comments/:id; for workflow runs and their artifacts,
 * GET /repos/:owner/:repo/actions/runs/:id, …/actions/workflows/:id/runs (filters `branch`,
 * `status`, `event`; newest first), …/actions/runs/:id/artifacts (filter `name`), and
 * …/actions/artifacts/:id/zip, a 302 to a signed-looking blob URL on this server that serves the
 * zip (as github.com redirects to blob storage). Anything else is a 404 (still recorded).
 */

export interface FakeComment {
  id: number;
  node_id: string;
  owner: string;
  repo: string;
  issue_number: number;
  body: string;
  user: { login: string; id: number; type: 'Bot' | 'User' };
  html_url: string;
  url: string;
  created_at: string;
  updated_at: string;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. `/repos/o/r/issues/1/comments?per_page=100`. */
  url: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, or the raw text when it was not JSON, or null when empty. */
  body: unknown;
  /** The status the fake answered with. */
  status: number;
}

export interface SeedComment {
  issueNumber: number;
  body: string;
  owner?: string;
  repo?: string;
  /** Author; defaults to `github-actions[bot]`. */
  login?: string;
}

export interface FakeWorkflowRun {
  id: number;
  workflow_id: number;
  run_number: number;
  owner: string;
  repo: string;
  head_branch: string;
  head_sha: string;
  event: string;
  status: 'queued' | 'in_progress' | 'completed';
  conclusion: 'success' | 'failure' | 'cancelled' | 'skipped' | null;
  created_at: string;
}

export interface SeedWorkflowRun {
  id?: number;
  workflowId: number;
  headBranch: string;
  headSha?: string;
  runNumber?: number;
  event?: string;
  status?: FakeWorkflowRun['status'];
  conclusion?: FakeWorkflowRun['conclusion'];
  /** Defaults to now; runs list newest first by this. */
  createdAt?: string;
  owner?: string;
  repo?: string;
}

export interface FakeArtifact {
  id: number;
  run_id: number;
  name: string;
  expired: boolean;
  /** The archive served for download. */
  zip: Buffer;
  created_at: string;
}

export interface SeedArtifact {
  runId: number;
  name: string;
  /** `/`-separated paths and contents, zipped without compression. */
  files: Record<string, string | Buffer>;
  expired?: boolean;
}

export interface FakeGitHub {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  /** Every comment on every issue, oldest first; edit freely. */
  readonly comments: FakeComment[];
  readonly requests: RecordedRequest[];
  /** When true, writes answer 403 "Resource not accessible by integration", like a fork's token. */
  readOnly: boolean;
  /** Who the token belongs to: the author of comments created through the API. */
  login: string;
  /** Workflow runs, in any order; edit freely. */
  readonly workflowRuns: FakeWorkflowRun[];
  readonly artifacts: FakeArtifact[];
  /** When true, the Actions endpoints answer 403, like a token without `actions: read`. */
  actionsForbidden: boolean;
  /** Adds a comment directly (no request recorded) and returns it. */
  seed(comment: SeedComment): FakeComment;
  /** Adds a workflow run directly and returns it. */
  addWorkflowRun(run: SeedWorkflowRun): FakeWorkflowRun;
  /** Adds an artifact to a run (which must exist) and returns it. */
  addArtifact(artifact: SeedArtifact): FakeArtifact;
  close(): Promise<void>;
}

const DEFAULT_OWNER = 'octo-org';
const DEFAULT_REPO = 'octo-repo';
const BODY_LIMIT = 65_536;
const DOCS = 'https://docs.github.com/rest/issues/comments';

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1_000_001;
  const comments: FakeComment[] = [];
  const requests: RecordedRequest[] = [];
  const workflowRuns: FakeWorkflowRun[] = [];
  const artifacts: FakeArtifact[] = [];
  let nextRunId = 9_000_001;
  let nextArtifactId = 5_000_001;

  const makeComment = (owner: string, repo: string, issueNumber: number, body: string, login: string) => {
    const id = nextId++;
    const now = new Date().toISOString();
    const comment: FakeComment = {
      id,
      node_id: `IC_fake${id}`,
      owner,
      repo,
      issue_number: issueNumber,
      body,
      user: {
        login,
        id: login.endsWith('[bot]') ? 41898282 : 1000 + id,
        type: login.endsWith('[bot]') ? 'Bot' : 'User',
      },
      html_url: `https://github.com/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      url: `${fake.url}/repos/${owner}/${repo}/issues/comments/${id}`,
      created_at: now,
      updated_at: now,
    };
    comments.push(comment);
    return comment;
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const parsed = new URL(req.url ?? '/', fake.url);
    const text = await readBody(req);
    let body: unknown = null;
    let badJson = false;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        badJson = true;
      }
    }
    const record: RecordedRequest = {
      method,
      url: `${parsed.pathname}${parsed.search}`,
      path: parsed.pathname,
      query: Object.fromEntries(parsed.searchParams),
      headers: req.headers,
      body,
      status: 0,
    };
    requests.push(record);
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `FAKE:${requests.length}`,
        ...headers,
      });
      res.end(status === 204 ? undefined : JSON.stringify(payload));
    };
    const fail = (
      status: number,
      message: string,
      documentation = 'https://docs.github.com/rest',
      extra = {},
    ) => send(status, { message, ...extra, documentation_url: documentation, status: String(status) });

    const actions = handleActions(method, parsed, record, res, send, fail);
    if (actions) return;

    const issueComments = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments\/?$/.exec(parsed.pathname);
    const oneComment = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/?$/.exec(parsed.pathname);
    const isWrite = method !== 'GET' && method !== 'HEAD';

    if (isWrite && (issueComments || oneComment)) {
      if (!req.headers.authorization) return fail(401, 'Requires authentication');
      if (fake.readOnly) {
        const anchor = method === 'POST' ? 'create-an-issue-comment' : 'update-an-issue-comment';
        return fail(403, 'Resource not accessible by integration', `${DOCS}#${anchor}`);
      }
      if (badJson) return fail(400, 'Problems parsing JSON');
    }

    if (issueComments) {
      const [, owner = '', repo = '', numberText = ''] = issueComments;
      const issueNumber = Number(numberText);
      if (method === 'GET') {
        const all = comments.filter(
          (c) => c.owner === owner && c.repo === repo && c.issue_number === issueNumber,
        );
        const perPage = clamp(Number(parsed.searchParams.get('per_page') ?? 30) || 30, 1, 100);
        const page = Math.max(1, Number(parsed.searchParams.get('page') ?? 1) || 1);
        const lastPage = Math.max(1, Math.ceil(all.length / perPage));
        const pageUrl = (n: number) => {
          const u = new URL(parsed.pathname, fake.url);
          u.searchParams.set('per_page', String(perPage));
          u.searchParams.set('page', String(n));
          return u.toString();
        };
        // Same shape as github.com: next and last, then prev and first once past page 1.
        const links: string[] = [];
        if (page < lastPage)
          links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(lastPage)}>; rel="last"`);
        if (page > 1) links.push(`<${pageUrl(page - 1)}>; rel="prev"`, `<${pageUrl(1)}>; rel="first"`);
        const slice = all.slice((page - 1) * perPage, page * perPage).map(toWire);
        return send(200, slice, links.length > 0 ? { link: links.join(', ') } : {});
      }
      if (method === 'POST') {
        const commentBody = bodyField(body);
        if (commentBody === undefined) return fail(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (commentBody.length > BODY_LIMIT) return tooLong(fail);
        const created = makeComment(owner, repo, issueNumber, commentBody, fake.login);
        return send(201, toWire(created), { location: created.url });
      }
      return fail(404, 'Not Found');
    }

    if (oneComment) {
      const [, owner = '', repo = '', idText = ''] = oneComment;
      const comment = comments.find((c) => c.owner === owner && c.repo === repo && c.id === Number(idText));
      if (!comment) return fail(404, 'Not Found', `${DOCS}#get-an-issue-comment`);
      if (method === 'GET') return send(200, toWire(comment));
      if (method === 'PATCH') {
        const commentBody = bodyField(body);
        if (commentBody === undefined) return fail(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
        if (commentBody.length > BODY_LIMIT) return tooLong(fail);
        comment.body = commentBody;
        comment.updated_at = new Date().toISOString();
        return send(200, toWire(comment));
      }
      return fail(404, 'Not Found');
    }

    return fail(404, 'Not Found');
  }

  /** The workflow-run and artifact routes; false when the path is none of them. */
  function handleActions(
    method: string,
    parsed: URL,
    record: RecordedRequest,
    res: ServerResponse,
    send: (status: number, payload: unknown, headers?: Record<string, string>) => void,
    fail: (status: number, message: string, documentation?: string) => void,
  ): boolean {
    const blob = /^\/blobs\/artifacts\/(\d+)\.zip$/.exec(parsed.pathname);
    if (blob) {
      // Blob storage checks its signature, not the GitHub token.
      const artifact = artifacts.find((a) => a.id === Number(blob[1]));
      if (!artifact || parsed.searchParams.get('sig') !== 'fake') {
        send(403, { message: 'Server failed to authenticate the request.' });
        return true;
      }
      record.status = 200;
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(artifact.zip.length),
        'content-disposition': `attachment; filename=${artifact.name}.zip`,
      });
      res.end(artifact.zip);
      return true;
    }
    const match = /^\/repos\/([^/]+)\/([^/]+)\/actions\/(.+?)\/?$/.exec(parsed.pathname);
    if (!match) return false;
    const [, owner = '', repo = '', rest = ''] = match;
    if (method !== 'GET') {
      fail(404, 'Not Found');
      return true;
    }
    if (fake.actionsForbidden) {
      fail(403, 'Resource not accessible by integration', 'https://docs.github.com/rest/actions');
      return true;
    }
    const inRepo = (run: FakeWorkflowRun) => run.owner === owner && run.repo === repo;
    const perPage = clamp(Number(parsed.searchParams.get('per_page') ?? 30) || 30, 1, 100);
    const page = Math.max(1, Number(parsed.searchParams.get('page') ?? 1) || 1);

    const oneRun = /^runs\/(\d+)$/.exec(rest);
    if (oneRun) {
      const run = workflowRuns.find((r) => inRepo(r) && r.id === Number(oneRun[1]));
      if (!run)
        fail(404, 'Not Found', 'https://docs.github.com/rest/actions/workflow-runs#get-a-workflow-run');
      else send(200, runToWire(run));
      return true;
    }

    const workflowRunsPath = /^workflows\/(\d+)\/runs$/.exec(rest);
    if (workflowRunsPath) {
      const branch = parsed.searchParams.get('branch');
      const status = parsed.searchParams.get('status');
      const event = parsed.searchParams.get('event');
      const all = workflowRuns
        .filter((r) => inRepo(r) && r.workflow_id === Number(workflowRunsPath[1]))
        .filter((r) => branch === null || r.head_branch === branch)
        // `status` takes a status or a conclusion, as on github.com.
        .filter((r) => status === null || r.status === status || r.conclusion === status)
        .filter((r) => event === null || r.event === event)
        .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id);
      const slice = all.slice((page - 1) * perPage, page * perPage).map(runToWire);
      send(200, { total_count: all.length, workflow_runs: slice });
      return true;
    }

    const runArtifacts = /^runs\/(\d+)\/artifacts$/.exec(rest);
    if (runArtifacts) {
      const run = workflowRuns.find((r) => inRepo(r) && r.id === Number(runArtifacts[1]));
      if (!run) {
        fail(404, 'Not Found');
        return true;
      }
      const name = parsed.searchParams.get('name');
      const all = artifacts.filter((a) => a.run_id === run.id && (name === null || a.name === name));
      const slice = all.slice((page - 1) * perPage, page * perPage).map((a) => artifactToWire(a, run));
      send(200, { total_count: all.length, artifacts: slice });
      return true;
    }

    const download = /^artifacts\/(\d+)\/zip$/.exec(rest);
    if (download) {
      const artifact = artifacts.find((a) => a.id === Number(download[1]));
      const run = artifact && workflowRuns.find((r) => r.id === artifact.run_id);
      if (!artifact || !run || !inRepo(run)) {
        fail(404, 'Not Found', 'https://docs.github.com/rest/actions/artifacts#download-an-artifact');
      } else if (artifact.expired) {
        fail(
          410,
          'Artifact has expired',
          'https://docs.github.com/rest/actions/artifacts#download-an-artifact',
        );
      } else {
        record.status = 302;
        res.writeHead(302, { location: `${fake.url}/blobs/artifacts/${artifact.id}.zip?sig=fake&se=2099` });
        res.end();
      }
      return true;
    }

    fail(404, 'Not Found');
    return true;
  }

  const runToWire = (run: FakeWorkflowRun) => {
    const { owner, repo, ...wire } = run;
    return {
      ...wire,
      name: 'Benchmark',
      display_title: `Run ${run.run_number}`,
      path: '.github/workflows/bench.yml',
      run_attempt: 1,
      updated_at: run.created_at,
      url: `${fake.url}/repos/${owner}/${repo}/actions/runs/${run.id}`,
      html_url: `https://github.com/${owner}/${repo}/actions/runs/${run.id}`,
      workflow_url: `${fake.url}/repos/${owner}/${repo}/actions/workflows/${run.workflow_id}`,
      repository: { name: repo, full_name: `${owner}/${repo}`, owner: { login: owner } },
    };
  };

  const artifactToWire = (artifact: FakeArtifact, run: FakeWorkflowRun) => ({
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.zip.length,
    url: `${fake.url}/repos/${run.owner}/${run.repo}/actions/artifacts/${artifact.id}`,
    archive_download_url: `${fake.url}/repos/${run.owner}/${run.repo}/actions/artifacts/${artifact.id}/zip`,
    expired: artifact.expired,
    created_at: artifact.created_at,
    updated_at: artifact.created_at,
    expires_at: artifact.expired ? artifact.created_at : '2099-01-01T00:00:00Z',
    workflow_run: {
      id: run.id,
      repository_id: 1,
      head_repository_id: 1,
      head_branch: run.head_branch,
      head_sha: run.head_sha,
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  const fake: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    comments,
    requests,
    readOnly: false,
    login: 'github-actions[bot]',
    workflowRuns,
    artifacts,
    actionsForbidden: false,
    seed: ({
      issueNumber,
      body,
      owner = DEFAULT_OWNER,
      repo = DEFAULT_REPO,
      login = 'github-actions[bot]',
    }) => makeComment(owner, repo, issueNumber, body, login),
    addWorkflowRun: (run) => {
      const id = run.id ?? nextRunId++;
      const added: FakeWorkflowRun = {
        id,
        workflow_id: run.workflowId,
        run_number: run.runNumber ?? id % 1000,
        owner: run.owner ?? DEFAULT_OWNER,
        repo: run.repo ?? DEFAULT_REPO,
        head_branch: run.headBranch,
        head_sha: run.headSha ?? id.toString(16).padStart(40, '0'),
        event: run.event ?? 'push',
        status: run.status ?? 'completed',
        conclusion: run.conclusion === undefined ? 'success' : run.conclusion,
        created_at: run.createdAt ?? new Date().toISOString(),
      };
      workflowRuns.push(added);
      return added;
    },
    addArtifact: ({ runId, name, files, expired = false }) => {
      if (!workflowRuns.some((r) => r.id === runId)) throw new Error(`No fake workflow run ${runId}`);
      const added: FakeArtifact = {
        id: nextArtifactId++,
        run_id: runId,
        name,
        expired,
        zip: storedZip(files),
        created_at: new Date().toISOString(),
      };
      artifacts.push(added);
      return added;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Octokit's fetch keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
  return fake;
}

/** The defaults `seed` uses, for tests that call the API with the same repository. */
export const FAKE_OWNER = DEFAULT_OWNER;
export const FAKE_REPO = DEFAULT_REPO;

/** A comment as the API returns it (without the fake's bookkeeping fields). */
function toWire(comment: FakeComment) {
  const { owner, repo, issue_number, ...wire } = comment;
  return {
    ...wire,
    issue_url: `${comment.url.slice(0, comment.url.indexOf('/repos/'))}/repos/${owner}/${repo}/issues/${issue_number}`,
    author_association: 'NONE',
    performed_via_github_app: null,
  };
}

function tooLong(
  fail: (status: number, message: string, documentation?: string, extra?: object) => void,
): void {
  fail(422, 'Validation Failed', `${DOCS}#create-an-issue-comment`, {
    errors: [
      {
        resource: 'IssueComment',
        code: 'custom',
        field: 'body',
        message: `body is too long (maximum is ${BODY_LIMIT} characters)`,
      },
    ],
  });
}

function bodyField(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('body' in body)) return undefined;
  return typeof body.body === 'string' ? body.body : undefined;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the parts of the GitHub REST API exbench calls, on 127.0.0.1 and a free port.
 * Point Octokit at it with `getOctokit(token, { baseUrl: fake.url })`, or a child process with
 * `GITHUB_API_URL=fake.url`. Responses mimic github.com: pagination with a `link` header, the
 * error bodies, the 65,536-character body limit, and a read-only token's 403 on writes.
 *
 * Routes: GET and POST /repos/:owner/:repo/issues/:number/comments,
 * GET and PATCH /repos/:owner/:repo/issues/comments/:id. Anything else is a 404 (still recorded).
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
  /** Adds a comment directly (no request recorded) and returns it. */
  seed(comment: SeedComment): FakeComment;
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
    seed: ({
      issueNumber,
      body,
      owner = DEFAULT_OWNER,
      repo = DEFAULT_REPO,
      login = 'github-actions[bot]',
    }) => makeComment(owner, repo, issueNumber, body, login),
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

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

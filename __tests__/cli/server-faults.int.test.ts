/**
 * exbench against a server that misbehaves the way real ones do, end to end: the real Ollama client
 * over HTTP, the project's Ollama-compatible server taught each fault, short limits so it stays fast.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import type { Report as JsonReport } from '../../src/report/report-schema.js';
import {
  startFakeOllama,
  type FakeOllama,
  type FakeOllamaOptions,
  type ScriptedReply,
} from '../support/fake-ollama.js';
import { writeSayBenchmark } from '../support/say-benchmark.js';

/** The word a row asks the model to say back; it also picks the fault the row meets. */
function wordOf(prompt: string): string {
  return /say: (\S+)/.exec(prompt)?.[1] ?? '';
}

const CONTROL_ERROR = 'boom \u001b]0;pwned\u0007\u001b[31mred\u001b[0m\n::error::forged';

/** A model that says the word back, unless the word names a fault. */
function faultyReply(prompt: string): ScriptedReply {
  const word = wordOf(prompt);
  switch (word) {
    case 'slow':
      return { response: word, firstChunkDelayMs: 600 };
    case 'endless':
      return { response: 'again and again ', endless: true, chunkDelayMs: 10 };
    case 'stall':
      return { response: 'st all ed', stallAfterChunks: 1 };
    case 'midway':
      return { response: 'mid way', streamErrorAfterChunks: { chunks: 1, error: 'llama runner crashed' } };
    case 'control':
      return { response: word, fail: { status: 500, error: CONTROL_ERROR } };
    case 'long':
      return { response: 'long answer that goes on' };
    default:
      return { response: word };
  }
}

const MODEL = 'fault/echo';

let fake: FakeOllama | null = null;
afterEach(async () => {
  await fake?.close().catch(() => undefined);
  fake = null;
});

async function serve(
  reply: (prompt: string, callIndex: number) => ScriptedReply = faultyReply,
  options: Partial<FakeOllamaOptions> = {},
): Promise<FakeOllama> {
  fake = await startFakeOllama({
    models: [{ name: `${MODEL}:latest`, reply: (prompt, { callIndex }) => reply(prompt, callIndex) }],
    ...options,
  });
  return fake;
}

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
  cwd: string;
  report: JsonReport | null;
  ms: number;
}

async function cli(server: FakeOllama, words: readonly string[], flags: string[] = []): Promise<CliRun> {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-faults-'));
  const file = writeSayBenchmark(cwd, words);
  let stdout = '';
  let stderr = '';
  const started = Date.now();
  const status = await runCli({
    argv: ['ollama-bench', '--host', server.url, '--retries', '1', ...flags, MODEL, file],
    env: {},
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  const ms = Date.now() - started;
  let report: JsonReport | null = null;
  try {
    const [name] = readdirSync(path.join(cwd, 'reports')).filter((f) => f.endsWith('.json'));
    if (name) report = JSON.parse(readFileSync(path.join(cwd, 'reports', name), 'utf8')) as JsonReport;
  } catch {
    report = null;
  }
  return { status, stdout, stderr, cwd, report, ms };
}

const rows = (run: CliRun) => run.report?.models[0]?.results ?? [];

describe('exbench ollama-bench against a misbehaving server', () => {
  it('gives up on a server that accepts the connection and never answers, within the connect timeout', async () => {
    const server = await serve();
    server.setFault('hang');
    const run = await cli(server, ['a'], ['--connect-timeout', '0.3']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/GET \/api\/version got no answer within 0\.3 s/);
    expect(run.ms).toBeLessThan(10_000);
  });

  it('fails (exit 1) on a server that closes the connection without answering', async () => {
    const server = await serve();
    server.setFault('close');
    const run = await cli(server, ['a']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot reach Ollama .*fetch failed: socket hang up/);
  });

  it('errs a row whose first byte comes after the request timeout, names the limit, and goes on', async () => {
    const server = await serve();
    const run = await cli(server, ['slow', 'b'], ['--request-timeout', '0.3', '--no-warmup']);
    const [slow, b] = rows(run);
    expect(slow).toMatchObject({ status: 'errored', error_kind: 'server' });
    expect(slow?.reason).toContain('generation did not finish within 0.3 s');
    expect(b).toMatchObject({ status: 'passed', error_kind: null });
  });

  it('waits for a slow first byte within the request timeout: the idle timeout starts at the first byte', async () => {
    const server = await serve();
    const run = await cli(
      server,
      ['slow'],
      ['--request-timeout', '5', '--idle-timeout', '0.2', '--no-warmup'],
    );
    expect(rows(run)[0]).toMatchObject({ status: 'passed' });
  });

  it('stops an answer that never ends at the request timeout and still writes the report', async () => {
    const server = await serve();
    const run = await cli(server, ['endless', 'b'], ['--request-timeout', '0.5', '--no-warmup']);
    expect(run.report).not.toBeNull();
    const [endless, b] = rows(run);
    expect(endless?.reason).toContain('generation did not finish within 0.5 s');
    expect(endless?.error_kind).toBe('server');
    expect(b?.status).toBe('passed');
  });

  it('stops a stream that stalls mid-answer at the idle timeout', async () => {
    const server = await serve();
    const run = await cli(server, ['stall', 'b'], ['--idle-timeout', '0.3', '--no-warmup']);
    const [stall, b] = rows(run);
    expect(stall).toMatchObject({ status: 'errored', error_kind: 'server' });
    expect(stall?.reason).toContain('no token for 0.3 s');
    expect(b?.status).toBe('passed');
  });

  it('retries an error line sent mid-stream and records it as the server failing', async () => {
    const server = await serve();
    const run = await cli(server, ['midway', 'b'], ['--retries', '2', '--no-warmup']);
    const [midway] = rows(run);
    expect(midway).toMatchObject({ status: 'errored', error_kind: 'server' });
    expect(midway?.reason).toContain('llama runner crashed');
    expect(server.requests.filter((r) => r.path === '/api/generate')).toHaveLength(3);
  });

  it('says an answer was cut off at the token limit, and names num_predict', async () => {
    const server = await serve();
    const run = await cli(server, ['long'], ['--num-predict', '2', '--no-warmup']);
    const [long] = rows(run);
    expect(long?.status).toBe('failed');
    expect(long?.reason).toMatch(/^the answer was cut off at the token limit \(num_predict 2\); /);
  });

  it('prints a server error with escape sequences as visible text, never as live control codes', async () => {
    const server = await serve();
    const run = await cli(server, ['control', 'b'], ['--no-warmup']);
    expect(rows(run)[0]?.prompt_response.error).toBe(CONTROL_ERROR); // the report keeps it exactly
    expect(run.stderr).toContain('\\x1b]0;pwned\\x07');
    expect(run.stderr).not.toContain('\u001b');
    expect(run.stderr).not.toContain('\u0007');
  });

  it('waits out a server outage during the rows and loses no row', async () => {
    let server: FakeOllama | null = null;
    server = await serve((prompt, callIndex) => {
      // The outage starts while the 4th row is being answered (call 0 is the warm-up).
      if (callIndex === 4) void server?.outage(1_500);
      return faultyReply(prompt);
    });
    const words = Array.from({ length: 8 }, (_, i) => `w${i + 1}`);
    const run = await cli(server, words, ['--retries', '3', '--server-wait', '10']);
    expect(run.status).toBe(0);
    expect(rows(run).map((row) => row.status)).toEqual(words.map(() => 'passed'));
    expect(run.stderr).toMatch(/is not answering .*waiting up to 10 s/);
    expect(run.stderr).toMatch(/answers again after/);
  });

  it('retries a pull cut off by an outage (Ollama resumes partial pulls)', async () => {
    const server = await serve(faultyReply, { local: [], pullChunkDelayMs: 100 });
    let cut = false;
    const watcher = setInterval(() => {
      if (!cut && server.requests.some((r) => r.path === '/api/pull')) {
        cut = true;
        void server.outage(800);
      }
    }, 20);
    try {
      const run = await cli(server, ['a'], ['--retries', '3', '--server-wait', '10']);
      expect(server.requests.filter((r) => r.path === '/api/pull').length).toBeGreaterThanOrEqual(2);
      expect(run.report?.models[0]).toMatchObject({ status: 'completed', pulled: true });
      expect(rows(run)[0]?.status).toBe('passed');
    } finally {
      clearInterval(watcher);
    }
  });

  it('refuses an output folder it cannot write before the first request (exit 2, naming the path)', async () => {
    const server = await serve();
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-faults-'));
    const notAFolder = path.join(cwd, 'file.txt');
    writeFileSync(notAFolder, 'x');
    const run = await cli(server, ['a'], ['--output-dir', notAFolder]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--output-dir: cannot write reports to ${notAFolder}`);
    expect(server.requests.some((r) => r.path === '/api/generate')).toBe(false);
  });
});

describe('exbench compare after an outage', () => {
  it('reports the rows lost to the server apart and never calls it a regression (exit 0)', async () => {
    const words = Array.from({ length: 12 }, (_, i) => `w${i + 1}`);
    const clean = await cli(await serve(), words, ['--no-warmup']);
    await fake?.close();

    let server: FakeOllama | null = null;
    server = await serve((prompt, callIndex) => {
      if (callIndex === 5) void server?.outage(2_000);
      return faultyReply(prompt);
    });
    // A server wait shorter than the outage: rows during it are errored by the server.
    const broken = await cli(server, words, ['--no-warmup', '--retries', '2', '--server-wait', '0.3']);
    const lost = rows(broken).filter((row) => row.error_kind === 'server').length;
    expect(lost).toBeGreaterThan(1);
    expect(rows(broken).filter((row) => row.status === 'failed')).toEqual([]);

    const cleanPath = path.join(clean.cwd, 'clean.json');
    const brokenPath = path.join(broken.cwd, 'broken.json');
    writeFileSync(cleanPath, JSON.stringify(clean.report));
    writeFileSync(brokenPath, JSON.stringify(broken.report));
    let stdout = '';
    let stderr = '';
    const status = await runCli({
      argv: ['compare', cleanPath, brokenPath],
      env: {},
      cwd: clean.cwd,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(status).toBe(0);
    expect(stdout).not.toContain('Regression against the baseline');
    expect(stdout).not.toContain('🔴');
    expect(stdout).toContain('inconclusive');
    expect(stdout).toContain(`${lost} of 12 on head`);
    expect(stderr).toMatch(/not judged, the server failed too many rows/);
  });
});

describe('exbench with its output closed', () => {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

  it('finishes the run and writes the report when stdout and stderr are closed early (EPIPE)', async () => {
    const server = await serve();
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-epipe-'));
    const file = writeSayBenchmark(cwd, ['a', 'b', 'c']);
    const child = spawn(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'src/cli.ts'), 'ollama-bench', '--host', server.url, MODEL, file],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // As `exbench … 2>&1 | head -1`: the reader takes the first line and goes away.
    const closeAfterFirstLine = (stream: NodeJS.ReadableStream & { destroy(): void }): void => {
      stream.once('data', () => stream.destroy());
    };
    closeAfterFirstLine(child.stdout);
    closeAfterFirstLine(child.stderr);
    const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    expect(status).toBe(0);
    const [name] = readdirSync(path.join(cwd, 'reports')).filter((f) => f.endsWith('.json'));
    const report = JSON.parse(readFileSync(path.join(cwd, 'reports', name ?? ''), 'utf8')) as JsonReport;
    expect(report.models[0]?.results.map((r) => r.status)).toEqual(['passed', 'passed', 'passed']);
  }, 60_000);
});

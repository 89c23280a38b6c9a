/**
 * OLLAMA_HOST as people write it, through the CLI: quoted values, a port fetch will not use, and an
 * address where another server (an HTML page) answers. Whatever happens, stdout holds only exbench's
 * own output: the Ollama client's own printing must not reach it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');
const PAGE = '<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head><body>hi</body></html>\n';

let fake: FakeOllama;
let web: Server;
let webPort: number;
let written: string[];

beforeAll(async () => {
  fake = await startFakeOllama({ models: mathModels(), local: ['exbench/right:latest'] });
  // Another web server: an HTML page for /, and an HTML 404 page for everything else.
  web = createServer((req, res) => {
    res.writeHead(req.url === '/' ? 200 : 404, { 'Content-Type': 'text/html' });
    res.end(PAGE);
  });
  await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
  webPort = (web.address() as AddressInfo).port;
});
afterAll(async () => {
  await fake.close();
  await new Promise((resolve) => web.close(resolve));
});

// What anything (the client library included) writes to the real stdout during a test.
beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  for (const method of ['log', 'info'] as const) {
    jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      written.push(args.map(String).join(' '));
    });
  }
});
afterEach(() => {
  jest.restoreAllMocks();
});

async function bench(ollamaHost: string): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv: ['ollama-bench', 'exbench/right', SIMPLE_MATH, '--no-pull', '--retries', '1'],
    env: { OLLAMA_HOST: ollamaHost },
    cwd: mkdtempSync(path.join(tmpdir(), 'exbench-address-')),
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

describe('OLLAMA_HOST through the CLI', () => {
  it('takes an address wrapped in quotes twice over, as Ollama does', async () => {
    const run = await bench(`'"${fake.hostPort}"'`);
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/exbench\/right\s+100\.0%/);
  });

  it('says that fetch will not use port 6000 instead of asking to start ollama serve', async () => {
    const run = await bench('127.0.0.1:6000');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^error: cannot use http:\/\/127\.0\.0\.1:6000: its port is one that fetch refuses/,
    );
    expect(run.stderr).not.toContain('ollama serve');
    expect(run.stdout).toBe('');
  });

  it('names a server that is not Ollama in one line, and nothing reaches stdout', async () => {
    const run = await bench(`127.0.0.1:${webPort}`);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `error: http://127.0.0.1:${webPort} is not an Ollama server: it answered /api/version with HTTP 404 and an HTML page titled "Welcome to nginx!" instead of Ollama's JSON; point OLLAMA_HOST or --host at Ollama\n`,
    );
    expect(run.stdout).toBe('');
    expect(written).toEqual([]);
  });
});

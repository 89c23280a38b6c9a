import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  startOllamaServer,
  stopOllamaServerByPid,
  type OllamaServerProcess,
} from '../../../src/adapters/ollama/serve.js';
import { ConfigurationError, ExternalError } from '../../../src/errors.js';
import { RecordingLogger } from '../../support/recording-logger.js';

type FakeMode = 'serve' | 'exit' | 'silent' | 'stubborn' | 'with-runner';

/**
 * A stand-in for the ollama binary. `serve` prints the environment it got, listens on OLLAMA_HOST
 * and answers GET /api/version; the other modes misbehave on purpose.
 */
function fakeOllama(mode: FakeMode): string {
  const script = `#!/usr/bin/env node
(async () => {
  const http = await import('node:http');
  const { spawn } = await import('node:child_process');
  const mode = ${JSON.stringify(mode)};
  const command = process.argv[2];
  if (command === '--version') { console.log('ollama version is 0.0.0-test'); return; }
  if (command !== 'serve') { console.error('unknown command ' + command); process.exit(2); }
  console.log('OLLAMA_HOST=' + process.env.OLLAMA_HOST);
  console.log('OLLAMA_MODELS=' + process.env.OLLAMA_MODELS);
  console.log('EXTRA=' + process.env.EXBENCH_TEST_EXTRA);
  if (mode === 'exit') {
    for (let i = 1; i <= 40; i++) console.log('startup line ' + i);
    console.error('Error: listen tcp ' + process.env.OLLAMA_HOST + ': bind: address already in use');
    process.exit(3);
  }
  if (mode === 'silent') { setInterval(() => {}, 1000); return; }
  if (mode === 'stubborn') process.on('SIGTERM', () => console.log('ignoring SIGTERM'));
  if (mode === 'with-runner') {
    const runner = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    console.log('RUNNER_PID=' + runner.pid);
  }
  const [hostname, port] = process.env.OLLAMA_HOST.split(':');
  http
    .createServer((request, response) => {
      if (request.method === 'GET' && request.url === '/api/version') {
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ version: '0.0.0-test' }));
      } else {
        response.statusCode = 404;
        response.end();
      }
    })
    .listen(Number(port), hostname, () => console.log('Listening on ' + hostname + ':' + port));
})();
`;
  const file = path.join(fs.mkdtempSync(path.join(scratch, 'bin-')), 'ollama');
  fs.writeFileSync(file, script, { mode: 0o755 });
  return file;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exbench-serve-test-'));
let logger: RecordingLogger;
let workDir: string;
let modelsDir: string;
let logFile: string;
const started: OllamaServerProcess[] = [];
const savedOllamaHost = process.env['OLLAMA_HOST'];

beforeEach(() => {
  logger = new RecordingLogger();
  workDir = fs.mkdtempSync(path.join(scratch, 'run-'));
  modelsDir = path.join(workDir, 'models');
  logFile = path.join(workDir, 'logs', 'ollama.log');
});

afterEach(async () => {
  for (const server of started.splice(0)) await server.stop();
  if (savedOllamaHost === undefined) delete process.env['OLLAMA_HOST'];
  else process.env['OLLAMA_HOST'] = savedOllamaHost;
});

afterAll(() => {
  fs.rmSync(scratch, { recursive: true, force: true });
});

async function start(mode: FakeMode, extra: { port?: number; readyTimeoutMs?: number } = {}) {
  const server = await startOllamaServer({
    binaryPath: fakeOllama(mode),
    modelsDir,
    logFile,
    logger,
    extraEnv: { EXBENCH_TEST_EXTRA: 'extra value' },
    ...extra,
  });
  started.push(server);
  return server;
}

/** Whether a process runs; a zombie (dead, waiting for its parent to reap it) does not. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  if (process.platform !== 'linux') return true;
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

async function logLine(prefix: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const line = fs
      .readFileSync(logFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith(prefix));
    if (line !== undefined) return line.slice(prefix.length);
    await sleep(50);
  }
  throw new Error(`no line starting ${prefix} in ${logFile}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

describe('startOllamaServer', () => {
  it('answers /api/version on the returned url, with OLLAMA_HOST and OLLAMA_MODELS set for it', async () => {
    // A public address in our own environment must not reach the server.
    process.env['OLLAMA_HOST'] = '0.0.0.0:11434';

    const server = await start('serve');

    expect(server.host).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(server.url).toBe(`http://${server.host}`);
    const response = await fetch(`${server.url}/api/version`);
    expect(await response.json()).toEqual({ version: '0.0.0-test' });
    expect(await logLine('OLLAMA_HOST=')).toBe(server.host);
    expect(await logLine('OLLAMA_MODELS=')).toBe(modelsDir);
    expect(await logLine('EXTRA=')).toBe('extra value');
    expect(await logLine('Listening on ')).toBe(server.host);
    expect(fs.statSync(modelsDir).isDirectory()).toBe(true);
    expect(logger.groups).toEqual(['Start Ollama server']);
    expect(logger.messages().at(-1)).toMatch(/^Ollama 0\.0\.0-test answers on http:\/\/127\.0\.0\.1:\d+ /);
  });

  it('listens on the port it is given', async () => {
    const port = await freePort();

    const server = await start('serve', { port });

    expect(server.host).toBe(`127.0.0.1:${port}`);
    expect((await fetch(`http://127.0.0.1:${port}/api/version`)).ok).toBe(true);
  });

  it('stop() ends the server and the runner processes it started', async () => {
    const server = await start('with-runner');
    const runnerPid = Number(await logLine('RUNNER_PID='));
    expect(isAlive(runnerPid)).toBe(true);

    await server.stop();

    expect(isAlive(server.pid)).toBe(false);
    expect(isAlive(runnerPid)).toBe(false);
    await expect(fetch(`${server.url}/api/version`)).rejects.toThrow();
    await server.stop(); // a second stop is harmless
  });

  it('fails with the exit code and the last lines of the log when the server exits at once', async () => {
    const attempt = start('exit');

    await expect(attempt).rejects.toThrow(ExternalError);
    const message = await attempt.then(
      () => '',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toMatch(
      /exited with code 3 before answering GET http:\/\/127\.0\.0\.1:\d+\/api\/version/,
    );
    expect(message).toContain(`Last lines of ${logFile}:`);
    expect(message).toMatch(/bind: address already in use$/);
    expect(message).toContain('startup line 40');
    expect(message).toContain('startup line 12');
    expect(message).not.toContain('startup line 11\n');
  });

  it('times out, kills the server and shows its log when it never answers', async () => {
    const startedAt = Date.now();
    const attempt = start('silent', { readyTimeoutMs: 1_000 });

    const message = await attempt.then(
      () => '',
      (error: unknown) => (error as Error).message,
    );
    expect(message).toMatch(/did not answer GET http:\/\/127\.0\.0\.1:\d+\/api\/version within 1000 ms/);
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).toContain('OLLAMA_MODELS=');
    expect(Date.now() - startedAt).toBeLessThan(10_000);
    const pid = Number(/pid (\d+)/.exec(message)?.[1]);
    expect(pid).toBeGreaterThan(1);
    expect(isAlive(pid)).toBe(false);
  });

  it('fails clearly when the binary cannot be started', async () => {
    await expect(
      startOllamaServer({ binaryPath: path.join(scratch, 'missing', 'ollama'), modelsDir, logFile, logger }),
    ).rejects.toThrow(/Could not start .*missing\/ollama serve: .*ENOENT/);
  });
});

describe('stopOllamaServerByPid', () => {
  it('terminates a server known only by its pid', async () => {
    const server = await start('serve');

    expect(await stopOllamaServerByPid(server.pid)).toBe('terminated');
    expect(isAlive(server.pid)).toBe(false);
    expect(await stopOllamaServerByPid(server.pid)).toBe('not-running');
  });

  it('kills a server that ignores SIGTERM once the grace period is over', async () => {
    const server = await start('stubborn');

    expect(await stopOllamaServerByPid(server.pid, { graceMs: 300 })).toBe('killed');
    expect(isAlive(server.pid)).toBe(false);
    expect(await logLine('ignoring SIGTERM')).toBe('');
  });

  it('refuses pids that would signal more than one server', async () => {
    await expect(stopOllamaServerByPid(0)).rejects.toThrow(ConfigurationError);
    await expect(stopOllamaServerByPid(1)).rejects.toThrow(ConfigurationError);
    await expect(stopOllamaServerByPid(-5)).rejects.toThrow(ConfigurationError);
    await expect(stopOllamaServerByPid(Number.NaN)).rejects.toThrow(ConfigurationError);
  });
});

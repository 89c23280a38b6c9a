/**
 * Output that cannot be delivered: stdout on a full device must not exit 0 as if the output
 * arrived, and a reader that went away (`exbench … | head`) ends it quietly with 141, as `yes | head`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_LOADER = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
const FULL_DEVICE_ERROR =
  'error: stdout could not be written (ENOSPC: no space left on device, write); the output there is incomplete\n';

/** Runs the CLI from source with stdout on `stdout` ('pipe': a pipe closed by its reader at once). */
function exbench(
  args: string[],
  stdout: 'pipe' | '/dev/full',
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<{ status: number | null; stderr: string }> {
  const fd = stdout === 'pipe' ? 'pipe' : openSync(stdout, 'w');
  const child = spawn(process.execPath, ['--import', TSX_LOADER, path.join(ROOT, 'src/cli.ts'), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...options.env },
    stdio: ['ignore', fd, 'pipe'],
  });
  if (typeof fd === 'number') closeSync(fd);
  // The reader goes away before the CLI has started, so its first write meets EPIPE.
  child.stdout?.destroy();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (status) => resolve({ status, stderr })));
}

let fake: FakeOllama;
beforeAll(async () => {
  fake = await startFakeOllama({
    models: [{ name: 'probe/echo:latest', reply: (prompt) => ({ response: prompt }) }],
  });
});
afterAll(() => fake.close());

describe('stdout on a full device', () => {
  it.each([[['--version']], [['--help']], [['ollama-bench', '--help']]])(
    'exbench %j exits 1 and says stdout could not be written',
    async (args) => {
      expect(await exbench(args, '/dev/full')).toEqual({ status: 1, stderr: FULL_DEVICE_ERROR });
    },
  );

  it('fails a run whose results table could not be written, with its report still on disk', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-full-stdout-'));
    writeFileSync(path.join(cwd, 'prompts.txt'), 'Say hello\n');
    const run = await exbench(['ollama-bench', 'probe/echo', 'prompts.txt', '--quiet'], '/dev/full', {
      cwd,
      env: { HOME: cwd, OLLAMA_HOST: fake.hostPort },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: stdout could not be written \(ENOSPC/m);
    expect(readdirSync(path.join(cwd, 'reports')).filter((file) => file.endsWith('.json'))).toHaveLength(1);
  }, 60_000);
});

describe('a reader that went away', () => {
  it('ends exbench --help quietly with 141, as a process stopped by SIGPIPE', async () => {
    expect(await exbench(['--help'], 'pipe')).toEqual({ status: 141, stderr: '' });
  });
});

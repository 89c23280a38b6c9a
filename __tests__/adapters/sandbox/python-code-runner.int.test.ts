import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PythonCodeRunner } from '../../../src/adapters/sandbox/python-code-runner.js';
import { ExternalError } from '../../../src/errors.js';
import type { CodeRunRequest } from '../../../src/ports.js';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'exbench-sandbox-test-'));
const tmpRoot = path.join(scratch, 'runs'); // made by the runner
const runner = await PythonCodeRunner.create({ tmpRoot, uv: null });
const realUv = (await PythonCodeRunner.create({ tmpRoot })).uv;

afterAll(async () => {
  // Every run, whatever it did, must have cleaned up after itself.
  const left = await readdir(tmpRoot);
  await rm(scratch, { recursive: true, force: true });
  expect(left).toEqual([]);
});

function python(code: string, overrides: Partial<CodeRunRequest> = {}): CodeRunRequest {
  return { code, executor: 'python3', timeoutMs: 10_000, maxOutputBytes: 100_000, ...overrides };
}

/** Whether `pid` is gone, waiting up to `withinMs` for it; a zombie waiting to be reaped counts as gone. */
async function processGone(pid: number, withinMs = 2000): Promise<boolean> {
  const until = Date.now() + withinMs;
  for (;;) {
    if (!(await isRunning(pid))) return true;
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function isRunning(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  return !/^\d+ \(.*\) Z /s.test(stat);
}

async function writeExecutable(name: string, text: string): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, text);
  await chmod(file, 0o755);
  return file;
}

describe('PythonCodeRunner', () => {
  it('resolves the real interpreter behind a shim, once, at creation', () => {
    expect(path.isAbsolute(runner.python.executable)).toBe(true);
    expect(runner.python.executable).not.toContain('/shims/');
    expect(runner.python.version).toMatch(/^3\.\d+\.\d+$/);
  });

  it('prints output and exits with code 0', async () => {
    const result = await runner.run(python('print("hello", 6 * 7)'));
    expect(result).toMatchObject({
      executor: 'python3',
      command: 'python3 -I -u main.py',
      exitCode: 0,
      signal: null,
      timedOut: false,
      stdout: 'hello 42\n',
      stderr: '',
      stdoutTruncated: false,
      stderrTruncated: false,
      spawnError: null,
    });
    expect(result.durationMs).toBeGreaterThan(0);
  });

  it('reports a raising snippet as exit code 1 with the traceback in stderr', async () => {
    const result = await runner.run(python('print("before")\nraise ValueError("bad answer")'));
    expect(result.exitCode).toBe(1);
    expect(result.signal).toBeNull();
    expect(result.stdout).toBe('before\n');
    expect(result.stderr).toContain('Traceback (most recent call last)');
    expect(result.stderr).toContain('ValueError: bad answer');
  });

  it('stops an endless loop at the time limit, keeps what it printed, and leaves no process behind', async () => {
    const code = [
      'import os, subprocess',
      "child = subprocess.Popen(['sleep', '30'])",
      'print(os.getpid(), child.pid, os.getcwd())',
      'while True: pass',
    ].join('\n');
    const result = await runner.run(python(code, { timeoutMs: 500 }));
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL' });
    expect(result.durationMs).toBeGreaterThanOrEqual(450);
    expect(result.durationMs).toBeLessThan(2000);
    const [snippet = '', sleeper = '', cwd = ''] = result.stdout.trim().split(' ');
    expect(await processGone(Number(snippet))).toBe(true);
    expect(await processGone(Number(sleeper))).toBe(true);
    expect(existsSync(cwd)).toBe(false);
  });

  it('kills children the snippet leaves running (subprocess and fork) as soon as it exits', async () => {
    const code = [
      'import os, subprocess, time',
      "sleeper = subprocess.Popen(['sleep', '30'])",
      'forked = os.fork()',
      'if forked == 0:',
      '    time.sleep(30)',
      '    os._exit(0)',
      'print(sleeper.pid, forked)',
    ].join('\n');
    const result = await runner.run(python(code, { timeoutMs: 10_000 }));
    // The children hold the output pipe open; the run must not wait for them.
    expect(result).toMatchObject({ exitCode: 0, timedOut: false });
    expect(result.durationMs).toBeLessThan(2000);
    const pids = result.stdout.trim().split(' ').map(Number);
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(await processGone(pid)).toBe(true);
  });

  it("does not let the snippet see the caller's environment, secrets or tokens", async () => {
    const saved = { secret: process.env.EXBENCH_TEST_SECRET, token: process.env.GITHUB_TOKEN };
    process.env.EXBENCH_TEST_SECRET = 'hunter2';
    process.env.GITHUB_TOKEN = 'ghs_not_a_real_token';
    try {
      const result = await runner.run(
        python('import json, os\nprint(json.dumps({"cwd": os.getcwd(), "env": dict(os.environ)}))'),
      );
      const { cwd, env } = JSON.parse(result.stdout) as { cwd: string; env: Record<string, string> };
      expect(env).not.toHaveProperty('EXBENCH_TEST_SECRET');
      expect(env).not.toHaveProperty('GITHUB_TOKEN');
      expect(result.stdout).not.toContain('hunter2');
      expect(result.stdout).not.toContain('ghs_not_a_real_token');
      expect(env).toMatchObject({
        HOME: cwd,
        TMPDIR: cwd,
        LANG: 'C.UTF-8',
        PYTHONIOENCODING: 'utf-8',
        PYTHONDONTWRITEBYTECODE: '1',
        PYTHONUNBUFFERED: '1',
      });
      const allowed = ['HOME', 'TMPDIR', 'LANG', 'PATH', 'PYTHONIOENCODING', 'PYTHONDONTWRITEBYTECODE'];
      allowed.push('PYTHONUNBUFFERED', 'LC_CTYPE'); // LC_CTYPE: Python may coerce a C locale itself
      expect(Object.keys(env).filter((name) => !allowed.includes(name))).toEqual([]);
      expect(env.PATH?.split(':')).toEqual([
        ...new Set([path.dirname(runner.python.executable), '/usr/local/bin', '/usr/bin', '/bin']),
      ]);
    } finally {
      for (const [name, value] of [
        ['EXBENCH_TEST_SECRET', saved.secret],
        ['GITHUB_TOKEN', saved.token],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('runs each snippet in a fresh directory holding only main.py, removed afterwards', async () => {
    const result = await runner.run(python('import os\nprint(os.getcwd())\nprint(sorted(os.listdir()))'));
    const [cwd = '', listing] = result.stdout.trim().split('\n');
    expect(path.dirname(cwd)).toBe(tmpRoot);
    expect(path.basename(cwd)).toMatch(/^exbench-run-/);
    expect(listing).toBe("['main.py']");
    expect(existsSync(cwd)).toBe(false);
  });

  it("keeps snippets that run at the same time out of each other's files", async () => {
    const code = (mark: string) =>
      [
        'import os, time',
        `open("${mark}.txt", "w").write("${mark}")`,
        'time.sleep(0.3)',
        'print(os.getcwd())',
        'print(sorted(os.listdir()))',
      ].join('\n');
    const [first, second] = await Promise.all([runner.run(python(code('a'))), runner.run(python(code('b')))]);
    const [firstDir, firstFiles] = first.stdout.trim().split('\n');
    const [secondDir, secondFiles] = second.stdout.trim().split('\n');
    expect(firstDir).not.toBe(secondDir);
    expect(firstFiles).toBe("['a.txt', 'main.py']");
    expect(secondFiles).toBe("['b.txt', 'main.py']");
  });

  it('cuts endless output at the cap, flags it, and ends the run at once', async () => {
    const result = await runner.run(
      python("while True: print('x' * 10000)", { maxOutputBytes: 1000, timeoutMs: 10_000 }),
    );
    expect(result.stdout).toBe('x'.repeat(1000));
    expect(result).toMatchObject({ stdoutTruncated: true, stderrTruncated: false, timedOut: false });
    expect(result.signal).toBe('SIGKILL');
    expect(result.durationMs).toBeLessThan(2000);
  });

  it('caps stderr on its own', async () => {
    const result = await runner.run(
      python("import sys\nprint('ok')\nwhile True: sys.stderr.write('e' * 10000)", { maxOutputBytes: 500 }),
    );
    expect(result).toMatchObject({ stdout: 'ok\n', stdoutTruncated: false, stderrTruncated: true });
    expect(result.stderr).toBe('e'.repeat(500));
  });

  it('keeps output of exactly the cap untouched, and cuts between characters, not inside one', async () => {
    const exact = await runner.run(python("print('abc', end='')", { maxOutputBytes: 3 }));
    expect(exact).toMatchObject({ stdout: 'abc', stdoutTruncated: false, exitCode: 0 });
    const accented = await runner.run(python("print('é' * 100)", { maxOutputBytes: 5 }));
    expect(accented).toMatchObject({ stdout: 'éé', stdoutTruncated: true });
  });

  it('gives input() end-of-file instead of waiting for a keyboard', async () => {
    const result = await runner.run(
      python('try:\n    input("name? ")\nexcept EOFError:\n    print("EOF")', { timeoutMs: 5000 }),
    );
    expect(result).toMatchObject({ stdout: 'name? EOF\n', exitCode: 0, timedOut: false });
  });

  it('reports an interpreter that has disappeared as a spawn error instead of throwing', async () => {
    const vanishing = await writeExecutable(
      'vanishing-python',
      '#!/bin/sh\necho /nonexistent/exbench/bin/python3\necho 3.99.0\n',
    );
    const broken = await PythonCodeRunner.create({ python: vanishing, uv: null, tmpRoot });
    const result = await broken.run(python('print(1)'));
    expect(result.spawnError).toMatch(/ENOENT/);
    expect(result).toMatchObject({ exitCode: null, signal: null, timedOut: false, stdout: '' });
  });

  it('refuses to start without a Python 3, naming what it tried', async () => {
    const creation = PythonCodeRunner.create({ python: '/nonexistent/python3', uv: null, tmpRoot });
    await expect(creation).rejects.toBeInstanceOf(ExternalError);
    await expect(creation).rejects.toThrow('/nonexistent/python3');
  });

  it('offers uv only when there is one, and reports a uv run without it as a spawn error', async () => {
    expect([...(await runner.available())]).toEqual(['python3']);
    const result = await runner.run(python('print(1)', { executor: 'uv' }));
    expect(result).toMatchObject({ executor: 'uv', command: 'uv run --no-project --quiet main.py' });
    expect(result.spawnError).toContain('uv');
    await expect(PythonCodeRunner.create({ uv: '/nonexistent/uv', tmpRoot })).rejects.toBeInstanceOf(
      ExternalError,
    );
  });

  it('runs the uv executor as `uv run --no-project --quiet main.py` with the uv cache in its environment', async () => {
    const record = path.join(scratch, 'fake-uv-record.json');
    const fakeUv = await writeExecutable(
      'uv',
      [
        `#!${runner.python.executable} -I`,
        'import json, os, runpy, sys',
        "if sys.argv[1:] == ['--version']:",
        "    print('uv 0.0.0-fake')",
        '    sys.exit(0)',
        `with open(${JSON.stringify(record)}, 'w') as f:`,
        "    json.dump({'argv': sys.argv[1:], 'env': dict(os.environ), 'cwd': os.getcwd()}, f)",
        "runpy.run_path(sys.argv[-1], run_name='__main__')",
        '',
      ].join('\n'),
    );
    const uvCacheDir = path.join(scratch, 'uv-cache');
    const withUv = await PythonCodeRunner.create({ uv: fakeUv, tmpRoot, uvCacheDir });
    expect([...(await withUv.available())].sort()).toEqual(['python3', 'uv']);
    expect(withUv.uv).toEqual({ executable: fakeUv, version: 'uv 0.0.0-fake' });

    process.env.EXBENCH_TEST_SECRET = 'hunter2';
    const result = await withUv.run(python('print("via uv")', { executor: 'uv' })).finally(() => {
      delete process.env.EXBENCH_TEST_SECRET;
    });
    expect(result).toMatchObject({
      executor: 'uv',
      command: 'uv run --no-project --quiet main.py',
      exitCode: 0,
      stdout: 'via uv\n',
    });
    const seen = JSON.parse(await readFile(record, 'utf8')) as {
      argv: string[];
      env: Record<string, string>;
      cwd: string;
    };
    expect(seen.argv).toEqual(['run', '--no-project', '--quiet', 'main.py']);
    expect(seen.env).toMatchObject({
      UV_CACHE_DIR: uvCacheDir,
      UV_NO_PROGRESS: '1',
      HOME: seen.cwd,
      TMPDIR: seen.cwd,
      LANG: 'C.UTF-8',
    });
    expect(seen.env).not.toHaveProperty('EXBENCH_TEST_SECRET');
    expect(seen.env.PATH?.split(':').slice(0, 2)).toEqual([scratch, path.dirname(runner.python.executable)]);
    expect(existsSync(seen.cwd)).toBe(false);
  });

  (realUv ? it : it.skip)('runs a PEP 723 script with the installed uv', async () => {
    const withUv = await PythonCodeRunner.create({ tmpRoot });
    const code = '# /// script\n# dependencies = []\n# ///\nimport sys\nprint("uv ok", sys.version_info[0])';
    const result = await withUv.run(python(code, { executor: 'uv', timeoutMs: 60_000 }));
    expect(result).toMatchObject({ exitCode: 0, stdout: 'uv ok 3\n', spawnError: null });
  });
});

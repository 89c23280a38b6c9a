import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { findExecutable } from '../../../src/adapters/sandbox/locate-interpreters.js';
import { PythonCodeRunner } from '../../../src/adapters/sandbox/python-code-runner.js';
import { ExternalError } from '../../../src/errors.js';
import type { CodeRunRequest, SandboxTier } from '../../../src/ports.js';
import { becomeMarkedSleeper, survivorsAfter } from '../../support/survivors.js';

const scratch = await mkdtemp(path.join(os.tmpdir(), 'exbench-sandbox-test-'));
const tmpRoot = path.join(scratch, 'runs'); // made by the runner
const runner = await PythonCodeRunner.create({ tmpRoot, uv: null, sandbox: 'process' });
const realUv = (await PythonCodeRunner.create({ tmpRoot, sandbox: 'process' })).uv;
const bwrapInstalled = (await findExecutable('bwrap')) !== null;
if (!bwrapInstalled) {
  console.warn('SKIPPED: the namespace sandbox tests need bubblewrap (apt-get install bubblewrap)');
}
const tiers: SandboxTier[] = bwrapInstalled ? ['namespace', 'process'] : ['process'];
const runners = Object.fromEntries(
  await Promise.all(
    tiers.map(
      async (tier) => [tier, await PythonCodeRunner.create({ tmpRoot, uv: null, sandbox: tier })] as const,
    ),
  ),
) as Partial<Record<SandboxTier, PythonCodeRunner>>;

afterAll(async () => {
  // Every run, whatever it did, must have cleaned up after itself.
  const left = await readdir(tmpRoot);
  await rm(scratch, { recursive: true, force: true });
  expect(left).toEqual([]);
});

function python(code: string, overrides: Partial<CodeRunRequest> = {}): CodeRunRequest {
  return { code, executor: 'python3', timeoutMs: 10_000, maxOutputBytes: 100_000, ...overrides };
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
    const withUv = await PythonCodeRunner.create({ uv: fakeUv, tmpRoot, uvCacheDir, sandbox: 'process' });
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
      HOME: path.join(path.dirname(seen.cwd), 'home'),
      TMPDIR: path.join(path.dirname(seen.cwd), 'tmp'),
      LANG: 'C.UTF-8',
    });
    expect(seen.env).not.toHaveProperty('EXBENCH_TEST_SECRET');
    expect(seen.env.PATH?.split(':').slice(0, 2)).toEqual([scratch, path.dirname(runner.python.executable)]);
    expect(existsSync(seen.cwd)).toBe(false);
  });

  (realUv ? it : it.skip)('runs a PEP 723 script with the installed uv', async () => {
    const withUv = await PythonCodeRunner.create({ tmpRoot, sandbox: 'process' });
    const code = '# /// script\n# dependencies = []\n# ///\nimport sys\nprint("uv ok", sys.version_info[0])';
    const result = await withUv.run(python(code, { executor: 'uv', timeoutMs: 60_000 }));
    expect(result).toMatchObject({ exitCode: 0, stdout: 'uv ok 3\n', spawnError: null });
  });
});

describe.each(tiers)('PythonCodeRunner, %s tier', (tier) => {
  const tierRunner = (): PythonCodeRunner => {
    const found = runners[tier];
    if (found === undefined) throw new Error(`no ${tier} runner`);
    return found;
  };

  it('records which tier it is and what that isolates', () => {
    expect(tierRunner().sandbox).toMatchObject({ tier, warning: null });
    expect(tierRunner().sandbox.isolates.length).toBeGreaterThan(0);
  });

  it('stops an endless loop at the time limit, keeps what it printed, and leaves no process behind', async () => {
    const marker = `exbench-loop-${tier}-${process.pid}`;
    const code = [
      'import os, subprocess, sys',
      `child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "${marker}"])`,
      'print("started", flush=True)',
      'while True: pass',
    ].join('\n');
    const result = await tierRunner().run(python(code, { timeoutMs: 1000 }));
    expect(result).toMatchObject({ timedOut: true, exitCode: null, signal: 'SIGKILL', stdout: 'started\n' });
    expect(result.durationMs).toBeGreaterThanOrEqual(950);
    expect(result.durationMs).toBeLessThan(5000);
    expect(await survivorsAfter(marker)).toEqual([]);
  });

  it('kills what the snippet leaves running (subprocess, fork, setsid, double fork) as soon as it exits', async () => {
    const marker = `exbench-orphans-${tier}-${process.pid}`;
    const code = [
      'import os, subprocess, sys, signal',
      `subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", "${marker}"])`,
      'if os.fork() == 0:',
      '    os.setsid()',
      '    signal.signal(signal.SIGTERM, signal.SIG_IGN)',
      `    ${becomeMarkedSleeper(marker)}`,
      'if os.fork() == 0:',
      '    if os.fork() == 0:',
      '        os.setsid()',
      `        ${becomeMarkedSleeper(marker)}`,
      '    os._exit(0)',
      'print("left them")',
    ].join('\n');
    const result = await tierRunner().run(python(code, { timeoutMs: 10_000 }));
    // The children hold the output pipe open; the run must not wait for them.
    expect(result).toMatchObject({ exitCode: 0, timedOut: false, stdout: 'left them\n' });
    expect(result.durationMs).toBeLessThan(4000);
    expect(await survivorsAfter(marker)).toEqual([]);
  });

  it("does not pass on the caller's environment, secrets or tokens", async () => {
    const saved = { secret: process.env.EXBENCH_TEST_SECRET, token: process.env.GITHUB_TOKEN };
    process.env.EXBENCH_TEST_SECRET = 'hunter2';
    process.env.GITHUB_TOKEN = 'ghs_not_a_real_token';
    try {
      const result = await tierRunner().run(
        python('import json, os\nprint(json.dumps({"cwd": os.getcwd(), "env": dict(os.environ)}))'),
      );
      const { cwd, env } = JSON.parse(result.stdout) as { cwd: string; env: Record<string, string> };
      expect(env).not.toHaveProperty('EXBENCH_TEST_SECRET');
      expect(env).not.toHaveProperty('GITHUB_TOKEN');
      expect(result.stdout).not.toContain('hunter2');
      expect(result.stdout).not.toContain('ghs_not_a_real_token');
      expect(env).toMatchObject({
        LANG: 'C.UTF-8',
        PYTHONIOENCODING: 'utf-8',
        PYTHONDONTWRITEBYTECODE: '1',
        PYTHONUNBUFFERED: '1',
      });
      expect(env.HOME).not.toBe(os.homedir());
      expect(cwd).not.toBe(process.cwd());
      const allowed = ['HOME', 'TMPDIR', 'LANG', 'PATH', 'PYTHONIOENCODING', 'PYTHONDONTWRITEBYTECODE'];
      allowed.push('PYTHONUNBUFFERED', 'LC_CTYPE', 'PWD'); // LC_CTYPE: Python may coerce a C locale; PWD: bwrap's --chdir
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

  it("keeps snippets that run at the same time out of each other's files, and removes them afterwards", async () => {
    const code = (mark: string) =>
      [
        'import os, time',
        `open("${mark}.txt", "w").write("${mark}")`,
        `open(os.path.join(os.environ["HOME"], "${mark}.home"), "w").write("${mark}")`,
        'time.sleep(0.3)',
        'print(sorted(os.listdir()), sorted(os.listdir(os.environ["HOME"])))',
      ].join('\n');
    const [first, second] = await Promise.all([
      tierRunner().run(python(code('a'))),
      tierRunner().run(python(code('b'))),
    ]);
    expect(first.stdout).toBe("['a.txt', 'main.py'] ['a.home']\n");
    expect(second.stdout).toBe("['b.txt', 'main.py'] ['b.home']\n");
  });

  it('limits memory: a 2 GiB allocation fails inside the snippet', async () => {
    const result = await tierRunner().run(
      python(
        'try:\n    b = bytearray(2 * 1024 ** 3)\n    print("allocated")\nexcept MemoryError:\n    print("MemoryError")',
      ),
    );
    expect(result.stdout).toBe('MemoryError\n');
  });

  it('writes no core dump and limits the size of a file', async () => {
    const code = [
      'import resource',
      'print(resource.getrlimit(resource.RLIMIT_CORE), resource.getrlimit(resource.RLIMIT_FSIZE)[0] > 0)',
      'try:',
      '    open("big", "wb").write(b"x" * (65 * 1024 * 1024))',
      '    print("wrote")',
      'except OSError as e:',
      '    print("refused", e.errno)',
    ].join('\n');
    const result = await tierRunner().run(python(code));
    expect(result.stdout).toBe('(0, 0) True\nrefused 27\n');
  });
});

describe('PythonCodeRunner tiers', () => {
  (bwrapInstalled ? it : it.skip)(
    'hides the caller from a namespace snippet: no other process, no network, no HOME or working directory',
    async () => {
      const namespace = runners.namespace;
      if (namespace === undefined) throw new Error('no namespace runner');
      const hostTmpFile = path.join(scratch, 'visible-outside.txt');
      await writeFile(hostTmpFile, 'outside');
      const code = [
        'import os, socket',
        'pids = sorted(int(p) for p in os.listdir("/proc") if p.isdigit())',
        'try:',
        '    socket.create_connection(("127.0.0.1", 22), timeout=1)',
        '    net = "reached"',
        'except OSError:',
        '    net = "refused"',
        `print(os.getppid(), pids, net, os.path.exists(${JSON.stringify(hostTmpFile)}), os.path.exists(${JSON.stringify(process.cwd())}))`,
        `home = ${JSON.stringify(os.homedir())}`,
        'print(sorted(os.listdir(home)) if os.path.isdir(home) else [])',
      ].join('\n');
      const result = await namespace.run(python(code));
      // bwrap's init is PID 1, the snippet 2 (its parent): nothing else exists.
      const [first, homeListing] = result.stdout.split('\n');
      expect(first).toBe('1 [1, 2] refused False False');
      // Of the caller's HOME, at most the way to the interpreter (a pyenv under it) shows.
      const onTheWay = namespace.python.prefixes
        .filter((prefix) => prefix.startsWith(`${os.homedir()}/`))
        .map((prefix) => prefix.slice(os.homedir().length + 1).split('/')[0]);
      expect(homeListing).toBe(`[${[...new Set(onTheWay)].map((name) => `'${name}'`).join(', ')}]`);
    },
  );

  it('falls back to the process tier with the real reason when bubblewrap is missing', async () => {
    const fallback = await PythonCodeRunner.create({ tmpRoot, uv: null, bwrap: '/nonexistent/bwrap' });
    expect(fallback.sandbox.tier).toBe('process');
    expect(fallback.sandbox.warning).toContain('/nonexistent/bwrap');
    expect(fallback.sandbox.warning).toContain('not a security boundary');
    await expect(
      PythonCodeRunner.create({ tmpRoot, uv: null, bwrap: '/nonexistent/bwrap', sandbox: 'namespace' }),
    ).rejects.toThrow(/namespace sandbox cannot run here: .*\/nonexistent\/bwrap/);
  });

  (bwrapInstalled ? it : it.skip)(
    'installs PEP 723 dependencies outside the namespace sandbox and mounts them read-only for the snippet',
    async () => {
      const record = path.join(scratch, 'fake-uv-install.json');
      const fakeUv = await writeExecutable(
        'uv-installer',
        [
          `#!${runner.python.executable} -I`,
          'import json, os, sys',
          "if sys.argv[1:] == ['--version']:",
          "    print('uv 0.0.0-fake')",
          '    sys.exit(0)',
          `json.dump({'argv': sys.argv[1:], 'cache': os.environ.get('UV_CACHE_DIR')}, open(${JSON.stringify(record)}, 'w'))`,
          "target = sys.argv[sys.argv.index('--target') + 1]",
          "os.makedirs(os.path.join(target, 'fakepkg'))",
          "os.makedirs(os.path.join(target, 'fakepkg-1.2.3.dist-info'))",
          "open(os.path.join(target, 'fakepkg', '__init__.py'), 'w').write('VALUE = 42')",
          '',
        ].join('\n'),
      );
      const uvCacheDir = path.join(scratch, 'uv-cache-ns');
      const withUv = await PythonCodeRunner.create({ uv: fakeUv, tmpRoot, uvCacheDir, sandbox: 'namespace' });
      expect([...(await withUv.available())].sort()).toEqual(['python3', 'uv']);
      const code = [
        '# /// script',
        '# dependencies = ["fakepkg==1.2.3"]',
        '# ///',
        'import fakepkg, os',
        'try:',
        '    open(os.path.join(os.path.dirname(fakepkg.__file__), "x"), "w")',
        '    print(fakepkg.VALUE, "writable")',
        'except OSError:',
        '    print(fakepkg.VALUE, "read-only")',
      ].join('\n');
      const result = await withUv.run(python(code, { executor: 'uv' }));
      expect(result).toMatchObject({
        exitCode: 0,
        stdout: '42 read-only\n',
        installedDependencies: ['fakepkg==1.2.3'],
      });
      const seen = JSON.parse(await readFile(record, 'utf8')) as { argv: string[]; cache: string };
      expect(seen.argv.slice(0, 6)).toEqual([
        'pip',
        'install',
        '--quiet',
        '--only-binary',
        ':all:',
        '--python',
      ]);
      expect(seen.cache).toBe(uvCacheDir);
      // A second row with the same block uses the cache: no second install.
      await rm(record);
      const again = await withUv.run(python(code, { executor: 'uv' }));
      expect(again.stdout).toBe('42 read-only\n');
      expect(existsSync(record)).toBe(false);
    },
  );
});

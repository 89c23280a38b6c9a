/**
 * The sandbox tried as a hostile model would: each case is a one-row benchmark whose "model"
 * answers with a program that goes after the secrets, the harness, the host or the report. The CLI
 * runs as its own process against the Ollama-compatible test server, with secrets in its
 * environment, a HOME and a working directory of its own holding a sentinel file.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable } from '../../src/adapters/sandbox/locate-interpreters.js';
import type { Report as JsonReport } from '../../src/report/report-schema.js';
import { startCli, type CliExit } from '../support/cli-process.js';
import { startFakeOllama, type FakeOllama, type ScriptedModel } from '../support/fake-ollama.js';
import { survivorsAfter } from '../support/survivors.js';

// Each probe starts the CLI as a process, on a runner that may be busy.
jest.setTimeout(120_000);

const SECRETS = {
  GITHUB_TOKEN: 'ghs_hostileProbeToken123456',
  ACTIONS_RUNTIME_TOKEN: 'actions-runtime-secret-987',
  OPENAI_API_KEY: 'sk-probe-key-abcdef',
};
const MARK = `exbench-hostile-${process.pid}`;
const ANCESTORS = `
def ancestors():
    found, pid = [], os.getpid()
    while True:
        try:
            stat = open("/proc/%d/stat" % pid).read()
        except OSError:
            return found
        pid = int(stat[stat.rindex(")") + 2:].split()[1])
        if pid <= 0:
            return found
        found.append(pid)
`;
const SLEEPER = `os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(60)", "${MARK}"])`;
const DAEMON = `
import glob, os, time
until = time.time() + 8
while time.time() < until:
    for pid in os.listdir("/proc"):
        for f in glob.glob("/proc/%s/cwd/reports/*.json" % pid) if pid.isdigit() else []:
            try:
                text = open(f).read()
                if '"correct": false' in text:
                    open(f, "w").write(text.replace('"correct": false', '"correct": true'))
            except OSError:
                pass
    time.sleep(0.1)
`;

/** The probes, by name: a Python program each. `port` is the test server's. */
function probes(port: number): Record<string, string> {
  return {
    environ: `${ANCESTORS}
for pid in ancestors():
    try:
        print(pid, open("/proc/%d/environ" % pid, "rb").read().decode(errors="replace"))
    except OSError as error:
        print(pid, "denied", error.errno)`,
    setsid: `
if os.fork() == 0:
    os.setsid()
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    ${SLEEPER}
print("escaped")`,
    daemon: `
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, [sys.executable, "-c", ${JSON.stringify(DAEMON)}, "${MARK}"])
    os._exit(0)
print("daemon started")`,
    'kill-parent': `${ANCESTORS}
for pid in ancestors()[:2]:
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError as error:
        print("kill", pid, error.errno)
time.sleep(0.5)
print("still here")`,
    'stop-parent': `${ANCESTORS}
for pid in ancestors()[:2]:
    try:
        os.kill(pid, signal.SIGSTOP)
    except OSError as error:
        print("stop", pid, error.errno)
time.sleep(0.5)
print("still here")`,
    files: `${ANCESTORS}
done = []
for pid in ancestors():
    places = []
    try:
        env = dict(kv.split("=", 1) for kv in open("/proc/%d/environ" % pid).read().split("\\0") if "=" in kv)
        places.append(env.get("HOME"))
    except OSError:
        pass
    try:
        places.append(os.readlink("/proc/%d/cwd" % pid))
    except OSError:
        pass
    for place in [p for p in places if p]:
        try:
            open(os.path.join(place, "pwned.txt"), "w").write("x")
            done.append("wrote " + place)
        except OSError:
            pass
        try:
            os.remove(os.path.join(place, "sentinel.txt"))
            done.append("deleted " + place)
        except OSError:
            pass
open("/tmp/pwned-${MARK}", "w").write("x")
print(done)`,
    network: `
try:
    socket.create_connection(("127.0.0.1", ${port}), timeout=2).close()
    print("connected")
except OSError as error:
    print("blocked", error.errno)`,
    memory: `
try:
    block = bytearray(2 * 1024 ** 3)
    print("allocated")
except MemoryError:
    print("MemoryError")`,
    'fork-storm': `
for _ in range(50):
    try:
        if os.fork() == 0:
            ${SLEEPER}
    except OSError as error:
        print("fork refused", error.errno)
        break
print("stormed")`,
  };
}

let fake: FakeOllama;
let programs: Record<string, string> = {};

const PROBE_NAMES = Object.keys(probes(0));

beforeAll(async () => {
  const fence = (code: string) => '```python\nimport os, signal, socket, sys, time\n' + code.trim() + '\n```';
  fake = await startFakeOllama({
    // The programs need the server's port, known once it listens: they are looked up per request.
    models: PROBE_NAMES.map((name): ScriptedModel => ({
      name: `probe/${name}:latest`,
      reply: () => ({ response: fence(programs[name] ?? '') }),
    })),
  });
  programs = probes(Number(new URL(fake.url).port));
}, 30_000);
afterAll(() => fake.close());

const BENCHMARK = `benchmark_name: 'Hostile'
purpose: 'one row'
base_prompt: 'Write a program.'
evaluator: 'execute_python_code_with_string_output'
prompts:
  - dynamic_variables: {}
    expectation: '42'
`;

interface ProbeRun {
  exit: CliExit;
  reportPath: string | null;
  reportText: string;
  report: JsonReport | null;
  home: string;
  cwd: string;
}

async function runProbe(name: string, tier: 'namespace' | 'process'): Promise<ProbeRun> {
  const home = mkdtempSync(path.join(tmpdir(), 'exbench-home-'));
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-cwd-'));
  writeFileSync(path.join(home, 'sentinel.txt'), 'home');
  writeFileSync(path.join(cwd, 'sentinel.txt'), 'cwd');
  writeFileSync(path.join(cwd, 'bench.yaml'), BENCHMARK);
  const cli = startCli(
    ['ollama-bench', `probe/${name}`, 'bench.yaml', '--sandbox', tier, '--timeout', '10', '--no-warmup'],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, OLLAMA_HOST: fake.hostPort, ...SECRETS },
    },
  );
  const exit = await cli.exited;
  const dir = path.join(cwd, 'reports');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.json')) : undefined;
  const reportPath = file === undefined ? null : path.join(dir, file);
  const reportText = reportPath === null ? '' : readFileSync(reportPath, 'utf8');
  const report = reportText === '' ? null : (JSON.parse(reportText) as JsonReport);
  return { exit, reportPath, reportText, report, home, cwd };
}

function output(run: ProbeRun): string {
  return run.report?.models[0]?.results[0]?.execution_result ?? '';
}

function expectNoSecret(run: ProbeRun): void {
  for (const secret of Object.values(SECRETS)) {
    expect(run.reportText).not.toContain(secret);
    expect(run.exit.stdout).not.toContain(secret);
    expect(run.exit.stderr).not.toContain(secret);
  }
}

/** What every probe must leave: a finished run with its report, no secret, no survivor. */
async function expectContained(run: ProbeRun): Promise<void> {
  expect(run.exit.stderr).not.toContain('error:');
  expect(run.exit.status).toBe(0);
  expect(run.report?.status).toBe('completed');
  expect(run.report?.models[0]?.results[0]?.status).not.toBe('not_run');
  expectNoSecret(run);
  expect(await survivorsAfter(MARK, 1500)).toEqual([]);
}

const bwrapInstalled = (await findExecutable('bwrap')) !== null;
if (!bwrapInstalled) {
  console.warn('SKIPPED: the namespace-tier hostile probes need bubblewrap (apt-get install bubblewrap)');
}
const namespaceDescribe = bwrapInstalled && process.platform === 'linux' ? describe : describe.skip;

namespaceDescribe('hostile snippets in the namespace tier', () => {
  it('cannot read the environ of its parent or any ancestor', async () => {
    const run = await runProbe('environ', 'namespace');
    await expectContained(run);
    // Only bwrap's init is visible, and it holds nothing but the sandbox's own variables.
    expect(output(run)).toMatch(/^1 /);
    expect(output(run)).not.toContain('OLLAMA_HOST');
    expect(run.report?.sandbox?.tier).toBe('namespace');
  });

  it('cannot escape with setsid', async () => {
    const run = await runProbe('setsid', 'namespace');
    await expectContained(run);
    expect(output(run)).toBe('escaped\n');
  });

  it('cannot leave a double-fork daemon that edits the report after exit', async () => {
    const run = await runProbe('daemon', 'namespace');
    await expectContained(run);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(readFileSync(run.reportPath ?? '', 'utf8')).toBe(run.reportText);
    expect(run.report?.models[0]?.results[0]?.correct).toBe(false);
  });

  it('cannot kill or stop the run from inside', async () => {
    for (const name of ['kill-parent', 'stop-parent']) {
      const run = await runProbe(name, 'namespace');
      await expectContained(run);
      expect(output(run)).toContain('still here');
    }
  });

  it("cannot write or delete in the caller's HOME, working directory or /tmp", async () => {
    const run = await runProbe('files', 'namespace');
    await expectContained(run);
    for (const dir of [run.home, run.cwd]) {
      expect(readdirSync(dir).filter((f) => f !== 'bench.yaml' && f !== 'reports')).toEqual(['sentinel.txt']);
    }
    expect(existsSync(`/tmp/pwned-${MARK}`)).toBe(false);
  });

  it("cannot connect to the test server's port", async () => {
    const run = await runProbe('network', 'namespace');
    await expectContained(run);
    expect(output(run)).toMatch(/^blocked/);
  });

  it('cannot allocate 2 GiB', async () => {
    const run = await runProbe('memory', 'namespace');
    await expectContained(run);
    expect(output(run)).toBe('MemoryError\n');
  });

  it('leaves nothing behind from a fork storm of 50', async () => {
    const run = await runProbe('fork-storm', 'namespace');
    await expectContained(run);
  });
});

const processDescribe = process.platform === 'linux' ? describe : describe.skip;

processDescribe('hostile snippets in the process tier (not a boundary)', () => {
  it("reads exbench's environ, but every secret is redacted from the report and the console", async () => {
    const run = await runProbe('environ', 'process');
    await expectContained(run);
    expect(output(run)).toContain('GITHUB_TOKEN=***');
    expect(run.report?.sandbox?.tier).toBe('process');
  });

  it('leaves no survivor after setsid, a double-fork daemon or a fork storm, and the report stays as written', async () => {
    for (const name of ['setsid', 'daemon', 'fork-storm']) {
      const run = await runProbe(name, 'process');
      await expectContained(run);
      if (name === 'daemon') {
        await new Promise((resolve) => setTimeout(resolve, 3000));
        expect(readFileSync(run.reportPath ?? '', 'utf8')).toBe(run.reportText);
      }
    }
  });

  it('limits memory', async () => {
    const run = await runProbe('memory', 'process');
    await expectContained(run);
    expect(output(run)).toBe('MemoryError\n');
  });

  it('does NOT protect the run: a snippet can kill exbench (documented in the README)', async () => {
    const run = await runProbe('kill-parent', 'process');
    expect(run.exit.signal ?? run.exit.status).not.toBe(0);
    expect(run.reportPath).toBeNull();
    expect(await survivorsAfter(MARK, 1500)).toEqual([]);
  });
});

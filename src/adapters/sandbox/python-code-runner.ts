import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_CODE_TIMEOUT_MS } from '../../constants.js';
import { ExternalError, describeError } from '../../errors.js';
import type {
  CodeRunRequest,
  CodeRunResult,
  CodeRunner,
  Executor,
  SandboxDescription,
  SandboxTier,
} from '../../ports.js';
import {
  findExecutable,
  type LocatedPython,
  type LocatedTool,
  locatePython,
  locateUv,
} from './locate-interpreters.js';
import {
  bwrapArgs,
  type NamespaceLayout,
  prefixesToBind,
  type RunDirs,
  SANDBOX_PATHS,
  systemEntries,
} from './namespace-launch.js';
import { SUPERVISOR_PY } from './process-supervisor.js';
import { DEFAULT_MEMORY_BYTES, type SandboxChoice } from '../../config/sandbox-settings.js';
import { limitsFor, prlimitArgs, supervisorLimitArgs } from './resource-limits.js';
import { type ProcessGroupOutcome, runProcessGroup } from './run-process-group.js';
import {
  ensureDependencies,
  inlineScriptMetadata,
  RUN_WITH_DEPS,
  SANDBOX_DEPS,
} from './script-dependencies.js';
import { describeTier } from './sandbox-tiers.js';

export interface PythonCodeRunnerOptions {
  /** The Python 3 to use, as a name on PATH or a path (a shim is fine); default `python3`. */
  python?: string;
  /** The uv for the `uv` executor: default `uv` if it is on PATH; null never uses uv. */
  uv?: string | null;
  /** Where each run gets its own directory; default the system temp directory. */
  tmpRoot?: string;
  /** uv's package cache, shared by all runs so downloads are reused; default under the temp directory. */
  uvCacheDir?: string;
  /** Which tier; default `auto`. */
  sandbox?: SandboxChoice;
  /** Address-space limit per snippet process; default 1 GiB. */
  memoryBytes?: number;
  /** bubblewrap, as a name on PATH or a path; default `bwrap`. */
  bwrap?: string;
}

const SCRIPT_FILE = 'main.py';
const RUN_DIR_PREFIX = 'exbench-run-';
/** Directories every Unix has, after the interpreter's own; nothing from the caller's PATH. */
const SAFE_PATH = ['/usr/local/bin', '/usr/bin', '/bin'];
// `-I` ignores PYTHON* variables, so the interpreter needs `-u` itself: output printed before a
// timeout kill would otherwise die in the buffer. The variables still reach any Python the snippet
// starts, and the one uv starts.
const PYTHON_ARGS = ['-I', '-u', SCRIPT_FILE];
// `--no-project`: never pick up a pyproject.toml above the run directory; a PEP 723 `# /// script`
// block in main.py is still honoured.
const UV_ARGS = ['run', '--no-project', '--quiet', SCRIPT_FILE];
const COMMANDS: Readonly<Record<Executor, string>> = {
  python3: ['python3', ...PYTHON_ARGS].join(' '),
  uv: ['uv', ...UV_ARGS].join(' '),
};
/** The probe the namespace tier must pass before it is used. */
const PROBE_CODE = 'print("ok")';
const PROBE_TIMEOUT_MS = 30_000;
/** Resolving and downloading wheels is slow on a cold cache; it is not the snippet's time. */
const DEPENDENCY_INSTALL_TIMEOUT_MS = 300_000;
const COMMON_ENV = {
  LANG: 'C.UTF-8',
  PYTHONIOENCODING: 'utf-8',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONUNBUFFERED: '1',
};

/** How one snippet is started in the chosen tier. */
interface Launcher {
  tier: SandboxTier;
  /** The command each executor runs, as the report shows it. */
  commands: Readonly<Record<Executor, string>>;
  executors: ReadonlySet<Executor>;
  start(executor: Executor, dirs: RunDirs, request: CodeRunRequest): Promise<ProcessGroupOutcome>;
}

/**
 * Runs model-written Python, which must be treated as hostile, in one of two tiers (see
 * sandbox-tiers.ts for what each isolates). Either way each snippet gets a fresh run directory
 * that is removed afterwards, a minimal environment without any of the caller's variables, no stdin,
 * rlimits, a wall-clock limit and capped output, and no process it starts outlives its row.
 */
export class PythonCodeRunner implements CodeRunner {
  private constructor(
    /** The interpreter behind the `python` option, as resolved at creation. */
    readonly python: LocatedPython,
    /** uv, or null when it is not installed, was turned off, or the tier cannot use it. */
    readonly uv: LocatedTool | null,
    readonly sandbox: SandboxDescription,
    private readonly tmpRoot: string,
    private readonly launcher: Launcher,
  ) {}

  static async create(options: PythonCodeRunnerOptions = {}): Promise<PythonCodeRunner> {
    const [python, uv] = await Promise.all([locatePython(options.python ?? 'python3'), locateUv(options.uv)]);
    const tmpRoot = path.resolve(options.tmpRoot ?? os.tmpdir());
    await mkdir(tmpRoot, { recursive: true }).catch((error: unknown) => {
      throw new ExternalError(`Cannot use ${tmpRoot} for snippet directories: ${describeError(error)}`, {
        cause: error,
      });
    });
    const memoryBytes = options.memoryBytes ?? DEFAULT_MEMORY_BYTES;
    const uvCacheDir = path.resolve(options.uvCacheDir ?? path.join(os.tmpdir(), 'exbench-uv-cache'));
    const choice = options.sandbox ?? 'auto';

    let fallbackReason: string | null = null;
    if (choice !== 'process') {
      const attempt = await namespaceLauncher(python, uv, uvCacheDir, memoryBytes, options.bwrap ?? 'bwrap');
      const failure = typeof attempt === 'string' ? attempt : await probe(attempt, tmpRoot);
      if (failure === null && typeof attempt !== 'string') {
        return new PythonCodeRunner(python, uv, describeTier('namespace', null), tmpRoot, attempt);
      }
      const reason = failure ?? 'unknown';
      if (choice === 'namespace') {
        throw new ExternalError(`The namespace sandbox cannot run here: ${reason}`);
      }
      fallbackReason = reason;
    }
    const warning =
      fallbackReason === null
        ? null
        : `The namespace sandbox is unavailable (${fallbackReason}); generated code runs in the process tier, which is not a security boundary.`;
    return new PythonCodeRunner(
      python,
      uv,
      describeTier('process', warning),
      tmpRoot,
      processLauncher(python, uv, uvCacheDir, memoryBytes),
    );
  }

  available(): Promise<ReadonlySet<Executor>> {
    return Promise.resolve(this.launcher.executors);
  }

  async run(request: CodeRunRequest): Promise<CodeRunResult> {
    checkLimits(request);
    const { executor } = request;
    if (!this.launcher.executors.has(executor)) {
      return notStarted(executor, `${executor} is not available in the ${this.launcher.tier} sandbox`);
    }
    const root = await makeRunDir(this.tmpRoot, request.code);
    try {
      const outcome = await this.launcher.start(executor, runDirs(root), request);
      return { executor, command: this.launcher.commands[executor], ...outcome };
    } finally {
      await removeRunDir(root);
    }
  }
}

/** The namespace tier's launcher, or why it cannot be had (bwrap or prlimit missing, not Linux). */
async function namespaceLauncher(
  python: LocatedPython,
  uv: LocatedTool | null,
  uvCacheDir: string,
  memoryBytes: number,
  bwrapCommand: string,
): Promise<Launcher | string> {
  if (process.platform !== 'linux') return `namespaces need Linux, this is ${process.platform}`;
  const [bwrap, prlimit] = await Promise.all([findExecutable(bwrapCommand), findExecutable('prlimit')]);
  if (bwrap === null)
    return `bubblewrap (\`${bwrapCommand}\`) is not installed; on Debian or Ubuntu: apt-get install bubblewrap`;
  if (prlimit === null) return 'prlimit (util-linux) is not installed';
  const layout: NamespaceLayout = {
    bwrap,
    prlimit,
    systemEntries: await systemEntries(),
    extraReadOnly: prefixesToBind([...python.prefixes, path.dirname(path.dirname(python.executable))]),
  };
  const env = {
    PATH: sandboxPath(python.executable),
    ...COMMON_ENV,
    HOME: SANDBOX_PATHS.home,
    TMPDIR: SANDBOX_PATHS.tmp,
  };
  const inSandbox = (
    dirs: RunDirs,
    request: CodeRunRequest,
    command: string[],
    mounts: [string, string][] = [],
  ): Promise<ProcessGroupOutcome> =>
    runProcessGroup({
      file: bwrap,
      args: bwrapArgs(layout, dirs, prlimitArgs(limitsFor(request.timeoutMs, memoryBytes)), command, mounts),
      cwd: dirs.work,
      env,
      timeoutMs: request.timeoutMs,
      maxOutputBytes: request.maxOutputBytes,
      stopWith: 'group',
      signal: request.signal,
    });
  return {
    tier: 'namespace',
    commands: {
      python3: COMMANDS.python3,
      uv: 'uv pip install --only-binary :all: -r main.py (outside the sandbox), then python3 -I -u main.py with the packages read-only',
    },
    executors: new Set<Executor>(uv ? ['python3', 'uv'] : ['python3']),
    start: async (executor, dirs, request) => {
      const metadata = executor === 'uv' && uv !== null ? inlineScriptMetadata(request.code) : null;
      if (metadata === null || uv === null)
        return inSandbox(dirs, request, [python.executable, ...PYTHON_ARGS]);
      // The dependencies are installed first, outside the sandbox and with the network; the code
      // then runs in the sandbox without it, the packages mounted read-only.
      const started = performance.now();
      const deps = await ensureDependencies({
        uv: uv.executable,
        python: python.executable,
        pythonVersion: python.version,
        script: path.join(dirs.work, SCRIPT_FILE),
        metadata,
        cacheDir: uvCacheDir,
        timeoutMs: DEPENDENCY_INSTALL_TIMEOUT_MS,
      });
      if (typeof deps === 'string') {
        return { ...notStarted(executor, deps), durationMs: performance.now() - started };
      }
      const outcome = await inSandbox(
        dirs,
        request,
        [python.executable, '-I', '-u', '-c', RUN_WITH_DEPS],
        [[deps.dir, SANDBOX_DEPS]],
      );
      return { ...outcome, installedDependencies: deps.installed };
    },
  };
}

/** The process tier: each snippet under the supervisor (process-supervisor.ts). */
function processLauncher(
  python: LocatedPython,
  uv: LocatedTool | null,
  uvCacheDir: string,
  memoryBytes: number,
): Launcher {
  const commands: Record<Executor, { argv: string[]; env: Record<string, string> } | null> = {
    python3: { argv: [python.executable, ...PYTHON_ARGS], env: { PATH: sandboxPath(python.executable) } },
    uv: uv && {
      argv: [uv.executable, ...UV_ARGS],
      // Python's directory too, so uv picks the same interpreter rather than looking further.
      env: {
        PATH: sandboxPath(uv.executable, python.executable),
        UV_CACHE_DIR: uvCacheDir,
        UV_NO_PROGRESS: '1',
      },
    },
  };
  return {
    tier: 'process',
    commands: COMMANDS,
    executors: new Set<Executor>(uv ? ['python3', 'uv'] : ['python3']),
    start: (executor, dirs, request) => {
      const command = commands[executor];
      if (command === null) throw new Error(`${executor} is not available`);
      return runProcessGroup({
        file: python.executable,
        args: [
          '-I',
          '-S',
          '-c',
          SUPERVISOR_PY,
          String(process.pid),
          supervisorLimitArgs(limitsFor(request.timeoutMs, memoryBytes)),
          ...command.argv,
        ],
        cwd: dirs.work,
        env: { ...command.env, ...COMMON_ENV, HOME: dirs.home, TMPDIR: dirs.tmp },
        timeoutMs: request.timeoutMs,
        maxOutputBytes: request.maxOutputBytes,
        stopWith: 'supervisor',
        signal: request.signal,
      });
    },
  };
}

/** Runs a trivial snippet through the launcher; null when it worked, else the real failure. */
async function probe(launcher: Launcher, tmpRoot: string): Promise<string | null> {
  const root = await makeRunDir(tmpRoot, PROBE_CODE);
  try {
    const outcome = await launcher.start('python3', runDirs(root), {
      code: PROBE_CODE,
      executor: 'python3',
      timeoutMs: PROBE_TIMEOUT_MS,
      maxOutputBytes: 64 * 1024,
    });
    if (outcome.exitCode === 0 && outcome.stdout === 'ok\n') return null;
    if (outcome.spawnError !== null) return outcome.spawnError;
    const how = outcome.timedOut
      ? 'timed out'
      : outcome.signal
        ? `killed by ${outcome.signal}`
        : `exit code ${outcome.exitCode}`;
    const stderr = outcome.stderr.trim().split('\n').slice(-3).join(' / ');
    return stderr === '' ? `a test snippet failed (${how})` : `${stderr} (${how})`;
  } finally {
    await removeRunDir(root);
  }
}

function runDirs(root: string): RunDirs {
  return { work: path.join(root, 'work'), home: path.join(root, 'home'), tmp: path.join(root, 'tmp') };
}

/** A fresh directory holding work/main.py, home/ and tmp/, private to one snippet. */
async function makeRunDir(tmpRoot: string, code: string): Promise<string> {
  let root: string | null = null;
  try {
    root = await mkdtemp(path.join(tmpRoot, RUN_DIR_PREFIX));
    const dirs = runDirs(root);
    await Promise.all([mkdir(dirs.work), mkdir(dirs.home), mkdir(dirs.tmp)]);
    await writeFile(path.join(dirs.work, SCRIPT_FILE), code);
    return root;
  } catch (error: unknown) {
    if (root !== null) await removeRunDir(root);
    const message = `Could not prepare a directory for a snippet under ${tmpRoot}`;
    throw new ExternalError(`${message}: ${describeError(error)}`, { cause: error });
  }
}

function sandboxPath(...executables: string[]): string {
  return [...new Set([...executables.map((file) => path.dirname(file)), ...SAFE_PATH])].join(path.delimiter);
}

function checkLimits({ timeoutMs, maxOutputBytes }: CodeRunRequest): void {
  if (!(timeoutMs > 0 && timeoutMs <= MAX_CODE_TIMEOUT_MS)) {
    throw new RangeError(`timeoutMs must be between 1 and ${MAX_CODE_TIMEOUT_MS}, got ${timeoutMs}`);
  }
  if (!(Number.isSafeInteger(maxOutputBytes) && maxOutputBytes >= 0)) {
    throw new RangeError(`maxOutputBytes must be a whole number of bytes, got ${maxOutputBytes}`);
  }
}

function notStarted(executor: Executor, spawnError: string): CodeRunResult {
  return {
    executor,
    command: COMMANDS[executor],
    exitCode: null,
    signal: null,
    timedOut: false,
    stdout: '',
    stderr: '',
    stdoutTruncated: false,
    stderrTruncated: false,
    durationMs: 0,
    spawnError,
  };
}

/**
 * Removes a run directory, also one the snippet made unwritable. Never throws: a leftover directory
 * in the temp area must not turn the snippet's result into a failure of the whole benchmark.
 */
async function removeRunDir(dir: string): Promise<void> {
  try {
    await rm(dir, { recursive: true, force: true, maxRetries: 2 });
  } catch {
    try {
      await makeWritable(dir);
      await rm(dir, { recursive: true, force: true, maxRetries: 2 });
    } catch {
      // Nothing more to do; the name's prefix marks it as ours for a later clean-up.
    }
  }
}

async function makeWritable(dir: string): Promise<void> {
  await chmod(dir, 0o700);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) await makeWritable(path.join(dir, entry.name));
  }
}

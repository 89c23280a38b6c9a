import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { MAX_CODE_TIMEOUT_MS } from '../../config/run-settings.js';
import { ExternalError, describeError } from '../../errors.js';
import type { CodeRunRequest, CodeRunResult, CodeRunner, Executor } from '../../ports.js';
import { type LocatedTool, locatePython, locateUv } from './locate-interpreters.js';
import { runProcessGroup } from './run-process-group.js';

export interface PythonCodeRunnerOptions {
  /** The Python 3 to use, as a name on PATH or a path (a shim is fine); default `python3`. */
  python?: string;
  /** The uv for the `uv` executor: default `uv` if it is on PATH; null never uses uv. */
  uv?: string | null;
  /** Where each run gets its own directory; default the system temp directory. */
  tmpRoot?: string;
  /** uv's package cache, shared by all runs so downloads are reused; default under the temp directory. */
  uvCacheDir?: string;
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

/** One way of starting a snippet, fixed at creation; each run adds only HOME and TMPDIR. */
interface Launch {
  file: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
}

/**
 * Runs model-written Python, which must be treated as hostile: each snippet gets a fresh directory
 * that is removed afterwards, a minimal environment without any of the caller's variables (so no
 * tokens), no stdin, a wall-clock limit and capped output. When the snippet ends, times out or
 * floods its output, its whole process group is killed, so nothing it started outlives the run.
 *
 * This contains accidents and casual misbehaviour, not a determined attacker: the code runs as the
 * current user with network access, and a process that calls setsid() leaves the group.
 */
export class PythonCodeRunner implements CodeRunner {
  private readonly executors: ReadonlySet<Executor>;

  private constructor(
    /** The interpreter behind the `python` option, as resolved at creation. */
    readonly python: LocatedTool,
    /** uv, or null when it is not installed or was turned off. */
    readonly uv: LocatedTool | null,
    private readonly tmpRoot: string,
    private readonly launches: Readonly<Record<Executor, Launch | null>>,
  ) {
    this.executors = new Set<Executor>(uv ? ['python3', 'uv'] : ['python3']);
  }

  static async create(options: PythonCodeRunnerOptions = {}): Promise<PythonCodeRunner> {
    const [python, uv] = await Promise.all([locatePython(options.python ?? 'python3'), locateUv(options.uv)]);
    const tmpRoot = path.resolve(options.tmpRoot ?? os.tmpdir());
    await mkdir(tmpRoot, { recursive: true }).catch((error: unknown) => {
      throw new ExternalError(`Cannot use ${tmpRoot} for snippet directories: ${describeError(error)}`, {
        cause: error,
      });
    });
    const uvCacheDir = path.resolve(options.uvCacheDir ?? path.join(os.tmpdir(), 'exbench-uv-cache'));
    const commonEnv = {
      LANG: 'C.UTF-8',
      PYTHONIOENCODING: 'utf-8',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONUNBUFFERED: '1',
    };
    return new PythonCodeRunner(python, uv, tmpRoot, {
      python3: {
        file: python.executable,
        args: PYTHON_ARGS,
        env: { PATH: sandboxPath(python.executable), ...commonEnv },
      },
      uv: uv && {
        file: uv.executable,
        args: UV_ARGS,
        // Python's directory too, so uv picks the same interpreter rather than looking further.
        env: {
          PATH: sandboxPath(uv.executable, python.executable),
          ...commonEnv,
          UV_CACHE_DIR: uvCacheDir,
          UV_NO_PROGRESS: '1',
        },
      },
    });
  }

  available(): Promise<ReadonlySet<Executor>> {
    return Promise.resolve(this.executors);
  }

  async run(request: CodeRunRequest): Promise<CodeRunResult> {
    checkLimits(request);
    const { executor } = request;
    const launch = this.launches[executor];
    if (launch === null) return notStarted(executor, `${executor} is not installed (or was turned off)`);

    const dir = await this.makeRunDir(request.code);
    try {
      const outcome = await runProcessGroup({
        file: launch.file,
        args: launch.args,
        cwd: dir,
        env: { ...launch.env, HOME: dir, TMPDIR: dir },
        timeoutMs: request.timeoutMs,
        maxOutputBytes: request.maxOutputBytes,
      });
      return { executor, command: COMMANDS[executor], ...outcome };
    } finally {
      await removeRunDir(dir);
    }
  }

  private async makeRunDir(code: string): Promise<string> {
    let dir: string | null = null;
    try {
      dir = await mkdtemp(path.join(this.tmpRoot, RUN_DIR_PREFIX));
      await writeFile(path.join(dir, SCRIPT_FILE), code);
      return dir;
    } catch (error: unknown) {
      if (dir !== null) await removeRunDir(dir);
      const message = `Could not prepare a directory for a snippet under ${this.tmpRoot}`;
      throw new ExternalError(`${message}: ${describeError(error)}`, { cause: error });
    }
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

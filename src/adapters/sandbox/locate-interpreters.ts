import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import path from 'node:path';
import { ExecaError, execa } from 'execa';
import { ExternalError, ProcessError, describeError } from '../../errors.js';

/** A program found once at start-up, so each run can spawn it by absolute path. */
export interface LocatedTool {
  /** Absolute path of the program itself (for Python, never a pyenv or asdf shim). */
  executable: string;
  version: string;
}

// Generous: a cold pyenv shim on a busy runner can take a few seconds.
const PROBE_TIMEOUT_MS = 30_000;

const PYTHON_PROBE =
  'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3]); print(sys.prefix); print(sys.base_prefix)';

/** A located Python with the directories it loads its standard library from. */
export interface LocatedPython extends LocatedTool {
  /** sys.prefix and sys.base_prefix (the same unless a virtual environment), which a sandbox must show. */
  prefixes: string[];
}

/**
 * Asks `command` (a name on PATH or a path) which interpreter it really is. Shims such as pyenv's are
 * shell scripts that cost tens of milliseconds per start; the interpreter behind them does not.
 * The probe runs with the caller's environment, so version managers resolve as in the user's shell.
 */
export async function locatePython(command: string): Promise<LocatedPython> {
  const stdout = await probe(command, ['-c', PYTHON_PROBE], 'Python 3');
  const [executable = '', version = '', ...prefixes] = stdout.split('\n').map((line) => line.trim());
  if (!path.isAbsolute(executable) || !version.startsWith('3.')) {
    throw new ExternalError(
      `\`${command}\` is not a usable Python 3: it reported executable "${executable}" and version "${version}"`,
    );
  }
  return { executable, version, prefixes: [...new Set(prefixes.filter((p) => path.isAbsolute(p)))] };
}

/**
 * Finds uv: `undefined` looks for `uv` on PATH and returns null when it is not there; a name or path
 * must work, since the user asked for it. `null` turns the uv executor off.
 */
export async function locateUv(command: string | null | undefined): Promise<LocatedTool | null> {
  if (command === null) return null;
  const executable = await findExecutable(command ?? 'uv');
  if (executable === null) {
    if (command === undefined) return null;
    throw new ExternalError(`uv not found: \`${command}\` is not an executable file or a program on PATH`);
  }
  const version = (await probe(executable, ['--version'], 'uv')).trim();
  return { executable, version };
}

async function probe(command: string, args: string[], what: string): Promise<string> {
  try {
    const { stdout } = await execa(command, args, { stdin: 'ignore', timeout: PROBE_TIMEOUT_MS });
    return stdout;
  } catch (error: unknown) {
    const detail =
      error instanceof ExecaError
        ? [error.shortMessage, tail(String(error.stderr ?? ''))].filter(Boolean).join('\n')
        : describeError(error);
    throw new ProcessError(
      `No ${what} found: \`${command} ${args.join(' ')}\` failed: ${detail}`,
      {
        exitCode: error instanceof ExecaError ? (error.exitCode ?? null) : null,
        signal: error instanceof ExecaError ? (error.signal ?? null) : null,
        stderrTail: error instanceof ExecaError ? tail(String(error.stderr ?? '')) : '',
      },
      { cause: error },
    );
  }
}

function tail(text: string, lines = 10): string {
  return text.trimEnd().split('\n').slice(-lines).join('\n');
}

/** Absolute path of `command`: a path is taken as given, a bare name is looked up on PATH. */
export async function findExecutable(command: string): Promise<string | null> {
  if (command.includes(path.sep)) {
    const candidate = path.resolve(command);
    return (await isExecutableFile(candidate)) ? candidate : null;
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!path.isAbsolute(dir)) continue; // a relative PATH entry would depend on the cwd
    const candidate = path.join(dir, command);
    if (await isExecutableFile(candidate)) return candidate;
  }
  return null;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';
import { describeError } from '../../errors.js';

/**
 * PEP 723 inline script metadata: the `# /// script` … `# ///` block, as the PEP's reference regex
 * finds it. Returns the block's text, or null when the script declares none.
 */
export function inlineScriptMetadata(code: string): string | null {
  const pattern = /^# \/\/\/ (?<type>[a-zA-Z0-9-]+)$\s(?<content>(?:^#(?:| .*)$\s)+)^# \/\/\/$/gm;
  const blocks = [...code.matchAll(pattern)].filter((match) => match.groups?.type === 'script');
  if (blocks.length !== 1) return null;
  return blocks[0]?.[0] ?? null;
}

/**
 * `uv pip install` of a script's inline dependencies into `target`: wheels only (`--only-binary
 * :all:`), so no package's build script runs; for the interpreter the snippet will run with; reading
 * the requirements from the script itself (`-r main.py`, which uv reads as PEP 723 metadata).
 */
export function installCommand(uv: string, python: string, script: string, target: string): string[] {
  return [
    uv,
    'pip',
    'install',
    '--quiet',
    '--only-binary',
    ':all:',
    '--python',
    python,
    '--target',
    target,
    '-r',
    script,
  ];
}

export interface InstalledDependencies {
  /** The directory the packages are in, to be mounted read-only. */
  dir: string;
  /** `name==version` of each package installed, from its .dist-info directory. */
  installed: string[];
}

/**
 * Installs a script's dependencies, once per distinct metadata block and interpreter, into
 * `<cacheDir>/envs/<hash>`, outside the sandbox and with the network; the snippet then runs in the
 * sandbox without network, with that directory mounted read-only. Returns why it failed as a string.
 */
export async function ensureDependencies(options: {
  uv: string;
  python: string;
  pythonVersion: string;
  script: string;
  metadata: string;
  cacheDir: string;
  timeoutMs: number;
}): Promise<InstalledDependencies | string> {
  const key = createHash('sha256').update(`${options.pythonVersion}\n${options.metadata}`).digest('hex');
  const dir = path.join(options.cacheDir, 'envs', key.slice(0, 32));
  try {
    return { dir, installed: await installedPackages(dir) };
  } catch {
    // Not installed yet.
  }
  const staging = `${dir}.${randomBytes(4).toString('hex')}.tmp`;
  await mkdir(path.dirname(dir), { recursive: true });
  const [file = '', ...args] = installCommand(options.uv, options.python, options.script, staging);
  const result = await execa(file, args, {
    reject: false,
    stdin: 'ignore',
    timeout: options.timeoutMs,
    env: { UV_CACHE_DIR: options.cacheDir, UV_NO_PROGRESS: '1' },
  });
  if (result.exitCode !== 0) {
    await rm(staging, { recursive: true, force: true });
    const stderr = String(result.stderr ?? '')
      .trim()
      .split('\n')
      .slice(-5)
      .join('\n');
    return `installing the script's dependencies failed (${result.shortMessage ?? `exit code ${result.exitCode}`}): ${stderr}`;
  }
  try {
    await rename(staging, dir);
  } catch (error: unknown) {
    // Another row installed the same set meanwhile: use theirs.
    await rm(staging, { recursive: true, force: true });
    if (
      (error as NodeJS.ErrnoException).code !== 'ENOTEMPTY' &&
      (error as NodeJS.ErrnoException).code !== 'EEXIST'
    ) {
      return `could not keep the installed dependencies: ${describeError(error)}`;
    }
  }
  return { dir, installed: await installedPackages(dir) };
}

async function installedPackages(dir: string): Promise<string[]> {
  const entries = await readdir(dir);
  return entries
    .map((name) => /^(.+)-([^-]+)\.dist-info$/.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => `${match[1]}==${match[2]}`)
    .sort();
}

/** Where the sandbox shows the dependencies, and the program that puts them on sys.path before main.py. */
export const SANDBOX_DEPS = '/deps';
export const RUN_WITH_DEPS = `import runpy, sys; sys.path.insert(0, "${SANDBOX_DEPS}"); sys.argv = ["main.py"]; runpy.run_path("main.py", run_name="__main__")`;

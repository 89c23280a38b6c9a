/**
 * Runs the action bundle under Node 24 the way the Actions runner runs a step: the bundle is built
 * from the current src/ as `npm run build` builds dist/index.js (CI checks separately that the
 * committed dist/ matches a fresh build), so the tests never run a stale dist/. Then
 * inputs as `INPUT_*` variables, outputs and summary through the files the runner names, the event
 * from `GITHUB_EVENT_PATH`, and the GitHub API at `GITHUB_API_URL`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE_CACHE = path.join(REPO_ROOT, 'node_modules', '.cache', 'exbench-e2e-bundle');
const BUNDLE_INPUTS = ['src', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

/**
 * `index.js` bundled from the current src/ with tsc and ncc, as `npm run build` does, kept under
 * node_modules/.cache by a hash of its inputs: suites share one build, and a change to src/ rebuilds.
 */
export function currentBundle(): string {
  const hash = createHash('sha256');
  const visit = (file: string): void => {
    const full = path.join(REPO_ROOT, file);
    if (statSync(full).isDirectory()) {
      for (const entry of readdirSync(full).sort()) visit(path.join(file, entry));
    } else {
      hash.update(`${file}\0`).update(readFileSync(full)).update('\0');
    }
  };
  BUNDLE_INPUTS.forEach(visit);
  const target = path.join(BUNDLE_CACHE, hash.digest('hex').slice(0, 16));
  const bundle = path.join(target, 'index.js');
  if (existsSync(bundle)) return bundle;

  // Bundles of earlier sources are of no further use.
  for (const old of existsSync(BUNDLE_CACHE) ? readdirSync(BUNDLE_CACHE) : []) {
    if (!old.startsWith('building-')) rmSync(path.join(BUNDLE_CACHE, old), { recursive: true, force: true });
  }
  // Build aside and rename into place, so suites building at once never see half a bundle.
  const work = path.join(BUNDLE_CACHE, `building-${process.pid}-${Date.now()}`);
  mkdirSync(work, { recursive: true });
  const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', path.join(work, 'js')]);
  run(bin('ncc'), ['build', path.join(work, 'js', 'src', 'index.js'), '-o', path.join(work, 'bundle'), '-q']);
  try {
    renameSync(path.join(work, 'bundle'), target);
  } catch (error: unknown) {
    if (!existsSync(bundle)) throw error;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return bundle;
}

export interface StepResult {
  code: number | null;
  /** Standard output and error, interleaved as they came. */
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface StepOptions {
  node: string;
  /** The bundle to run, from currentBundle(). */
  bundle: string;
  /** A folder for this step's files (outputs, summary, temp). */
  stepDir: string;
  /** Inputs by their action.yml names; they override `defaultInputs`. */
  inputs: Record<string, string>;
  /** Runner variables (GITHUB_*, RUNNER_*) set on top of the test machine's environment. */
  env: Record<string, string>;
}

/** The Node 24 binary, resolved once (the runner's `node24`). */
export function node24(): string {
  return execFileSync('npx', ['-y', 'node@24', '-p', 'process.execPath'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

/** `name<<DELIMITER\nvalue\nDELIMITER` blocks, as @actions/core writes GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] ?? ''] = match[3] ?? '';
  return outputs;
}

/** Runs the step once with fresh output and summary files. */
export async function runActionStep(options: StepOptions): Promise<StepResult> {
  const { stepDir } = options;
  const outputFile = path.join(stepDir, 'output');
  const summaryFile = path.join(stepDir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // The runner's environment, without whatever the machine running the tests has.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(name)),
  );
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    NO_PROXY: '127.0.0.1,localhost',
    ...Object.fromEntries(
      Object.entries(options.inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: REPO_ROOT,
    RUNNER_TEMP: path.join(stepDir, 'temp'),
    ...options.env,
  };
  const child = spawn(options.node, [options.bundle], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

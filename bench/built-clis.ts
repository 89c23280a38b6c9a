/**
 * The two built CLIs the start-up benches compare, and the run they time: "before" is the CLI as
 * committed (dist/ at HEAD, which the branches leave as the lead last built it), "after" the one
 * `npm run build` left in the working tree.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { REPO_ROOT } from './figures.js';

/** The CLI at HEAD, copied into `dir`: ncc's bundle, the chunks it loads on demand and a package.json saying it is ESM. */
export async function committedCli(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const git = promisify(execFile);
  const { stdout: listed } = await git('git', ['ls-tree', '--name-only', 'HEAD', 'dist/cli/'], {
    cwd: REPO_ROOT,
  });
  for (const file of listed
    .split('\n')
    .filter(Boolean)
    .map((name) => path.basename(name))) {
    const { stdout } = await git('git', ['show', `HEAD:dist/cli/${file}`], {
      cwd: REPO_ROOT,
      maxBuffer: 64 * 1024 * 1024,
      encoding: 'buffer',
    });
    await writeFile(path.join(dir, file), stdout);
  }
  return path.join(dir, 'index.js');
}

/** The CLI built in the working tree. */
export const BUILT_CLI = path.join(REPO_ROOT, 'dist/cli/index.js');

/**
 * The arguments of a 1-row raw_string_evaluator run of `model` against the Ollama at `url`, whose
 * file and reports go in `dir`.
 */
export async function oneRowRun(dir: string, url: string, model: string): Promise<string[]> {
  const yaml = path.join(dir, 'one-row.yaml');
  await writeFile(
    yaml,
    stringify({
      benchmark_name: 'Fixed cost',
      purpose: 'One row the model answers at once: what a run costs besides its rows.',
      base_prompt: 'Reply with the single word ready.',
      evaluator: 'raw_string_evaluator',
      prompts: [{ expectation: 'ready' }],
    }),
  );
  return ['ollama-bench', '--host', url, '--output-dir', path.join(dir, 'reports'), model, yaml];
}

import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from './figures.js';

/**
 * Writes the CLI as committed (dist/cli/ at HEAD: ncc's bundle, the chunks it loads on demand and a
 * package.json saying it is ESM) into `dir`, for a "before" beside the working tree's build.
 * Returns the path of its index.js.
 */
export async function writeCommittedCli(dir: string): Promise<string> {
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

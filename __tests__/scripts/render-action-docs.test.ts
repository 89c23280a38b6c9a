import { afterEach, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCRIPT = path.join(ROOT, 'scripts/render-action-docs.mjs');

function renderDocs(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** README.md, action.yml and the Prettier settings copied to a fresh folder. */
function tempCopy(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'exbench-docs-'));
  for (const file of ['README.md', 'action.yml', '.prettierrc.json']) {
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  return dir;
}

const ADDED_INPUT = `  seed-note:
    description: |
      A value with a | pipe
      and a second line.
    required: false
    default: 'a|b'
`;

describe('render-action-docs', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the committed README.md as up to date with action.yml', () => {
    const result = renderDocs(ROOT, '--check');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails --check without writing when action.yml gained an input', () => {
    const dir = tempCopy();
    dirs.push(dir);
    const actionPath = path.join(dir, 'action.yml');
    writeFileSync(
      actionPath,
      readFileSync(actionPath, 'utf8').replace('inputs:\n', `inputs:\n${ADDED_INPUT}`),
    );
    const before = readFileSync(path.join(dir, 'README.md'), 'utf8');

    const result = renderDocs(dir, '--check');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      "README.md's action docs are out of date with action.yml: run npm run docs",
    );
    expect(readFileSync(path.join(dir, 'README.md'), 'utf8')).toBe(before);
  });

  it('renders a new input into the tables with its pipes and line breaks escaped, and stably', () => {
    const dir = tempCopy();
    dirs.push(dir);
    const actionPath = path.join(dir, 'action.yml');
    writeFileSync(
      actionPath,
      readFileSync(actionPath, 'utf8').replace('inputs:\n', `inputs:\n${ADDED_INPUT}`),
    );

    expect(renderDocs(dir).status).toBe(0);
    const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');

    const row = readme.split('\n').find((line) => line.startsWith('| `seed-note`'));
    expect(row).toMatch(
      /^\| `seed-note` +\| A value with a \\\| pipe<br>and a second line\. +\| `a\\\|b` +\| no +\|$/,
    );
    expect(readme).toContain(
      "    # A value with a | pipe and a second line.\n    # Default: a|b\n    seed-note: 'a|b'",
    );
    expect(renderDocs(dir, '--check').status).toBe(0);
    expect(renderDocs(dir).stdout).toContain('already match');
  });

  it('says which markers are missing instead of writing a README without the block', () => {
    const dir = tempCopy();
    dirs.push(dir);
    writeFileSync(path.join(dir, 'README.md'), '# exbench\n');

    const result = renderDocs(dir, '--check');

    expect(result.status).toBe(1);
    expect(result.stderr).toContain('<!-- action-docs:start -->');
  });
});

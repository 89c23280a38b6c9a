/**
 * The committed CLI (dist/cli, what `npx exbench` runs) as a user starts it. The other CLI tests
 * run src/ through tsx; these run the bundle and its chunks.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli/index.js');
const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string })
  .version;
const hasCompileCache = Number(process.versions.node.split('.')[0]) >= 22;

function version(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [CLI, '--version'], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
}

describe('the committed CLI bundle', () => {
  it('prints its version', () => {
    const run = version({});
    expect(run).toMatchObject({ status: 0, stdout: `${VERSION}\n` });
  });

  it('prints the same usage for --help, answered before any command loads, as for ollama-bench --help', () => {
    const help = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
    const early = help(['--help']);
    expect(early).toMatchObject({ status: 0, stderr: '' });
    expect(early.stdout).toMatch(/^Usage: exbench ollama-bench \[options\]/);
    expect(early.stdout).toContain('exbench compare [options] <base.json> <head.json>');
    expect(help(['ollama-bench', '--help'])).toMatchObject({ status: 0, stdout: early.stdout });
  });

  (hasCompileCache ? it : it.skip)(
    "keeps the compiled CLI in Node's compile cache, so later runs skip compiling it",
    () => {
      const cache = mkdtempSync(path.join(tmpdir(), 'exbench-compile-cache-'));
      try {
        expect(version({ NODE_COMPILE_CACHE: cache }).status).toBe(0);
        const cached = readdirSync(cache, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
        // The entry is tiny; what matters is the chunk holding the CLI, cached after the entry turned
        // the cache on.
        expect(cached.length).toBeGreaterThan(0);
        const second = version({ NODE_COMPILE_CACHE: cache, NODE_DEBUG_NATIVE: 'COMPILE_CACHE' });
        expect(second.status).toBe(0);
        expect(second.stderr).toMatch(
          /V8 code cache for ESM file:\S+\/dist\/cli\/\d+\.index\.js was accepted/,
        );
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
  );

  (hasCompileCache ? it.skip : it)(
    'keeps the compiled chunks in a code cache of its own on a Node without a compile cache, and mends a damaged one',
    () => {
      const cache = mkdtempSync(path.join(tmpdir(), 'exbench-compile-cache-'));
      // A command that loads the CLI's chunks and stops at once: its file is missing.
      const missingFile = () =>
        spawnSync(process.execPath, [CLI, 'ollama-bench', 'a-model', path.join(cache, 'missing.yaml')], {
          encoding: 'utf8',
          env: { PATH: process.env['PATH'] ?? '', NODE_COMPILE_CACHE: cache },
        });
      const cacheFiles = () =>
        readdirSync(cache, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => path.join(entry.parentPath, entry.name));
      try {
        const first = missingFile();
        expect(first).toMatchObject({
          status: 2,
          stderr: expect.stringContaining('benchmark file not found'),
        });
        const files = cacheFiles();
        expect(files.length).toBeGreaterThan(0);
        const inodes = files.map((file) => statSync(file).ino);
        // Read, not written again: a file written anew would be a new inode.
        expect(missingFile()).toMatchObject({ status: first.status, stderr: first.stderr });
        expect(files.map((file) => statSync(file).ino)).toEqual(inodes);
        for (const file of files) {
          const bytes = readFileSync(file);
          bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0xff;
          writeFileSync(file, bytes);
        }
        expect(missingFile()).toMatchObject({ status: first.status, stderr: first.stderr });
        // Each refused and written anew.
        files.forEach((file, index) => expect(statSync(file).ino).not.toBe(inodes[index]));
      } finally {
        rmSync(cache, { recursive: true, force: true });
      }
    },
  );
});

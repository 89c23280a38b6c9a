import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';

const GLOB_CHARS = /[*?[{]/;
/** Folders a benchmark glob never looks into. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * The files that benchmark patterns name, relative to `cwd` as written (with `/`), sorted within
 * each pattern and without repeats. A pattern without glob characters must name an existing file;
 * a glob must match at least one. Globs know `*`, `?`, `**`, `[abc]` and `{a,b}`.
 */
export async function findBenchmarkFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  for (const pattern of patterns) {
    const normalized = pattern.split(path.sep).join('/').replace(/^\.\//, '');
    if (!GLOB_CHARS.test(normalized)) {
      found.push(normalized);
      continue;
    }
    const matcher = globToRegExp(normalized);
    const base = staticPrefix(normalized);
    const files = await listFiles(path.resolve(cwd, base));
    const matches = files
      .map((file) => path.relative(cwd, file).split(path.sep).join('/'))
      .map((file) => (path.isAbsolute(normalized) ? path.resolve(cwd, file) : file))
      .filter((file) => matcher.test(file))
      .sort();
    if (matches.length === 0) {
      throw new ConfigurationError(`Benchmark pattern "${pattern}" matches no file (looked in ${cwd}).`);
    }
    found.push(...matches);
  }
  return [...new Set(found)];
}

/** A regular expression for a glob on `/`-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i += 1) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        source += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else {
        source += '[^/]*';
      }
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) {
        source += '\\[';
      } else {
        const set = glob
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${set}]`;
        i = close;
      }
    } else if (c === '{') {
      braces += 1;
      source += '(?:';
    } else if (c === '}' && braces > 0) {
      braces -= 1;
      source += ')';
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else {
      source += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

/** The folders before the first segment with a glob character, e.g. `bench/data` of `bench/data/*.yaml`. */
function staticPrefix(glob: string): string {
  const segments = glob.split('/');
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const prefix = segments.slice(0, firstGlob).join('/');
  return prefix === '' && glob.startsWith('/') ? '/' : prefix || '.';
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    if (!(await stat(dir)).isDirectory()) return [];
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : listFiles(full);
      return entry.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}

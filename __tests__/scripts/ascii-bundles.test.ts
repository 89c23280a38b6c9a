/**
 * The built bundles are rewritten with every character past U+00FF escaped
 * (scripts/ascii-bundles.mjs) so V8 holds their source at one byte a character. The rewritten code
 * must do exactly what the original did, and every committed bundle must still load.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { asciiOnly } from '../../scripts/ascii-bundles.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const rewrite = asciiOnly as (text: string) => string;

/** Runs `body` (a function body returning a value) as written and rewritten; its value as JSON. */
function both(body: string): [unknown, unknown, string] {
  const ascii = rewrite(body);
  const run = (code: string): unknown =>
    JSON.parse(runInNewContext(`JSON.stringify((() => { ${code} })())`) as string);
  return [run(body), run(ascii), ascii];
}

/** A character V8 would hold at two bytes. */
const PAST_LATIN1 = /[^\p{ASCII}\u0080-\u00ff]/u;

/** Every bundle dist/ holds: the action, its post step, the CLI and its chunks. */
const BUNDLES = ['dist', 'dist/post', 'dist/cli'].flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `${dir}/${name}`),
);

describe('asciiOnly', () => {
  it('keeps what strings, templates, identifiers and comments mean', () => {
    const [was, now, ascii] = both(
      "// café ▸\nconst naïve = 'ünïcode ▸ 🏆'; return [naïve, `tmpl ${naïve} é`, naïve.length];",
    );
    expect(now).toEqual(was);
    expect(ascii).not.toMatch(PAST_LATIN1);
  });

  it('keeps what regular expressions match, with and without the u flag', () => {
    const [was, now] = both(
      "const s = 'a 🏆 b é ▸'; return [s.match(/[🏆é]/gu), s.replace(/🏆/g, 'x'), /^[😀-🙏]$/u.test('😃'), /\\é/.test('é')];",
    );
    expect(now).toEqual(was);
    expect(was).toEqual([['🏆', 'é'], 'a x b é ▸', true, true]);
  });

  it('keeps a character escaped by a backslash, and a backslash escaped before one', () => {
    const [was, now] = both("return ['\\é', '\\\\é', '\\\\\\é'];");
    expect(now).toEqual(was);
  });

  it('leaves Unicode whitespace between tokens as it is, which an escape would break', () => {
    const [was, now, rewritten] = both('const a =\u00a0{ b:\u20031 };\u2028return a.b;');
    expect(now).toEqual(was);
    expect(rewritten).toContain('\u2003');
  });

  it('leaves every committed bundle loadable, with no character past U+00FF', () => {
    expect(BUNDLES).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/post/index.js', 'dist/cli/index.js']),
    );
    for (const file of BUNDLES) {
      const check = spawnSync(process.execPath, ['--check', path.join(ROOT, file)], { encoding: 'utf8' });
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect({
        file,
        parses: check.status === 0,
        stderr: check.stderr.split('\n').slice(0, 4).join('\n'),
      }).toEqual({
        file,
        parses: true,
        stderr: '',
      });
      expect({ file, pastLatin1: PAST_LATIN1.test(text) }).toEqual({ file, pastLatin1: false });
    }
  });
});

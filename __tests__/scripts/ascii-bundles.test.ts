/**
 * The built bundles are rewritten to pure ASCII (scripts/ascii-bundles.mjs) so V8 holds their source
 * at one byte a character. The rewritten code must do exactly what the original did.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
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

const ASCII = /^\p{ASCII}*$/u;

describe('asciiOnly', () => {
  it('keeps what strings, templates, identifiers and comments mean', () => {
    const [was, now, ascii] = both(
      "// café ▸\nconst naïve = 'ünïcode ▸ 🏆'; return [naïve, `tmpl ${naïve} é`, naïve.length];",
    );
    expect(now).toEqual(was);
    expect(ascii).toMatch(ASCII);
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

  it('leaves the committed bundles with no character past U+007F', () => {
    for (const file of ['dist/index.js', 'dist/cli/index.js', 'dist/post/index.js']) {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      expect({ file, ascii: ASCII.test(text) }).toEqual({ file, ascii: true });
    }
  });
});

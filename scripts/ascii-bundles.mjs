/**
 * Rewrites each bundled .js file under the folders given so that V8 can hold it at one byte a
 * character: every character past U+00FF becomes a \uXXXX escape (UTF-16 code units, as esbuild's
 * `charset: ascii` does). V8 keeps a script's source in memory for as long as the script lives, and
 * a source with one character past U+00FF is held at two bytes a character: the CLI's 5 MB bundle,
 * which carries Unicode tables (emoji-regex, string-width) and the report's symbols, cost 10 MB of
 * heap that way. Latin-1 characters (U+0080 to U+00FF) stay as they are: one byte each already.
 *
 * The escape means the same in every place such a character can stand: string and template
 * literals (their cooked value), regular expressions (a pair of escaped surrogates is one code
 * point under the u flag and two code units without it, as the raw character was), identifiers
 * and comments. Not in whitespace between tokens, so Unicode spaces and line separators are left
 * as they are. A character already escaped by a backslash (`\ā`, an identity escape) is written as
 * the escape alone, so the backslash does not escape the new one. Each rewritten file is then
 * checked by `node --check`, so a rewrite that broke one stops the build.
 *
 *   node scripts/ascii-bundles.mjs dist
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** `text` with every character past U+00FF escaped, but for JavaScript's whitespace and line ends. */
export function asciiOnly(text) {
  return text.replace(
    /(\\*)([^\x00-\xff\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff])/g,
    (_match, slashes, char) => {
      const escape = `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
      // An odd run of backslashes escapes the character itself: the last one goes.
      return slashes.length % 2 === 1 ? slashes.slice(1) + escape : slashes + escape;
    },
  );
}

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(file);
    else if (entry.name.endsWith('.js')) yield file;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error('usage: node scripts/ascii-bundles.mjs <folder>...');
    process.exit(2);
  }
  for (const dir of dirs) {
    for (const file of jsFiles(dir)) {
      const text = readFileSync(file, 'utf8');
      const ascii = asciiOnly(text);
      if (ascii === text) continue;
      writeFileSync(file, ascii);
      const check = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
      if (check.status !== 0) {
        console.error(`${file}: no longer valid JavaScript once escaped:\n${check.stderr}`);
        process.exit(1);
      }
    }
  }
}

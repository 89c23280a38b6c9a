/**
 * Joins the third-party licenses ncc wrote per chunk into one licenses.txt. ncc's license plugin
 * (license-webpack-plugin) writes each chunk's licenses on its own, so for a chunked bundle one
 * `--license licenses.txt` would hold the last chunk's only; the CLI is built with
 * `--license '[name].licenses.txt'` and this script merges those files: every package once, sorted
 * by name, in ncc's own words (`<name>\n<license type>\n<license text>`, blocks apart by a blank
 * line), and removes them.
 *
 *   node scripts/merge-licenses.mjs dist/cli
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A package name alone on its line (`yaml`, `@actions/core`). */
const PACKAGE_NAME = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*$/;
/** A license type as package.json gives it (`MIT`, `Apache-2.0`, `(MIT OR CC0-1.0)`). */
const LICENSE_TYPE = /^[\w.+()-]+(?: (?:OR|AND|WITH) [\w.+()-]+)*$/;

/**
 * The blocks of one file ncc wrote: each starts at the file's start or after a blank line with a
 * package name, then its license type. Joined again they must give the file back, or the file is
 * not in the form this reads and the build stops instead of shipping a wrong list.
 */
export function licenseBlocks(text, file = 'licenses') {
  const lines = text.split('\n');
  const starts = lines.flatMap((line, i) =>
    (i === 0 || lines[i - 1] === '') && PACKAGE_NAME.test(line) && LICENSE_TYPE.test(lines[i + 1] ?? '')
      ? [i]
      : [],
  );
  const blocks = starts.map((start, n) => lines.slice(start, starts[n + 1] ?? lines.length).join('\n'));
  if (starts[0] !== 0 || blocks.join('\n') !== text)
    throw new Error(`${file}: not the form ncc writes (<name>, <license type>, <text>, a blank line)`);
  return blocks.map((block) => ({
    name: block.slice(0, block.indexOf('\n')),
    block: block.replace(/\n+$/, ''),
  }));
}

/** One licenses text of all `texts`: each block once, sorted by package name. */
export function mergeLicenses(texts) {
  const unique = new Map();
  for (const { text, file } of texts)
    for (const { name, block } of licenseBlocks(text, file)) unique.set(block, name);
  return [...unique]
    .sort(([a, nameA], [b, nameB]) => (nameA === nameB ? (a < b ? -1 : 1) : nameA < nameB ? -1 : 1))
    .map(([block]) => `${block}\n\n`)
    .join('');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (dir === undefined) throw new Error('usage: node scripts/merge-licenses.mjs <dist folder>');
  const files = readdirSync(dir).filter((name) => name.endsWith('.licenses.txt'));
  if (files.length === 0) throw new Error(`${dir}: no <chunk>.licenses.txt from ncc to merge`);
  const texts = files.map((file) => ({ file, text: readFileSync(path.join(dir, file), 'utf8') }));
  writeFileSync(path.join(dir, 'licenses.txt'), mergeLicenses(texts));
  for (const file of files) rmSync(path.join(dir, file));
}

// Renders the action's usage block (a `uses:` example and tables of inputs and outputs) from
// action.yml into README.md, between the action-docs markers, so the two never disagree.
//
//   node scripts/render-action-docs.mjs           rewrite the block in README.md
//   node scripts/render-action-docs.mjs --check   write nothing; exit 1 when README.md is out of date
//
// Paths are relative to the working directory (npm runs scripts from the package root).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as prettier from 'prettier';
import { parse } from 'yaml';

const START = '<!-- action-docs:start -->';
const END = '<!-- action-docs:end -->';
const USES = '<owner>/exbench@v1';
const COMMENT_WIDTH = 96;

const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((arg) => arg !== '--check');
if (unknown.length > 0) fail(`Unknown argument ${unknown.join(' ')}; the only option is --check.`);

const cwd = process.cwd();
const actionPath = path.join(cwd, 'action.yml');
const readmePath = path.join(cwd, 'README.md');

const action = readAction(parse(await readFile(actionPath, 'utf8')));
const readme = await readFile(readmePath, 'utf8');
const updated = replaceBlock(readme, await formatted(renderBlock(action)));

if (check) {
  if (updated !== readme) {
    fail("README.md's action docs are out of date with action.yml: run npm run docs");
  }
  console.log("README.md's action docs match action.yml.");
} else if (updated === readme) {
  console.log("README.md's action docs already match action.yml.");
} else {
  await writeFile(readmePath, updated);
  console.log("Rewrote README.md's action docs from action.yml.");
}

/** The parts of action.yml rendered here, checked enough that a typo gives a clear message. */
function readAction(document) {
  if (document === null || typeof document !== 'object') fail('action.yml: expected a mapping.');
  const entries = (field) => {
    const value = document[field] ?? {};
    if (typeof value !== 'object' || Array.isArray(value)) fail(`action.yml: "${field}" must be a mapping.`);
    return Object.entries(value).map(([name, spec]) => ({ name, ...(spec ?? {}) }));
  };
  return { inputs: entries('inputs'), outputs: entries('outputs') };
}

function renderBlock({ inputs, outputs }) {
  const lines = ['### Usage', '', '```yaml', `- uses: ${USES}`];
  if (inputs.length > 0) lines.push('  with:');
  inputs.forEach((input, i) => {
    if (i > 0) lines.push('');
    for (const line of wrap(oneLine(input.description ?? ''), COMMENT_WIDTH)) lines.push(`    # ${line}`);
    if (input.default !== undefined && String(input.default) !== '') {
      lines.push(`    # Default: ${String(input.default)}`);
    } else if (isRequired(input)) {
      lines.push('    # Required.');
    }
    lines.push(`    ${input.name}: ${quoted(input.default === undefined ? '' : String(input.default))}`);
  });
  lines.push('```', '');

  lines.push('### Inputs', '', '| Name | Description | Default | Required |', '| --- | --- | --- | --- |');
  for (const input of inputs) {
    lines.push(
      row([
        code(input.name),
        cell(input.description ?? ''),
        defaultCell(input.default),
        isRequired(input) ? 'yes' : 'no',
      ]),
    );
  }
  lines.push('');

  lines.push('### Outputs', '', '| Name | Description |', '| --- | --- |');
  for (const output of outputs) lines.push(row([code(output.name), cell(output.description ?? '')]));
  return `${lines.join('\n')}\n`;
}

/** Exactly what `prettier --check` accepts, with the options it would use for README.md. */
async function formatted(markdown) {
  const config = (await prettier.resolveConfig(readmePath)) ?? {};
  return prettier.format(markdown, { ...config, filepath: readmePath });
}

function replaceBlock(text, block) {
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    fail(`README.md: expected the markers ${START} and ${END}, in that order.`);
  }
  return `${text.slice(0, start + START.length)}\n\n${block}\n${text.slice(end)}`;
}

function isRequired(input) {
  return input.required === true || input.required === 'true';
}

function defaultCell(value) {
  if (value === undefined) return '';
  const text = String(value);
  return text === '' ? "`''`" : code(text);
}

function row(cells) {
  return `| ${cells.join(' | ')} |`;
}

/** A table cell: a pipe would end the cell and a line break the row. */
function cell(text) {
  return escapePipes(text.trim().replace(/\r?\n/g, '<br>'));
}

/** Inline code that its content cannot close, safe in a table cell. */
function code(text) {
  const clean = oneLine(text);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return escapePipes(longest === 0 ? `${ticks}${clean}${ticks}` : `${ticks} ${clean} ${ticks}`);
}

function escapePipes(text) {
  return text.replace(/\|/g, '\\|');
}

function oneLine(text) {
  return String(text)
    .trim()
    .replace(/\s*\r?\n\s*/g, ' ');
}

function quoted(text) {
  return `'${text.replace(/'/g, "''")}'`;
}

/** Wraps at spaces, but never inside an inline code span. */
function wrap(text, width) {
  const lines = [];
  let current = '';
  for (const word of text.match(/(?:`[^`]*`|[^\s`]|`)+/g) ?? []) {
    if (current !== '' && current.length + 1 + word.length > width) {
      lines.push(current);
      current = word;
    } else {
      current = current === '' ? word : `${current} ${word}`;
    }
  }
  if (current !== '') lines.push(current);
  return lines;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

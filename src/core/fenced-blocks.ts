/** A fenced code block as CommonMark reads it (spec 0.31, §4.5 "Fenced code blocks"). */
export interface FencedBlock {
  /** The info string after the opening fence, trimmed: `python title="x"`. */
  info: string;
  /** The lines between the fences, each ending in `\n`, with the fence's indentation removed. */
  content: string;
  /** False when no closing fence came: the block runs to the end of the text. */
  closed: boolean;
  /** The opening fence itself, e.g. "```" or "~~~~". */
  fence: string;
  /** 0-based line of the opening fence, and the line after the block (after its closing fence). */
  startLine: number;
  endLine: number;
}

// A list item's marker: `-`, `+`, `*`, or 1–9 digits and `.` or `)`, then 1–4 spaces (or the line's end).
const LIST_ITEM = /^( *)([-+*]|\d{1,9}[.)])( {1,4}(?! )|$)/;
const OPENING = /^(`{3,}|~{3,})(.*)$/;

/**
 * The fenced code blocks of a markdown text, by CommonMark's rules:
 * - an opening fence is three or more backticks or tildes, indented up to 3 spaces (relative to the
 *   list item it is in), followed by an info string, which for backtick fences holds no backtick;
 * - each content line loses as many leading spaces as the opening fence was indented, if it has them;
 * - the closing fence is of the same character, at least as long as the opening one, indented up to
 *   3 spaces, with nothing after it but spaces; without one the block runs to the end of the text.
 * Tabs in indentation count to the next multiple of 4. Block quotes are not read as containers, and
 * a list item's content is not ended by a less indented line inside a fence (a model's code often is).
 */
export function findFencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  // A text ending in a newline has no last, empty line; one that does not, has a last line without one.
  const endsWithNewline = lines.at(-1) === '';
  if (endsWithNewline) lines.pop();
  const newlineAfter = (index: number): string => (index < lines.length - 1 || endsWithNewline ? '\n' : '');
  const blocks: FencedBlock[] = [];
  // Content indentation of the list item the current line is in; 0 outside lists.
  let container = 0;
  let i = 0;
  while (i < lines.length) {
    let line = expandIndentTabs(lines[i] ?? '');
    const item = LIST_ITEM.exec(line);
    if (item && (item[1] ?? '').length <= container + 3) {
      container = item[0].length;
      line = ' '.repeat(container) + line.slice(item[0].length);
    } else if (line.trim() !== '' && indentation(line) < container) {
      container = 0;
    }
    const indent = indentation(line);
    // Here container ≤ indent: a less indented line has left the list item above.
    const opening = indent <= container + 3 ? OPENING.exec(line.slice(indent)) : null;
    const fence = opening?.[1] ?? '';
    const rest = opening?.[2] ?? '';
    if (!opening || (fence.startsWith('`') && rest.includes('`'))) {
      i += 1;
      continue;
    }

    let content = '';
    let closed = false;
    let j = i + 1;
    for (; j < lines.length; j += 1) {
      const raw = lines[j] ?? '';
      const inner = expandIndentTabs(raw);
      if (isClosingFence(inner, fence, container)) {
        closed = true;
        j += 1;
        break;
      }
      content += (indent === 0 ? raw : removeIndentation(inner, indent)) + newlineAfter(j);
    }
    blocks.push({
      info: rest.trim(),
      content,
      closed,
      fence,
      startLine: i,
      endLine: j,
    });
    i = j;
  }
  return blocks;
}

function isClosingFence(line: string, opening: string, container: number): boolean {
  const indent = indentation(line);
  if (indent > container + 3) return false;
  const rest = line.slice(indent);
  const run = /^(`+|~+)[ \t]*$/.exec(rest)?.[1];
  return run !== undefined && run[0] === opening[0] && run.length >= opening.length;
}

function indentation(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** Up to `count` leading spaces removed. */
function removeIndentation(line: string, count: number): string {
  const spaces = Math.min(count, indentation(line));
  return line.slice(spaces);
}

/** Tabs in a line's leading white space expanded to the next multiple of 4, as CommonMark counts them. */
function expandIndentTabs(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  if (!lead.includes('\t')) return line;
  let width = 0;
  for (const char of lead) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
  return ' '.repeat(width) + line.slice(lead.length);
}

/**
 * A top-level block sequence of a YAML text cut into its items, each a text of its own, and the
 * text without them. Parsing a 10,000-row benchmark as one document holds the yaml package's whole
 * syntax tree and node graph at once (some 50 MB for 0.8 MB of YAML); parsed item by item, only
 * one item's are held at a time.
 *
 * The cut is taken only where it cannot change what the text means: `key:` alone on its line at
 * the start of a line, then items that each begin `- ` at one indentation and hold only lines
 * indented deeper (blank and comment lines anywhere). Everything else (flow sequences, anchors
 * across items, directives) gets null, and the caller parses the text whole. The caller must still
 * check that the rest parses with `key` null and no parse error anywhere: a text the cut misreads
 * then fails that check rather than meaning something else.
 */

export interface SequencePieces {
  /** The text with the items' lines taken out: `key:` is left with no value. */
  rest: string;
  /** Each item's text (its lines, from its `- ` on), and the 1-based line it starts at. */
  items: { text: string; line: number }[];
  /** Offset of `key` in `rest` (and in the text): where the rest's key node must start. */
  keyOffset: number;
}

/** A line that only a whole-document parse reads right: a directive or a document marker. */
const DOCUMENT_LEVEL = /^(%|---|\.\.\.)/m;

export function sequencePieces(text: string, key: string): SequencePieces | null {
  if (DOCUMENT_LEVEL.test(text)) return null;
  const keyLine = new RegExp(`^${key}:[ ]*(#.*)?\\r?$`, 'm').exec(text);
  if (keyLine === null) return null;
  const keyOffset = keyLine.index;
  let position = keyOffset + keyLine[0].length + 1;
  let lineNumber = lineAt(text, position);
  /** Start offsets and line numbers of the lines from `position` on, one at a time. */
  const nextLine = (): { start: number; end: number; line: number } | null => {
    if (position >= text.length) return null;
    const newline = text.indexOf('\n', position);
    const end = newline === -1 ? text.length : newline + 1;
    const line = { start: position, end, line: lineNumber };
    position = end;
    lineNumber += 1;
    return line;
  };
  const peek = (): string => {
    const newline = text.indexOf('\n', position);
    return text.slice(position, newline === -1 ? text.length : newline).replace(/\r$/, '');
  };
  const blankOrComment = (line: string): boolean => /^[ ]*(#.*)?$/.test(line);

  // Blank and comment lines before the first item stay with the rest.
  while (position < text.length && blankOrComment(peek())) nextLine();
  const first = /^([ ]*)-( |$)/.exec(peek());
  if (first === null) return null;
  const indent = first[1]?.length ?? 0;
  const itemStart = new RegExp(`^[ ]{${indent}}-( |$)`);
  const deeper = new RegExp(`^[ ]{${indent + 1}}`);

  const items: SequencePieces['items'] = [];
  const itemsStart = position;
  let current: { start: number; line: number } | null = null;
  let itemsEnd = position;
  for (;;) {
    const line = peek();
    if (position >= text.length) break;
    if (itemStart.test(line)) {
      if (current !== null) items.push({ text: text.slice(current.start, position), line: current.line });
      const started = nextLine();
      if (started === null) break;
      current = { start: started.start, line: started.line };
    } else if (deeper.test(line) || blankOrComment(line)) {
      nextLine();
    } else {
      break;
    }
    itemsEnd = position;
  }
  if (current !== null) items.push({ text: text.slice(current.start, itemsEnd), line: current.line });
  // A tab in an item's indentation is an error to the whole parse; the pieces would not say so.
  if (items.length === 0 || /^[ ]*\t/m.test(text.slice(itemsStart, itemsEnd))) return null;
  return { rest: text.slice(0, itemsStart) + text.slice(itemsEnd), items, keyOffset };
}

/** The 1-based line of `offset` in `text`. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line += 1;
  return line;
}

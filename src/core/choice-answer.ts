import { separateThinking } from './extract-code.js';

/** One option of a multiple-choice question: its letter (`A`) and its text (`Paris`). */
export interface ChoiceOption {
  letter: string;
  text: string;
}

/**
 * The option an answer chose: `letter` found, or none (`letter: null`), with how it was found.
 * `statement`: said as an answer (`Answer: B`, `the answer is (b)`); `marked`: a letter standing
 * alone or marked as an option (`B`, `(B)`, `B)`, `**B**`); `text`: the option's own text.
 */
export type ChoiceAnswer =
  { letter: string; how: 'statement' | 'marked' | 'text' } | { letter: null; how: null };

/** A letter said as the answer: `answer is B`, `Answer: (b)`, `correct option: C`, `I choose D`, `"answer": "B"`. */
const STATEMENT =
  /\b(?:answer|choice|option|letter|choose|chose|pick|select|go with)\b["']?(?:\s+(?:is|was|would be|will be|should be|must be|=))?\s*[:=-]?\s*(?:(?:option|choice|letter)\b\s*)?["']?(?:\(([a-z])\)|\[([a-z])\]|([a-z])(?![\w']))/gi;

/** A letter said to be the answer before the words that say so: `B is correct`, `A is the answer`. */
const LETTER_FIRST = /(?<![\w'])\(?([A-Z])\)?\s+is\s+(?:the\s+)?(?:correct|right|best|answer)\b/g;

/** An option named only to be discussed or ruled out: `option A is wrong`, `why not option A?`. */
const DISCUSSED_AFTER =
  /^\s*(?:\?|(?:is|was|seems|looks|would be)\s+(?:wrong|incorrect|false|not|unlikely|tempting))/i;
const DISCUSSED_BEFORE = /\b(?:not|why|than|unlike|rule out|eliminate|eliminates|eliminating)\s*$/i;

/** A letter alone on a line (`B`, `(B)`, `[B]`, `B.`) or opening one as an option does (`B) Paris`). */
const MARKED_LINE = /^[ \t>-]*(?:\(([A-Za-z])\)|\[([A-Za-z])\]|([A-Z])(?:[).:]|(?=[ \t]*$)))/gm;

/** A letter in parentheses anywhere: `I think (B) is right`. */
const PARENTHESIZED = /\(([A-Z])\)/g;

/**
 * The option a model's answer chooses among `options`. Reasoning in `<think>…</think>` is ignored and
 * Markdown emphasis is read through (`**B**`). A stated answer (`Answer: B`) wins over a letter merely
 * marked (`(B)`, `B)`), which wins over an option's text (`Paris`); within each, the last one in the
 * answer wins, so a model that corrects itself is taken at its final word. Letters that are not
 * among the options are not answers (`I` in `I think`); a lowercase letter after `answer is` is read
 * only when no word follows it (`the answer is a city` is not `A`).
 */
export function findChoice(response: string, options: readonly ChoiceOption[]): ChoiceAnswer {
  const letters = new Set(options.map((option) => option.letter.toUpperCase()));
  const text = separateThinking(response)
    .text.replace(/\*\*|__|`/g, '')
    .replace(/\r\n?/g, '\n');

  const stated = latest(
    lastMatch(text, STATEMENT, letters, (match) => {
      const at = match.index ?? 0;
      const after = text.slice(at + match[0].length);
      if (DISCUSSED_AFTER.test(after) || DISCUSSED_BEFORE.test(text.slice(0, at))) return false;
      const bare = match[3];
      if (bare === undefined || bare === bare.toUpperCase()) return true;
      // `the answer is a city`: an article, not option A.
      return !/^\s+[a-z]/i.test(after);
    }),
    lastMatch(text, LETTER_FIRST, letters, () => true),
  );
  if (stated !== null) return { letter: stated.letter, how: 'statement' };

  const marked = latest(
    lastMatch(text, MARKED_LINE, letters, () => true),
    lastMatch(text, PARENTHESIZED, letters, () => true),
  );
  if (marked !== null) return { letter: marked.letter, how: 'marked' };

  const byText = lastOptionText(text, options);
  if (byText !== null) return { letter: byText, how: 'text' };
  return { letter: null, how: null };
}

interface Found {
  letter: string;
  at: number;
}

/** The last match of `pattern` whose captured letter is one of `letters`. */
function lastMatch(
  text: string,
  pattern: RegExp,
  letters: ReadonlySet<string>,
  accept: (match: RegExpMatchArray) => boolean,
): Found | null {
  let found: Found | null = null;
  for (const match of text.matchAll(pattern)) {
    const letter = (match[1] ?? match[2] ?? match[3] ?? '').toUpperCase();
    if (letters.has(letter) && accept(match)) found = { letter, at: match.index ?? 0 };
  }
  return found;
}

function latest(a: Found | null, b: Found | null): Found | null {
  if (a === null) return b;
  if (b === null) return a;
  return b.at > a.at ? b : a;
}

/**
 * The option whose text the answer names last (ends last), compared without case, punctuation or
 * spacing differences and on word boundaries (`15` is not found in `150`). Ending at one place, the
 * longer text wins (`New York City` over `City`).
 */
function lastOptionText(text: string, options: readonly ChoiceOption[]): string | null {
  const answer = ` ${normalize(text)} `;
  let best: { letter: string; end: number; length: number } | null = null;
  for (const option of options) {
    const wanted = normalize(option.text);
    if (wanted === '') continue;
    const at = answer.lastIndexOf(` ${wanted} `);
    if (at < 0) continue;
    const end = at + wanted.length;
    if (best === null || end > best.end || (end === best.end && wanted.length > best.length)) {
      best = { letter: option.letter.toUpperCase(), end, length: wanted.length };
    }
  }
  return best?.letter ?? null;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

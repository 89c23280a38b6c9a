import { findFencedBlocks, type FencedBlock } from './fenced-blocks.js';

export interface Extraction {
  /** The text to evaluate: the chosen fenced block, or the whole answer when there is none. */
  code: string;
  /** Reasoning found in `<think>…</think>`, removed from `code` but kept for the report. */
  thinking: string;
  /** The fence's language tag, '' when the fence had none, null when there was no fence. */
  language: string | null;
}

const THINK_BLOCK = /<think>([\s\S]*?)<\/think>/gi;

/**
 * Finds what to evaluate in a model's answer: reasoning is stripped, and among fenced blocks (read
 * by CommonMark's rules, see fenced-blocks.ts) the first whose language is one of `languages` wins,
 * else the first block with code. Prose around fences is ignored. An unclosed fence (a cut-off
 * answer) runs to the end. Two fences that are not valid Markdown but plain in intent are followed:
 * code followed by a lone closing fence is that code, and a closing fence at the end of the last
 * code line of an unclosed block closes it.
 */
export function extractCode(response: string, languages: readonly string[]): Extraction {
  const { text, thinking } = splitThinking(response);

  const blocks = codeBlocks(text);
  const wanted = new Set(languages.map((l) => l.toLowerCase()));
  const withCode = blocks.filter((block) => block.code.trim() !== '');
  const chosen = withCode.find((block) => wanted.has(block.language)) ?? withCode[0] ?? blocks[0];
  if (chosen) return { code: chosen.code.replace(/\s+$/, ''), thinking, language: chosen.language };

  return { code: stripInlineCode(text.trim()), thinking, language: null };
}

/** An answer's reasoning (`<think>…</think>`, also unpaired tags) apart from the rest of its text. */
export function splitThinking(response: string): { text: string; thinking: string } {
  const thoughts: string[] = [];
  let text = response.replace(THINK_BLOCK, (_whole, thought: string) => {
    thoughts.push(thought.trim());
    return '';
  });
  // Some reasoning models' templates open <think> in the prompt, so only the closing tag arrives.
  const orphanClose = text.search(/<\/think>/i);
  if (orphanClose >= 0) {
    thoughts.push(text.slice(0, orphanClose).trim());
    text = text.slice(orphanClose + '</think>'.length);
  }
  // An opening tag with no close means the answer was cut off mid-thought: all of it is thinking.
  const orphanOpen = text.search(/<think>/i);
  if (orphanOpen >= 0) {
    thoughts.push(text.slice(orphanOpen + '<think>'.length).trim());
    text = text.slice(0, orphanOpen);
  }
  return { text, thinking: thoughts.filter(Boolean).join('\n\n') };
}

/** The fenced blocks of an answer as code and language, with the plain-intent repairs applied. */
function codeBlocks(text: string): { code: string; language: string }[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks = findFencedBlocks(text);
  const last = blocks.at(-1);
  // `print(3 * 5)` then a line of three backticks: CommonMark opens an empty block that runs to the
  // end; the model meant to close a block whose opening fence was in the prompt.
  if (last && !last.closed && last.content.trim() === '' && last.info === '') {
    const from = blocks.at(-2)?.endLine ?? 0;
    const before = lines.slice(from, last.startLine).join('\n');
    blocks.pop();
    if (before.trim() !== '') return [...blocks.map(toCode), { code: before, language: '' }];
  }
  return blocks.map(toCode);
}

function toCode(block: FencedBlock): { code: string; language: string } {
  let code = block.content;
  // `print(1)```` at the end of a cut-off block: the fence was meant to close it.
  if (!block.closed) {
    const trimmed = code.replace(/\s+$/, '');
    if (trimmed.endsWith(block.fence)) code = trimmed.slice(0, -block.fence.length);
  }
  return { code, language: languageOf(block.info) };
}

/** The info string's first word, lower case; `{python}` and `{.python}` (Pandoc attributes) too. */
function languageOf(info: string): string {
  const word = info.split(/\s+/)[0] ?? '';
  return word
    .replace(/^\{\.?/, '')
    .replace(/\}$/, '')
    .toLowerCase();
}

/** `python main.py ping` wrapped in single backticks is still the command. */
function stripInlineCode(text: string): string {
  const inline = /^`([^`\n]+)`$/.exec(text);
  return inline?.[1] ?? text;
}

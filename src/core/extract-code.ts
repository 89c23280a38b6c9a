export interface Extraction {
  /** The text to evaluate: the chosen fenced block, or the whole answer when there is none. */
  code: string;
  /** Reasoning found in `<think>…</think>`, removed from `code` but kept for the report. */
  thinking: string;
  /** The fence's language tag, '' when the fence had none, null when there was no fence. */
  language: string | null;
}

const THINK_BLOCK = /<think>([\s\S]*?)<\/think>/gi;
// A fence opens with three or more backticks or tildes at a line start and closes with the same run.
const FENCE = /^[ \t]*(`{3,}|~{3,})[ \t]*([^\s`]*)[^\n]*\n([\s\S]*?)(?:^[ \t]*\1[ \t]*$|(?![\s\S]))/gm;

/**
 * Finds what to evaluate in a model's answer: reasoning is stripped, and among fenced blocks the
 * first whose language is one of `languages` wins, else the first block. Prose around fences is
 * ignored. An unclosed fence (a cut-off answer) runs to the end.
 */
export function extractCode(response: string, languages: readonly string[]): Extraction {
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
  const thinking = thoughts.filter(Boolean).join('\n\n');

  const blocks = [...text.matchAll(FENCE)].map((match) => ({
    language: (match[2] ?? '').toLowerCase(),
    code: match[3] ?? '',
  }));
  const wanted = new Set(languages.map((l) => l.toLowerCase()));
  const chosen = blocks.find((block) => wanted.has(block.language)) ?? blocks[0];
  if (chosen) return { code: chosen.code.replace(/\s+$/, ''), thinking, language: chosen.language };

  return { code: stripInlineCode(text.trim()), thinking, language: null };
}

/** `python main.py ping` wrapped in single backticks is still the command. */
function stripInlineCode(text: string): string {
  const inline = /^`([^`\n]+)`$/.exec(text);
  return inline?.[1] ?? text;
}

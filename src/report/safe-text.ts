/**
 * Untrusted text (server errors, model output, generated code's output) made safe for where it
 * goes. Each edge calls the one for it: the terminal, the workflow log, markdown.
 */

/**
 * C0 and C1 control characters but tab and newline, DEL, and the bidirectional overrides that can
 * make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A zero-width space: invisible, but it breaks what a parser would read as a command or mention. */
const BREAK = '\u200b';

/** Each control character as visible text: ESC as `\x1b`, CR as `\r`, U+202E as `\u202e`. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => {
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** For a terminal: no escape sequence (colour, title, cursor, bell) can act; lines stay lines. */
export function terminalText(text: string): string {
  return escapeControls(text);
}

/**
 * For the GitHub Actions log: as for the terminal, and no line can be read as a workflow command.
 * The runner reads a line as a command when it starts with `::` after leading spaces, and `##[`
 * anywhere in it as a legacy one; a zero-width space breaks both without changing what one reads.
 */
export function workflowLogText(text: string): string {
  return escapeControls(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${BREAK}`).replaceAll('##[', `#${BREAK}#[`))
    .join('\n');
}

/** `@name` or `@org/team` as text that notifies nobody (GitHub links a mention only after a bare `@`). */
export function neutralizeMentions(text: string): string {
  return text.replace(/(^|[^\w`])@(?=[A-Za-z0-9])/g, `$1@${BREAK}`);
}

/** For markdown outside code: controls visible, mentions inert. Markdown syntax is the caller's to escape. */
export function markdownSafeText(text: string): string {
  return neutralizeMentions(escapeControls(text));
}

/** Text primitives shared by the markdown renderers (results and comparison). */
import { escapeControls, markdownSafeText } from './safe-text.js';

/** The longest run of backticks in `text`: a code span or fence must be longer to hold it. */
export function longestBacktickRun(text: string): number {
  return Math.max(0, ...Array.from(text.matchAll(/`+/g), (match) => match[0].length));
}

/**
 * A fenced block that its content cannot close: the fence is longer than any backtick run inside.
 * One trailing newline of `text` is dropped, so the fence always sits on its own line.
 */
export function fenced(untrusted: string, language = ''): string {
  // Mentions are inert in code; control characters are not.
  const text = escapeControls(untrusted);
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  const tag = language.replace(/[^\w+#.-]/g, '');
  return `${fence}${tag}\n${text.replace(/\n$/, '')}\n${fence}`;
}

export function escapeHtml(text: string): string {
  return markdownSafeText(text).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Untrusted text for one line of markdown: HTML and markdown syntax escaped, line breaks flattened. */
export function escapeInline(text: string): string {
  return escapeHtml(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/([\\`*_[\]|#])/g, '\\$1');
}

/** Size in UTF-8 bytes, the unit of the job summary's limit (never fewer than the comment's characters). */
export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

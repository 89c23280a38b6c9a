import { escapeControls } from './safe-text.js';

/**
 * Untrusted text as HTML text or a quoted attribute value: the five markup characters become
 * references and control characters become visible (`\x1b`), so nothing a model or server sends
 * can open an element, end a script or style, leave an attribute or hide itself.
 */
export function htmlText(text: string): string {
  return escapeControls(text).replace(/[&<>"']/g, (c) => HTML_REFERENCES[c] ?? c);
}

const HTML_REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

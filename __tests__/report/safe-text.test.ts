import { describe, expect, it } from '@jest/globals';
import {
  markdownSafeText,
  neutralizeMentions,
  terminalText,
  workflowLogText,
} from '../../src/report/safe-text.js';

const TITLE_AND_COLOUR = 'boom \u001b]0;pwned\u0007\u001b[31mred\u001b[0m\r\nnext line';

describe('terminalText', () => {
  it('shows escape sequences, bells and carriage returns as text instead of letting them act', () => {
    const safe = terminalText(TITLE_AND_COLOUR);
    expect(safe).toBe('boom \\x1b]0;pwned\\x07\\x1b[31mred\\x1b[0m\\r\nnext line');
    expect(safe).not.toContain('\u001b');
    expect(safe).not.toContain('\u0007');
  });

  it('keeps tabs, newlines and ordinary Unicode, and shows bidi overrides', () => {
    expect(terminalText('a\tb\nc é 😀')).toBe('a\tb\nc é 😀');
    expect(terminalText('x\u202ey')).toBe('x\\u202ey');
    expect(terminalText('\u009b31m')).toBe('\\x9b31m');
  });
});

describe('workflowLogText', () => {
  it('never lets a line be read as a workflow command, even after spaces or a newline', () => {
    const forged = 'answer\n::set-output name=x::1\n   ::add-mask::secret\nsee ##[error]legacy';
    const lines = workflowLogText(forged).split('\n');
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      expect(line.trimStart().startsWith('::')).toBe(false);
      expect(line).not.toContain('##[');
    }
    // What a reader sees is unchanged but for an invisible space.
    expect(lines[1]?.replaceAll('\u200b', '')).toBe('::set-output name=x::1');
  });

  it('leaves ordinary lines, colons inside them included, as they are', () => {
    expect(workflowLogText('row 3: expected 5, got 6 (a::b)')).toBe('row 3: expected 5, got 6 (a::b)');
  });
});

describe('markdown text', () => {
  it('turns @mentions into text that notifies nobody, but keeps e-mail addresses', () => {
    const safe = neutralizeMentions('ping @octocat and @github/security, mail me@example.com');
    expect(safe).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(safe).toContain('me@example.com');
    expect(safe.replaceAll('\u200b', '')).toBe('ping @octocat and @github/security, mail me@example.com');
  });

  it('escapes control characters as well', () => {
    expect(markdownSafeText('\u001b[2J @all')).toBe('\\x1b[2J @\u200ball');
  });
});

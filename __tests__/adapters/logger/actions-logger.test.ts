import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { ActionsLogger } from '../../../src/adapters/logger/actions-logger.js';

/** What @actions/core wrote to stdout, the workflow log the runner parses line by line. */
let written: string[];
beforeEach(() => {
  written = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  jest.restoreAllMocks();
});

const logLines = (): string[] =>
  written
    .join('')
    .split(/\r?\n/)
    .filter((line) => line !== '');

describe('ActionsLogger', () => {
  it('never lets a server error or model output start a workflow command in the log', () => {
    const logger = new ActionsLogger();
    logger.info('row 2: model said\n::set-output name=regressed::false\n  ::add-mask::x');
    logger.warning('server error: boom\n::error::forged');
    const commands = logLines().filter((line) => line.trimStart().startsWith('::'));
    // Only the warning annotation itself is a command, its data escaped onto one line by @actions/core.
    expect(commands).toEqual([expect.stringMatching(/^::warning::server error: boom%0A::error::forged$/)]);
  });

  it('shows escape sequences as text in the log', () => {
    new ActionsLogger().info('boom \u001b]0;title\u0007');
    expect(written.join('')).toContain('boom \\x1b]0;title\\x07');
    expect(written.join('')).not.toContain('\u001b');
  });
});

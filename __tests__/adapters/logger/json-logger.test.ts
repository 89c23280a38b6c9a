import { describe, expect, it } from '@jest/globals';
import { JsonLogger } from '../../../src/adapters/logger/json-logger.js';
import { createRedactor } from '../../../src/core/redact.js';

const AT = new Date('2026-11-29T12:00:00.000Z');

function logger(verbose = false) {
  const lines: string[] = [];
  const log = new JsonLogger({
    write: (line) => lines.push(line),
    now: () => AT,
    redact: createRedactor(['tok-123456']),
    verbose,
  });
  return { log, lines, parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('JsonLogger', () => {
  it('writes an event with its fields, the group it happened in and the time in ISO 8601', async () => {
    const { log, parsed } = logger();
    await log.group('Model qwen', () => {
      log.warning('row 3: boom', { event: 'row_error', model: 'qwen', row: 3 });
      return Promise.resolve();
    });
    log.info('outside');
    expect(parsed()).toEqual([
      {
        time: '2026-11-29T12:00:00.000Z',
        level: 'warning',
        event: 'row_error',
        group: 'Model qwen',
        model: 'qwen',
        row: 3,
        message: 'row 3: boom',
      },
      { time: '2026-11-29T12:00:00.000Z', level: 'info', event: 'log', message: 'outside' },
    ]);
  });

  it('does not let a field pose as the level, time or message', () => {
    const { log, parsed } = logger();
    log.error('real', { event: 'x', level: 'info', time: 'then', message: 'forged' });
    expect(parsed()[0]).toMatchObject({ level: 'error', time: AT.toISOString(), message: 'real' });
  });

  it('redacts secrets in messages and fields, and escapes C1 controls and bidi overrides', () => {
    const { log, lines, parsed } = logger();
    log.info('key tok-123456 \u009b2J \u202eabc', { event: 'x', error: 'said tok-123456' });
    expect(lines[0]).not.toMatch(/tok-123456|\u009b|\u202e/);
    expect(lines[0]).toContain('\\u009b2J \\u202eabc');
    expect(parsed()[0]).toMatchObject({ message: 'key *** \u009b2J \u202eabc', error: 'said ***' });
  });

  it('writes debug events only when verbose', () => {
    const quiet = logger(false);
    quiet.log.debug('detail');
    expect(quiet.lines).toEqual([]);
    const verbose = logger(true);
    verbose.log.debug('detail');
    expect(verbose.parsed()[0]).toMatchObject({ level: 'debug', message: 'detail' });
  });

  it('turns the CLI\'s own "error: …" text into an error event', () => {
    const { log, parsed } = logger();
    log.text('error: the server at x is down\n');
    expect(parsed()).toEqual([
      { time: AT.toISOString(), level: 'error', event: 'cli_error', message: 'the server at x is down' },
    ]);
  });
});

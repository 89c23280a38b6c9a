import { describe, expect, it } from '@jest/globals';
import { CallDeadlines } from '../../../src/adapters/http/call-deadlines.js';

const NO_LIMITS = { total: null, idle: null };

describe('CallDeadlines', () => {
  it("aborts undici's abort and fetch's signal with the caller's reason, also a signal taken after", () => {
    const caller = new AbortController();
    const deadlines = new CallDeadlines({ ...NO_LIMITS, signal: caller.signal });
    const early = deadlines.signal;
    let heard = 0;
    deadlines.aborted.on('abort', () => (heard += 1));
    caller.abort(new Error('model past its time budget'));
    expect(heard).toBe(1);
    expect(deadlines.aborted.reason).toEqual(new Error('model past its time budget'));
    expect(early.reason).toBe(deadlines.aborted.reason);
    expect(deadlines.signal.reason).toBe(deadlines.aborted.reason);
    deadlines.end();
    // Aborted once: the end of the call does not replace the reason.
    expect(deadlines.aborted.reason).toEqual(new Error('model past its time budget'));
  });

  it('aborts with an AbortError, as AbortController does, when the caller gave no reason', () => {
    const deadlines = new CallDeadlines(NO_LIMITS);
    deadlines.abort(undefined);
    expect((deadlines.aborted.reason as DOMException).name).toBe('AbortError');
    expect(deadlines.signal.aborted).toBe(true);
  });

  it('names the total limit once it passed, as a server fault that is retried', async () => {
    const deadlines = new CallDeadlines({
      total: { ms: 5, message: 'no answer within 0.005 s' },
      idle: null,
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(deadlines.aborted.aborted).toBe(true);
    expect(deadlines.exceeded()?.message).toBe('no answer within 0.005 s');
    deadlines.end();
  });
});

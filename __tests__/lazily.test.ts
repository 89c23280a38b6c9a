import { describe, expect, it } from '@jest/globals';
import { lazily } from '../src/lazily.js';

describe('lazily', () => {
  it('builds nothing until first asked, then once, and hands back the same value every time', () => {
    const built: string[] = [];
    const schema = lazily(() => {
      built.push('schema');
      return { name: 'schema' };
    });
    expect(built).toEqual([]);
    const first = schema();
    expect(schema()).toBe(first);
    expect(built).toEqual(['schema']);
  });

  it('keeps a built value that is falsy instead of building it again', () => {
    let builds = 0;
    const nothing = lazily(() => {
      builds += 1;
      return undefined;
    });
    nothing();
    nothing();
    expect(builds).toBe(1);
  });
});

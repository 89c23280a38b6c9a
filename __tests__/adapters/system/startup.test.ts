import { describe, expect, it } from '@jest/globals';
import {
  enableCompileCache,
  HEAP_GROWTH_FLAGS,
  JIT_FLAGS,
  leaveOutMaglev,
  limitHeapGrowth,
} from '../../../src/adapters/system/startup.js';

const major = Number(process.versions.node.split('.')[0]);

describe('enableCompileCache', () => {
  (major >= 22 ? it : it.skip)('turns on the compile cache where Node has one', () => {
    expect(enableCompileCache()).toEqual(expect.any(String));
  });

  (major < 22 ? it : it.skip)('does nothing on Node 20, which has none', () => {
    expect(enableCompileCache()).toBeNull();
  });
});

describe('limitHeapGrowth', () => {
  /** The flags limitHeapGrowth hands V8 when node runs with `execArgv` and NODE_OPTIONS `nodeOptions`. */
  function flagsSet(execArgv: string[], nodeOptions?: string): string[] {
    const set: string[] = [];
    const returned = limitHeapGrowth({ execArgv, nodeOptions, setFlags: (flag) => set.push(flag) });
    expect(returned).toEqual(set);
    return set;
  }

  it('bounds the heap growth of a node started without heap flags', () => {
    expect(flagsSet([], undefined)).toEqual(HEAP_GROWTH_FLAGS);
    expect(flagsSet(['--enable-source-maps'], '--no-warnings')).toEqual(HEAP_GROWTH_FLAGS);
  });

  it("keeps the heap size a user gave on node's command line", () => {
    expect(flagsSet(['--max-old-space-size=4096'])).toEqual([]);
    expect(flagsSet(['--max_semi_space_size=64'])).toEqual([]);
  });

  it('keeps the heap size a user gave in NODE_OPTIONS', () => {
    expect(flagsSet([], '--max-old-space-size=256 --max-semi-space-size=4')).toEqual([]);
  });

  it("leaves V8's own sizing to a user who asks for it with --heap-growing-percent=0", () => {
    expect(flagsSet(['--heap-growing-percent=0'])).toEqual([]);
  });
});

describe('leaveOutMaglev', () => {
  function flagsSet(execArgv: string[], nodeOptions?: string): readonly string[] {
    const set: string[] = [];
    expect(leaveOutMaglev({ execArgv, nodeOptions, setFlags: (flag) => set.push(flag) })).toEqual(set);
    return set;
  }

  it('runs without Maglev by default, heap flags or not', () => {
    expect(JIT_FLAGS).toEqual(['--no-maglev']);
    expect(flagsSet([], undefined)).toEqual(JIT_FLAGS);
    expect(flagsSet(['--max-old-space-size=4096'], '--no-warnings')).toEqual(JIT_FLAGS);
  });

  it("keeps a user's own choice about Maglev, on node's command line or in NODE_OPTIONS", () => {
    expect(flagsSet(['--maglev'])).toEqual([]);
    expect(flagsSet([], '--no-maglev')).toEqual([]);
    expect(flagsSet(['--no_maglev'])).toEqual([]);
  });
});

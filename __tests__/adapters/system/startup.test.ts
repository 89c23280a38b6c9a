import { describe, expect, it } from '@jest/globals';
import { enableCompileCache, keepWasmOnBaselineCompiler } from '../../../src/adapters/system/startup.js';

describe('keepWasmOnBaselineCompiler', () => {
  it('sets the flag on Node 20 and 21, whose V8 makes a short run wait for optimized WebAssembly', () => {
    expect(keepWasmOnBaselineCompiler('20.20.2')).toBe(true);
    expect(keepWasmOnBaselineCompiler('21.7.3')).toBe(true);
  });

  it('leaves newer Node alone', () => {
    expect(keepWasmOnBaselineCompiler('22.12.0')).toBe(false);
    expect(keepWasmOnBaselineCompiler('24.21.0')).toBe(false);
  });
});

describe('enableCompileCache', () => {
  const major = Number(process.versions.node.split('.')[0]);

  (major >= 22 ? it : it.skip)('turns on the compile cache where Node has one', () => {
    expect(enableCompileCache()).toEqual(expect.any(String));
  });

  (major < 22 ? it : it.skip)('does nothing on Node 20, which has none', () => {
    expect(enableCompileCache()).toBeNull();
  });
});

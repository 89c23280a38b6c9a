import { describe, expect, it } from '@jest/globals';
import { enableCompileCache } from '../../../src/adapters/system/startup.js';

const major = Number(process.versions.node.split('.')[0]);

describe('enableCompileCache', () => {
  (major >= 22 ? it : it.skip)('turns on the compile cache where Node has one', () => {
    expect(enableCompileCache()).toEqual(expect.any(String));
  });

  (major < 22 ? it : it.skip)('does nothing on Node 20, which has none', () => {
    expect(enableCompileCache()).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache, keepWasmOnBaselineCompiler } from '../../../src/adapters/system/startup.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const major = Number(process.versions.node.split('.')[0]);

describe('keepWasmOnBaselineCompiler', () => {
  (major < 22 ? it : it.skip)('keeps a hot WebAssembly function on Liftoff on Node 20, quietly', () => {
    // A WebAssembly function called a million times stays on Liftoff once the flag is set.
    const program = `
      import { keepWasmOnBaselineCompiler } from ${JSON.stringify(path.join(ROOT, 'src/adapters/system/startup.ts'))};
      if (process.argv[1] === 'on') keepWasmOnBaselineCompiler();
      const bytes = new Uint8Array([0,97,115,109,1,0,0,0,1,5,1,96,0,1,127,3,2,1,0,7,5,1,1,102,0,0,10,6,1,4,0,65,42,11]);
      const { instance } = await WebAssembly.instantiate(bytes);
      for (let i = 0; i < 1e6; i += 1) instance.exports.f();
      await new Promise((resolve) => setTimeout(resolve, 200));
      process.stdout.write(String(%IsLiftoffFunction(instance.exports.f)));`;
    const run = (mode: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', '--allow-natives-syntax', '--input-type=module', '-e', program, mode],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const on = run('on');
    expect({ stdout: on.stdout, stderr: on.stderr }).toEqual({ stdout: 'true', stderr: '' });
    // Without it, V8 optimizes the function: the check can tell the two apart.
    expect(run('off').stdout).toBe('false');
  });

  it('sets the flag only on Node 20 and 21, whose V8 still reads it once running', () => {
    expect(keepWasmOnBaselineCompiler('22.12.0')).toBe(false);
    expect(keepWasmOnBaselineCompiler('24.21.0')).toBe(false);
  });
});

describe('enableCompileCache', () => {
  (major >= 22 ? it : it.skip)('turns on the compile cache where Node has one', () => {
    expect(enableCompileCache()).toEqual(expect.any(String));
  });

  (major < 22 ? it : it.skip)('does nothing on Node 20, which has none', () => {
    expect(enableCompileCache()).toBeNull();
  });
});

import { describe, expect, it } from '@jest/globals';
import { inlineScriptMetadata, installCommand } from '../../../src/adapters/sandbox/script-dependencies.js';

describe('inlineScriptMetadata', () => {
  it('finds the PEP 723 script block', () => {
    const code = '# /// script\n# dependencies = ["numpy>=2"]\n# ///\nimport numpy\n';
    expect(inlineScriptMetadata(code)).toBe('# /// script\n# dependencies = ["numpy>=2"]\n# ///');
  });

  it('finds none in plain code, in an unclosed block, or in a block of another type', () => {
    expect(inlineScriptMetadata('print(1)\n')).toBeNull();
    expect(inlineScriptMetadata('# /// script\n# dependencies = []\nprint(1)\n')).toBeNull();
    expect(inlineScriptMetadata('# /// pyproject\n# x = 1\n# ///\n')).toBeNull();
  });

  it('refuses two script blocks, as PEP 723 requires', () => {
    const block = '# /// script\n# dependencies = []\n# ///\n';
    expect(inlineScriptMetadata(`${block}print(1)\n${block}`)).toBeNull();
  });
});

describe('installCommand', () => {
  it('installs wheels only, for the given interpreter, into the target, from the script', () => {
    expect(installCommand('/usr/bin/uv', '/usr/bin/python3', '/run/main.py', '/cache/envs/abc')).toEqual([
      '/usr/bin/uv',
      'pip',
      'install',
      '--quiet',
      '--only-binary',
      ':all:',
      '--python',
      '/usr/bin/python3',
      '--target',
      '/cache/envs/abc',
      '-r',
      '/run/main.py',
    ]);
  });
});

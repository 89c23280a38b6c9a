import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { locatePython } from '../../../src/adapters/sandbox/locate-interpreters.js';
import { ExternalError, ProcessError } from '../../../src/errors.js';

describe('locatePython', () => {
  it('gives a program the exit code and the tail of stderr of a failed process as fields', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exbench-errors-'));
    try {
      const fake = path.join(dir, 'python3');
      writeFileSync(fake, '#!/bin/sh\necho "no such module: encodings" >&2\nexit 3\n');
      chmodSync(fake, 0o755);
      const error = await locatePython(fake).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ProcessError);
      expect(error).toBeInstanceOf(ExternalError);
      expect(error).toMatchObject({ exitCode: 3, signal: null, stderrTail: 'no such module: encodings' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

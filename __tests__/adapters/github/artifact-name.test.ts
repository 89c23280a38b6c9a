import { describe, expect, it } from '@jest/globals';
import {
  FALLBACK_ARTIFACT_NAME,
  MAX_ARTIFACT_NAME_BYTES,
  safeArtifactName,
} from '../../../src/adapters/github/artifact-name.js';

// The characters @actions/artifact's validateArtifactName rejects.
const REJECTED = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

describe('safeArtifactName', () => {
  it('keeps a name that is already acceptable', () => {
    expect(safeArtifactName('exbench-python-basics_qwen2.5 (run 3)')).toBe(
      'exbench-python-basics_qwen2.5 (run 3)',
    );
  });

  it.each(REJECTED.filter((c) => c.trim() !== ''))(
    'replaces the rejected character %j with a dash',
    (character) => {
      expect(safeArtifactName(`left${character}right`)).toBe('left-right');
    },
  );

  it('turns line breaks into spaces', () => {
    expect(safeArtifactName('python basics\r\nrun 2')).toBe('python basics run 2');
  });

  it('leaves none of the rejected characters in any name', () => {
    const safe = safeArtifactName(`a${REJECTED.join('b')}c`);

    for (const character of REJECTED) expect(safe).not.toContain(character);
  });

  it('collapses runs of replaced characters and of whitespace', () => {
    expect(safeArtifactName('qwen2.5-coder:7b // results')).toBe('qwen2.5-coder-7b - results');
    expect(safeArtifactName('a:::b')).toBe('a-b');
    expect(safeArtifactName('a \t  b')).toBe('a b');
  });

  it('trims whitespace, dashes and dots from the ends', () => {
    expect(safeArtifactName('  /reports/.  ')).toBe('reports');
    expect(safeArtifactName('..hidden.')).toBe('hidden');
  });

  it('replaces other control characters too', () => {
    expect(safeArtifactName('a\u0000b\u001bc')).toBe('a-b-c');
  });

  it('falls back to a default when nothing usable is left', () => {
    expect(safeArtifactName('')).toBe(FALLBACK_ARTIFACT_NAME);
    expect(safeArtifactName(' :/?* ')).toBe(FALLBACK_ARTIFACT_NAME);
  });

  it('cuts long names to the byte limit without splitting a character', () => {
    const long = safeArtifactName('é'.repeat(400));

    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(MAX_ARTIFACT_NAME_BYTES);
    expect(long).toBe('é'.repeat(MAX_ARTIFACT_NAME_BYTES / 2));
    expect(safeArtifactName('x'.repeat(1000))).toHaveLength(MAX_ARTIFACT_NAME_BYTES);
  });

  it('does not end with a dash left by the cut', () => {
    const name = safeArtifactName(`${'x'.repeat(MAX_ARTIFACT_NAME_BYTES - 1)}-tail`);

    expect(name).toBe('x'.repeat(MAX_ARTIFACT_NAME_BYTES - 1));
  });
});

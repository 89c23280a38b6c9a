/**
 * The action ships as one file: ncc writes licenses.txt once per chunk, each time over the last,
 * so a chunked action would ship the licenses of one chunk only (see src/action/whole-bundle.ts).
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

describe("the action's committed bundle", () => {
  it('is one file beside its licenses, with no chunk loaded on demand', () => {
    const files = readdirSync(DIST, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    expect(files).toEqual(['index.js', 'licenses.txt', 'package.json']);
    expect(readdirSync(path.join(DIST, 'post')).sort()).toEqual(['index.js', 'package.json']);
  });
});

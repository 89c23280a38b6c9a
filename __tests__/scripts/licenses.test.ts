/**
 * The third-party licenses shipped beside each bundle: the CLI's (dist/cli, in the npm package) is
 * merged from the files ncc writes per chunk; the action's (dist) is ncc's for its one chunk.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error: a plain .mjs script without types
import { licenseBlocks as blocksOf, mergeLicenses as merge } from '../../scripts/merge-licenses.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

const licenseBlocks = blocksOf as (text: string) => { name: string; block: string }[];
const mergeLicenses = merge as (texts: { file: string; text: string }[]) => string;
const names = (text: string): string[] => licenseBlocks(text).map((entry) => entry.name);

const YAML = 'yaml\nISC\nCopyright Eemeli Aro <eemeli@gmail.com>\n\nPermission to use...\n';
const ZOD = 'zod\nMIT\nMIT License\n\nCopyright (c) 2025 Colin McDonnell\n';
const NO_TEXT = 'eastasianwidth\nMIT\n';

describe('merging the licenses ncc writes per chunk', () => {
  it('lists each package of every chunk once, sorted by name, with its license text', () => {
    const merged = mergeLicenses([
      { file: '102.licenses.txt', text: `${YAML}\n${ZOD}\n` },
      { file: '241.licenses.txt', text: `${NO_TEXT}\n${ZOD}\n` },
    ]);
    expect(names(merged)).toEqual(['eastasianwidth', 'yaml', 'zod']);
    expect(merged).toContain('Copyright (c) 2025 Colin McDonnell');
    expect(merged).toContain('Copyright Eemeli Aro');
  });

  it('stops the build on a file not in the form ncc writes, rather than ship a wrong list', () => {
    expect(() => mergeLicenses([{ file: '6.licenses.txt', text: 'Some notice\nwith no package\n' }])).toThrow(
      '6.licenses.txt: not the form ncc writes',
    );
  });
});

describe('the committed bundles', () => {
  it("ship the CLI's licenses for packages of its chunks loaded on demand as well as at start", () => {
    const listed = names(readFileSync(path.join(DIST, 'cli', 'licenses.txt'), 'utf8'));
    // yaml and zod at start; cli-progress for the bars; csv-stringify, xmlbuilder2, re2js and
    // prom-client only in chunks loaded for a report format, a regex check or --metrics-port.
    expect(listed).toEqual(
      expect.arrayContaining([
        'yaml',
        'zod',
        'cli-progress',
        'csv-stringify',
        'xmlbuilder2',
        're2js',
        'prom-client',
      ]),
    );
  });

  it("ship the action's licenses, its own packages included", () => {
    const listed = names(readFileSync(path.join(DIST, 'licenses.txt'), 'utf8'));
    expect(listed).toEqual(expect.arrayContaining(['yaml', 'zod', '@actions/core', 'xmlbuilder2', 're2js']));
  });
});

/**
 * The npm package as a user gets it: packed with `npm pack` (in a copy of the package, so this
 * checkout's package.json is never rewritten under other tests) and installed from the tarball
 * offline into an empty project.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

describe('npm pack', () => {
  it('packs a package with its licenses, whose install runs no script and warns of none, and whose exbench runs', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'exbench-pack-'));
    try {
      const source = path.join(dir, 'source');
      mkdirSync(source);
      for (const name of ['package.json', 'README.md', 'LICENSE', 'dist/cli', 'schemas'])
        cpSync(path.join(ROOT, name), path.join(source, name), { recursive: true });
      symlinkSync(path.join(ROOT, 'node_modules'), path.join(source, 'node_modules'));
      const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], {
        cwd: source,
        encoding: 'utf8',
      }).trim();
      // The source's package.json is put back after packing.
      expect(readFileSync(path.join(source, 'package.json'), 'utf8')).toBe(
        readFileSync(path.join(ROOT, 'package.json'), 'utf8'),
      );
      const packed = JSON.parse(
        execFileSync('tar', ['-xOzf', path.join(dir, tarball), 'package/package.json'], { encoding: 'utf8' }),
      ) as { scripts: Record<string, string> };
      expect(Object.keys(packed.scripts)).not.toContain('prepare');
      // The CLI's bundle ships with the licenses of the packages bundled into it.
      const listing = execFileSync('tar', ['-tzf', path.join(dir, tarball)], { encoding: 'utf8' }).split(
        '\n',
      );
      expect(listing).toContain('package/dist/cli/licenses.txt');

      const app = path.join(dir, 'app');
      mkdirSync(app);
      execFileSync('npm', ['init', '-y'], { cwd: app, stdio: 'ignore' });
      const install = spawnSync(
        'npm',
        ['install', '--offline', '--no-audit', '--no-fund', path.join(dir, tarball)],
        { cwd: app, encoding: 'utf8' },
      );
      expect(install.status).toBe(0);
      expect(`${install.stdout}${install.stderr}`).not.toMatch(/prepare|install-scripts/);
      const version = execFileSync(path.join(app, 'node_modules', '.bin', 'exbench'), ['--version'], {
        encoding: 'utf8',
      });
      const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
        version: string;
      };
      expect(version.trim()).toBe(manifest.version);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

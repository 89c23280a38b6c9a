// Before `npm test`: install the dependencies with `npm ci` when this checkout has none, or when they
// were installed from another package-lock.json; otherwise do nothing, so nothing installs twice.
// `npm ci` runs the `prepare` script, which records the lock file it installed (scripts/link-bin.mjs).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const STAMP = 'node_modules/.cache/exbench-installed-lock.sha256';

export function lockHash() {
  return createHash('sha256').update(readFileSync('package-lock.json')).digest('hex');
}

function installedHash() {
  try {
    return readFileSync(STAMP, 'utf8').trim();
  } catch {
    return null;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const installed = installedHash();
  if (installed !== lockHash()) {
    console.log(
      installed === null ? 'No dependencies installed: npm ci' : 'package-lock.json changed: npm ci',
    );
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  }
}

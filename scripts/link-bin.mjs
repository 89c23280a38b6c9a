// After `npm ci` in a clone, make `npx exbench` run this checkout's committed CLI bundle: npm links
// the bins of dependencies, not the root package's own.
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const binDir = path.join('node_modules', '.bin');
const link = path.join(binDir, 'exbench');
mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
symlinkSync(path.relative(binDir, path.join('dist', 'cli', 'index.js')), link);
chmodSync(path.join('dist', 'cli', 'index.js'), 0o755);

// Record the lock file these dependencies came from, so `npm test` knows not to install again.
const { STAMP, lockHash } = await import('./ensure-installed.mjs');
mkdirSync(path.dirname(STAMP), { recursive: true });
writeFileSync(STAMP, `${lockHash()}\n`);

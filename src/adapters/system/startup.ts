import module from 'node:module';
import v8 from 'node:v8';

/**
 * Keeps WebAssembly on V8's baseline compiler (Liftoff) on Node 20 and 21. The only WebAssembly
 * exbench runs is undici's HTTP parser (llhttp), and V8 also compiles that module with its
 * optimizing compiler on a background thread, which Node waits for before it exits: on a 2-core
 * machine about 0.2 s of wall time and 35 MB of peak memory at the end of every run, for a parser
 * that reads a few small replies per row. Must run before the first HTTP connection, which is when
 * undici compiles llhttp. Newer V8 (Node 22 and later) reads the flag only at start-up, so set this
 * late it would do nothing there; Node 24 still waits about 0.1 s. Returns whether it was set.
 *
 * Figures: `bench/fixed-cost.ts` (wall) and `bench/memory.ts` (peak RSS).
 */
export function keepWasmOnBaselineCompiler(nodeVersion: string = process.versions.node): boolean {
  const major = Number(nodeVersion.split('.')[0]);
  if (major !== 20 && major !== 21) return false;
  v8.setFlagsFromString('--liftoff-only');
  return true;
}

/** `module.enableCompileCache` (Node 22.1 and later); absent from Node 20's types and runtime. */
type EnableCompileCache = (directory?: string) => { status: number; directory?: string };

/**
 * Asks Node (22.1 and later) to keep V8's compiled code of the modules loaded from now on in its
 * on-disk compile cache (`os.tmpdir()/node-compile-cache`, or `NODE_COMPILE_CACHE`; off with
 * `NODE_DISABLE_COMPILE_CACHE=1`), as TypeScript's `tsc` does: the second and later runs skip
 * compiling the 2 MB bundle. Returns the cache directory, or null where there is none (Node 20, or
 * a cache that could not be opened, which Node reports by status and never by throwing).
 */
export function enableCompileCache(): string | null {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (enable === undefined) return null;
  return enable().directory ?? null;
}

import module from 'node:module';

/** `module.enableCompileCache` (Node 22.1 and later); absent from Node 20's types and runtime. */
type EnableCompileCache = (directory?: string) => { status: number; directory?: string };

/**
 * Asks Node (22.1 and later) to keep V8's compiled code of the modules loaded from now on in its
 * on-disk compile cache (`os.tmpdir()/node-compile-cache`, or `NODE_COMPILE_CACHE`; off with
 * `NODE_DISABLE_COMPILE_CACHE=1`), as TypeScript's `tsc` does: the second and later runs skip
 * compiling the CLI's bundle. Returns the cache directory, or null where there is none (Node 20, or
 * a cache that could not be opened, which Node reports by status and never by throwing).
 */
export function enableCompileCache(): string | null {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (enable === undefined) return null;
  return enable().directory ?? null;
}

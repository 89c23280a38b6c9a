#!/usr/bin/env node
import type { ChunkRuntime } from './adapters/system/chunk-code-cache.js';
import {
  enableCompileCache,
  leaveOutMaglev,
  limitHeapGrowth,
  nodeHasCompileCache,
} from './adapters/system/startup.js';

/** The bundle's module loader where ncc bundled this file (webpack's name for it in source). */
declare const __webpack_require__: ChunkRuntime | undefined;

// Before the rest of the CLI loads: the compile cache covers only modules loaded after it is on,
// which is why the CLI itself is imported below rather than at the top.
enableCompileCache();
limitHeapGrowth();
leaveOutMaglev();

/**
 * Node 20 has no compile cache: there the bundle's chunks keep their compiled code themselves. The
 * module doing it is in this file's chunk ("eager") but evaluated only here, so that Node 22 and
 * later load none of what it needs (node:crypto, node:vm).
 */
async function cacheChunksWithoutCompileCache(): Promise<void> {
  if (nodeHasCompileCache() || typeof __webpack_require__ === 'undefined') return;
  const { ChunkCodeCache, chunkCodeCacheDirectory } = await import(
    /* webpackMode: "eager" */ './adapters/system/chunk-code-cache.js'
  );
  const chunks = new ChunkCodeCache(chunkCodeCacheDirectory());
  chunks.install(__webpack_require__, import.meta.url);
  process.once('exit', () => chunks.writeAll());
}

void cacheChunksWithoutCompileCache()
  // Only a speed-up: should it fail, the chunks load as they would without it.
  .catch(() => undefined)
  .then(() => import('./cli/main.js'))
  .then(({ main }) => main());

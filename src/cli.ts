#!/usr/bin/env node
import {
  ChunkCodeCache,
  chunkCodeCacheDirectory,
  type ChunkRuntime,
} from './adapters/system/chunk-code-cache.js';
import { enableCompileCache, limitHeapGrowth, nodeHasCompileCache } from './adapters/system/startup.js';

/** The bundle's module loader where ncc bundled this file (webpack's name for it in source). */
declare const __webpack_require__: ChunkRuntime | undefined;

// Before the rest of the CLI loads: the compile cache covers only modules loaded after it is on,
// which is why the CLI itself is imported below rather than at the top.
enableCompileCache();
if (!nodeHasCompileCache() && typeof __webpack_require__ !== 'undefined') {
  // Node 20 has none: the bundle's chunks keep their compiled code themselves.
  const chunks = new ChunkCodeCache(chunkCodeCacheDirectory());
  chunks.install(__webpack_require__, import.meta.url);
  process.once('exit', () => chunks.writeAll());
}
limitHeapGrowth();

void import('./cli/main.js').then(({ main }) => main());

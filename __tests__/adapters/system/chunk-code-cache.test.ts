import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  ChunkCodeCache,
  chunkCodeCacheDirectory,
  type ChunkRuntime,
} from '../../../src/adapters/system/chunk-code-cache.js';

/** A chunk as ncc writes one: module 70 exports 'seven', module 71 throws from its fifth line. */
const CHUNK = [
  'export const id = 7;',
  'export const ids = [7,8];',
  'export const modules = {',
  "/***/ 70: ((module) => { module.exports = 'seven'; }),",
  "/***/ 71: (() => { throw new Error('from line 5'); }),",
  '/***/ 72: (() => { undeclared = 1; }),',
  '};',
].join('\n');

let dir: string;
let cacheDir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-chunk-cache-'));
  cacheDir = path.join(dir, 'cache');
  writeFileSync(path.join(dir, '7.index.js'), CHUNK);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle's loader whose own import() records the chunks left to it. */
function fakeRuntime(): ChunkRuntime & { imported: (number | string)[] } {
  const imported: (number | string)[] = [];
  return {
    imported,
    m: {},
    u: (chunkId) => `${chunkId}.index.js`,
    f: { j: (chunkId) => void imported.push(chunkId) },
  };
}

/** Loads chunk `chunkId` as the bundle would, through a cache in cacheDir, then writes the cache. */
async function loadChunk(
  chunkId: number,
  cache = new ChunkCodeCache(cacheDir, 0),
): Promise<ReturnType<typeof fakeRuntime>> {
  const runtime = fakeRuntime();
  cache.install(runtime, pathToFileURL(path.join(dir, 'index.js')).href);
  const promises: Promise<unknown>[] = [];
  runtime.f['j']?.(chunkId, promises);
  await Promise.all(promises);
  cache.writeAll();
  return runtime;
}

function cacheFiles(): string[] {
  return readdirSync(cacheDir).map((name) => path.join(cacheDir, name));
}

function factory(runtime: ChunkRuntime, id: string): (module: { exports: unknown }) => void {
  return runtime.m[id] as (module: { exports: unknown }) => void;
}

describe('ChunkCodeCache', () => {
  it("installs a chunk's modules without the bundle's import()", async () => {
    const runtime = await loadChunk(7);
    expect(runtime.imported).toEqual([]);
    expect(Object.keys(runtime.m)).toEqual(['70', '71', '72']);
    const module = { exports: undefined as unknown };
    factory(runtime, '70')(module);
    expect(module.exports).toBe('seven');
  });

  it('reads a chunk that is not ASCII as UTF-8', async () => {
    writeFileSync(path.join(dir, '7.index.js'), CHUNK.replace("'seven'", "'sieben ✓'"));
    const module = { exports: undefined as unknown };
    factory(await loadChunk(7), '70')(module);
    expect(module.exports).toBe('sieben ✓');
  });

  it('keeps stack traces pointing at the line of the chunk file', async () => {
    const runtime = await loadChunk(7);
    expect(() => factory(runtime, '71')({ exports: {} })).toThrow(
      expect.objectContaining({ stack: expect.stringContaining('7.index.js:5:') }),
    );
  });

  it('runs the chunk in strict mode, as a module', async () => {
    const runtime = await loadChunk(7);
    expect(() => factory(runtime, '72')({ exports: {} })).toThrow(/undeclared is not defined/);
  });

  it('writes the compiled code once, and the next start reads it instead of writing it again', async () => {
    await loadChunk(7);
    expect(cacheFiles()).toHaveLength(1);
    const [file = ''] = cacheFiles();
    const written = statSync(file).ino; // a write replaces the file: a new inode
    await loadChunk(7);
    expect(statSync(file).ino).toBe(written);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('compiles the chunk anew and writes the cache again when the cache is damaged', async () => {
    await loadChunk(7);
    const [file = ''] = cacheFiles();
    const good = readFileSync(file);
    const damaged = Buffer.from(good);
    damaged.fill(0x55, good.length - 40); // the digests and V8's header kept, V8's data not
    const flipped = Buffer.from(good);
    flipped[100] = (flipped[100] ?? 0) ^ 1;
    for (const bad of [damaged, flipped, good.subarray(0, 64), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      const badOne = statSync(file).ino;
      const runtime = await loadChunk(7);
      expect(statSync(file).ino).not.toBe(badOne);
      expect(runtime.imported).toEqual([]);
      expect(Object.keys(runtime.m)).toEqual(['70', '71', '72']);
      // Whole again: the next start reads it and leaves it be.
      const rewritten = statSync(file).ino;
      await loadChunk(7);
      expect(statSync(file).ino).toBe(rewritten);
    }
  });

  it('uses no cache written for other code', async () => {
    await loadChunk(7);
    const [file = ''] = cacheFiles();
    const before = readFileSync(file);
    writeFileSync(path.join(dir, '7.index.js'), CHUNK.replace("'seven'", "'SEVEN'"));
    const runtime = await loadChunk(7);
    const module = { exports: undefined as unknown };
    factory(runtime, '70')(module);
    expect(module.exports).toBe('SEVEN');
    expect(cacheFiles()).toHaveLength(2);
    expect(readFileSync(file)).toEqual(before);
  });

  (process.getuid?.() === 0 ? it : it.skip)('ignores a cache file another user owns', async () => {
    await loadChunk(7);
    const [file = ''] = cacheFiles();
    chownSync(file, 65534, 65534);
    await loadChunk(7); // not trusted: compiled anew and written again, by this user
    expect(statSync(file).uid).toBe(0);
    expect(cacheFiles()).toHaveLength(1);
  });

  it('neither reads nor writes a cache folder others may write to, or one that is a link', async () => {
    // Another user could swap files in such a folder, or plant links a write would follow.
    mkdirSync(cacheDir);
    chmodSync(cacheDir, 0o777);
    const runtime = await loadChunk(7);
    expect(Object.keys(runtime.m)).toEqual(['70', '71', '72']);
    expect(readdirSync(cacheDir)).toEqual([]);

    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(elsewhere, { mode: 0o700 });
    const linked = path.join(dir, 'linked');
    symlinkSync(elsewhere, linked);
    await loadChunk(7, new ChunkCodeCache(linked, 0));
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  (process.getuid?.() === 0 ? it : it.skip)(
    'writes nothing into a cache folder another user owns',
    async () => {
      mkdirSync(cacheDir, { mode: 0o700 });
      chownSync(cacheDir, 65534, 65534);
      await loadChunk(7);
      expect(readdirSync(cacheDir)).toEqual([]);
    },
  );

  it('runs the chunk when the cache cannot be written', async () => {
    writeFileSync(path.join(dir, 'not-a-folder'), '');
    const runtime = await loadChunk(7, new ChunkCodeCache(path.join(dir, 'not-a-folder', 'cache'), 0));
    expect(Object.keys(runtime.m)).toEqual(['70', '71', '72']);
  });

  (process.getuid?.() === 0 ? it.skip : it)('runs the chunk from a read-only cache folder', async () => {
    await loadChunk(7);
    chmodSync(cacheDir, 0o500);
    try {
      writeFileSync(path.join(dir, '7.index.js'), CHUNK.replace("'seven'", "'SEVEN'"));
      expect(Object.keys((await loadChunk(7)).m)).toEqual(['70', '71', '72']);
    } finally {
      chmodSync(cacheDir, 0o700);
    }
  });

  it('loads a chunk once, and the chunks it stands for with it', async () => {
    const cache = new ChunkCodeCache(null, 0);
    const runtime = fakeRuntime();
    cache.install(runtime, pathToFileURL(path.join(dir, 'index.js')).href);
    const promises: Promise<unknown>[] = [];
    runtime.f['j']?.(7, promises);
    runtime.f['j']?.(7, promises); // while loading
    await Promise.all(promises);
    runtime.m = {};
    runtime.f['j']?.(7, promises);
    runtime.f['j']?.(8, promises);
    await Promise.all(promises);
    expect(runtime.m).toEqual({});
    expect(runtime.imported).toEqual([]);
  });

  it.each([
    ['imports', "import fs from 'node:fs';\n" + CHUNK],
    ['reads import.meta', CHUNK.replace("'seven'", 'import.meta.url')],
    ['calls import()', CHUNK.replace("'seven'", "import('node:fs')")],
    ['is no chunk', 'export default 1;'],
  ])("leaves a chunk that %s to the bundle's import()", async (_, source) => {
    writeFileSync(path.join(dir, '7.index.js'), source);
    const runtime = await loadChunk(7);
    expect(runtime.imported).toEqual([7]);
    expect(runtime.m).toEqual({});
  });

  it("leaves a small chunk to the bundle's import(), as compiling it costs little", async () => {
    expect((await loadChunk(7, new ChunkCodeCache(cacheDir, CHUNK.length + 1))).imported).toEqual([7]);
    expect((await loadChunk(7, new ChunkCodeCache(cacheDir, CHUNK.length))).imported).toEqual([]);
  });

  it("leaves a chunk it cannot read to the bundle's import(), which reports it", async () => {
    expect((await loadChunk(9)).imported).toEqual([9]);
  });
});

describe('chunkCodeCacheDirectory', () => {
  it("is off when NODE_DISABLE_COMPILE_CACHE turns Node's cache off", () => {
    expect(chunkCodeCacheDirectory({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeNull();
  });

  it('goes in the folder NODE_COMPILE_CACHE names, else the temporary one, per Node version', () => {
    expect(chunkCodeCacheDirectory({ NODE_COMPILE_CACHE: '/var/cache/node' })).toMatch(
      new RegExp(`^/var/cache/node/exbench-code-cache-${process.version}-`),
    );
    expect(path.dirname(chunkCodeCacheDirectory({}) ?? '')).toBe(tmpdir());
  });
});

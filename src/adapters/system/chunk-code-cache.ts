import { isAscii } from 'node:buffer';
import {
  closeSync,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Script } from 'node:vm';

/**
 * What a chunk of the CLI's bundle holds (ncc writes each as an ES module exporting these): the ids of
 * the chunks it stands for, its modules' factories by id, and sometimes runtime code to run once.
 */
export interface BundleChunk {
  ids: readonly (number | string)[];
  modules: Record<string, unknown>;
  runtime?: (require: ChunkRuntime) => void;
}

/**
 * The parts of the bundle's module loader (webpack's `__webpack_require__`, which ncc names
 * `__nccwpck_require__`) that load chunks: the module factories (`m`), a chunk's file name (`u`) and
 * the handlers `e(chunkId)` runs to load a chunk (`f`; `f.j` imports its file).
 */
export interface ChunkRuntime {
  m: Record<string, unknown>;
  u: (chunkId: number | string) => string;
  f: Record<string, (chunkId: number | string, promises: Promise<unknown>[]) => void>;
}

/** The compiled chunk and where its code cache goes, written when the process exits. */
interface CacheWrite {
  file: string;
  key: Buffer;
  script: Script;
  sha256: Digest;
}

/**
 * A cache file is the SHA-256 digest of the code it was made for, that of V8's data, then the data.
 * V8 checks its data's header, but on Node 20 not the rest: data damaged past the header is either
 * run as it is or ends the process with a fatal error, hence the second digest.
 */
const DIGEST_BYTES = 32;

/**
 * V8's code cache for the bundle's chunks, on a Node without a compile cache of its own (before
 * 22.1; see enableCompileCache): the ES-module loader of Node 20 compiles every chunk anew on each
 * start, about 1.1 MB for a run. Each chunk is read and compiled here instead, as the script its
 * exports amount to, with `vm.Script`'s `cachedData` from the cache directory; where there was none,
 * or V8 refused it (another Node or V8 flags) or it was damaged, the cache is written when the
 * process exits (writeAll), then holding the functions the run compiled too. A chunk this cannot
 * read or compile is left to the bundle's own `import()`, and a cache that cannot be read or written
 * is skipped. Only a cache file the user owns and that names the digest of the chunk's code is used,
 * so another user of a shared temporary directory cannot plant code.
 */
export class ChunkCodeCache {
  private readonly writes: CacheWrite[] = [];
  /** Whether `directory` is the user's own (see ownDirectory); asked once, on first use. */
  private usable: boolean | undefined;

  /**
   * `directory`: where the cache files are; null reads and writes none (the chunks are still
   * compiled here). `smallestChunk`: chunks of fewer bytes are left to `import()`: compiling them
   * costs less than what the cache would load (node:crypto), and `--version` loads only such a one.
   */
  constructor(
    readonly directory: string | null,
    private readonly smallestChunk = 64 * 1024,
  ) {}

  /**
   * Makes `runtime` load chunks through `load`, from the files beside `entryUrl` (the bundle's
   * `index.js`). Call writeAll when the process exits.
   */
  install(runtime: ChunkRuntime, entryUrl: string): void {
    const importChunk = runtime.f['j'];
    if (importChunk === undefined) return;
    /** Each chunk's loading, by the ids of the chunks it stands for. */
    const loading = new Map<number | string, Promise<unknown>>();
    const installOrImport = async (chunkId: number | string): Promise<unknown> => {
      const chunk = await this.load(new URL(runtime.u(chunkId), entryUrl));
      if (chunk === null) {
        const imported: Promise<unknown>[] = [];
        importChunk(chunkId, imported);
        return Promise.all(imported);
      }
      for (const [id, factory] of Object.entries(chunk.modules)) runtime.m[id] = factory;
      chunk.runtime?.(runtime);
      for (const id of chunk.ids) if (!loading.has(id)) loading.set(id, Promise.resolve());
      return undefined;
    };
    runtime.f['j'] = (chunkId, promises) => {
      let loaded = loading.get(chunkId);
      if (loaded === undefined) {
        loaded = installOrImport(chunkId);
        loading.set(chunkId, loaded);
      }
      promises.push(loaded);
    };
  }

  /**
   * The chunk at `file` compiled with its cached code, or null when it is not one this compiles.
   * node:crypto and node:vm are loaded on first use, when a chunk is big enough.
   */
  async load(file: URL): Promise<BundleChunk | null> {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return null; // import() reports it
    }
    if (bytes.length < this.smallestChunk) return null;
    const [{ createHash }, { Script }] = await Promise.all([import('node:crypto'), import('node:vm')]);
    // ncc's chunks are ASCII (scripts/ascii-bundles.mjs), which reads faster as Latin-1, and the same.
    const code = scriptOfChunk(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8'));
    if (code === null) return null;
    const sha256: Digest = (data) => createHash('sha256').update(data).digest();
    const key = createHash('sha256').update(SCRIPT_START).update(bytes).update(SCRIPT_END).digest();
    const cacheFile =
      this.directory === null ? null : path.join(this.directory, `${key.toString('hex').slice(0, 32)}.cache`);
    // Read only from a folder of the user's own; a missing one is made when the cache is written.
    const cachedData =
      cacheFile === null || !this.directoryUsable(false) ? undefined : readCache(cacheFile, key, sha256);
    const exports: Partial<BundleChunk> = {};
    let script: Script;
    try {
      script = new Script(code, { filename: file.href, cachedData });
      (script.runInThisContext() as (exports: Partial<BundleChunk>) => void)(exports);
    } catch {
      return null;
    }
    if (exports.ids === undefined || exports.modules === undefined) return null;
    if (cacheFile !== null && (cachedData === undefined || script.cachedDataRejected === true)) {
      this.writes.push({ file: cacheFile, key, script, sha256 });
    }
    return { ids: exports.ids, modules: exports.modules, runtime: exports.runtime };
  }

  /** Whether the cache folder may be used (ownDirectory); a missing one is made when `create`. */
  private directoryUsable(create: boolean): boolean {
    if (this.directory === null) return false;
    if (this.usable === true) return true;
    const usable = ownDirectory(this.directory, create);
    // A folder missing when read may still be made when written.
    if (usable || create) this.usable = usable;
    return usable;
  }

  /** Writes the code cache of each chunk compiled without one; what cannot be written is skipped. */
  writeAll(): void {
    if (this.directory === null || this.writes.length === 0 || !this.directoryUsable(true)) return;
    for (const { file, key, script, sha256 } of this.writes.splice(0)) {
      const partial = `${file}.${process.pid}.${Date.now()}.tmp`;
      try {
        const data = script.createCachedData();
        // 'wx' creates the file or fails: never through a link or onto a file put there before.
        writeFileSync(partial, Buffer.concat([key, sha256(data), data]), { mode: 0o600, flag: 'wx' });
        renameSync(partial, file); // a reader sees the whole file or none
      } catch {
        // A read-only or full disk: the next run compiles this chunk again.
      }
    }
  }
}

/**
 * Whether `directory` is a folder only this user can change: a real folder (not a link), owned by
 * the user, writable by nobody else. Anything else in a shared temporary directory could be another
 * user's, who could swap the files in it or plant links that a write would follow. With `create`,
 * a missing folder is made (mode 0700) first.
 */
export function ownDirectory(directory: string, create: boolean): boolean {
  try {
    if (create) mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stat = lstatSync(directory);
    const uid = process.getuid?.();
    return stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

/** The exports ncc writes at the top of a chunk, each on a line of its own. */
const CHUNK_HEAD = /^export const id = [^\n]*\nexport const ids = [^\n]*\nexport const modules = /;

/** What is added around a chunk to make it a script; part of each cache file's digest. */
const SCRIPT_START = '(function (exports) {"use strict";';
const SCRIPT_END = '\n})';

/**
 * The chunk's ES module as a script: a function that fills `exports` with what the module exports,
 * in strict mode as a module is, with its lines where they were (for stack traces). Null when the
 * chunk does not start as ncc's do, or calls `import()` itself (a script has no module loader for
 * it). Any other import or export is a syntax error in a script, which load catches.
 */
export function scriptOfChunk(source: string): string | null {
  const head = CHUNK_HEAD.exec(source.slice(0, 4096));
  if (head === null || callsImport(source)) return null;
  const body = head[0].replaceAll('export const ', 'exports.') + source.slice(head[0].length);
  return SCRIPT_START + body + SCRIPT_END;
}

/** Whether `source` has an `import(…)` (webpack's own calls are `e(/* import() *\/ id)`). */
function callsImport(source: string): boolean {
  for (let at = source.indexOf('import('); at !== -1; at = source.indexOf('import(', at + 1)) {
    const before = source[at - 1] ?? ' ';
    if (!/[\w$.]/.test(before) && source[at + 'import('.length] !== ')') return true;
  }
  return false;
}

/** SHA-256 digest, from node:crypto once loaded. */
type Digest = (data: Buffer) => Buffer;

/**
 * The cached code in `file` when the user owns it, it was made for the code of digest `key` and is
 * whole.
 */
function readCache(file: string, key: Buffer, sha256: Digest): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    const uid = process.getuid?.();
    if (!stat.isFile() || (uid !== undefined && stat.uid !== uid)) return undefined;
    const data = readFileSync(fd);
    const cached = data.subarray(2 * DIGEST_BYTES);
    const whole =
      cached.length > 0 &&
      data.subarray(0, DIGEST_BYTES).equals(key) &&
      data.subarray(DIGEST_BYTES, 2 * DIGEST_BYTES).equals(sha256(cached));
    return whole ? cached : undefined;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Where the chunks' code cache goes: beside Node's own compile cache when `NODE_COMPILE_CACHE`
 * names one, else in the temporary directory; a folder per Node version, architecture and user.
 * Null when `NODE_DISABLE_COMPILE_CACHE` turns caching off, as it does Node's.
 */
export function chunkCodeCacheDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['NODE_DISABLE_COMPILE_CACHE'] !== undefined && env['NODE_DISABLE_COMPILE_CACHE'] !== '')
    return null;
  const base = env['NODE_COMPILE_CACHE'] || os.tmpdir();
  // Windows has no uid, and a temporary directory per user.
  const user = process.getuid === undefined ? '' : `-${process.getuid()}`;
  return path.join(base, `exbench-code-cache-${process.version}-${process.arch}${user}`);
}

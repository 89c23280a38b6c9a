import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  manifestsDigest,
  modelCacheKey,
  restoreModelCache,
  saveModelCache,
  type CacheService,
} from '../../../src/adapters/github/model-cache.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const MODELS = ['qwen2.5-coder:1.5b', 'llama3.2:1b'];
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const LIST_KEY = `exbench-ollama-models-linux-x64-${sha256('llama3.2:1b\nqwen2.5-coder:1.5b')}`;

/** Writes a model the way Ollama lays out its folder: a manifest and a blob. */
function writeModel(dir: string, name: string, tag: string, blob: string): void {
  const manifestDir = path.join(dir, 'manifests', 'registry.ollama.ai', 'library', name);
  mkdirSync(manifestDir, { recursive: true });
  writeFileSync(
    path.join(manifestDir, tag),
    JSON.stringify({ layers: [{ digest: `sha256:${sha256(blob)}` }] }),
  );
  mkdirSync(path.join(dir, 'blobs'), { recursive: true });
  writeFileSync(path.join(dir, 'blobs', `sha256-${sha256(blob)}`), blob);
}

/** The digest saveModelCache computes for a folder written by writeModel. */
function digestOf(models: { name: string; tag: string; blob: string }[]): string {
  return manifestsDigest(
    models.map(({ name, tag, blob }) => ({
      path: `registry.ollama.ai/library/${name}/${tag}`,
      content: JSON.stringify({ layers: [{ digest: `sha256:${sha256(blob)}` }] }),
    })),
  );
}

/** A stand-in for @actions/cache: `restore` fills the folder as a real restore would. */
class FakeCache implements CacheService {
  available = true;
  restored: string | undefined = undefined;
  restore: (dir: string) => void = () => undefined;
  saveResult = 42;
  failWith: Error | null = null;
  readonly restoreCalls: { paths: string[]; primaryKey: string; restoreKeys: string[] | undefined }[] = [];
  readonly saveCalls: { paths: string[]; key: string }[] = [];

  isFeatureAvailable(): boolean {
    return this.available;
  }
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined> {
    this.restoreCalls.push({ paths, primaryKey, restoreKeys });
    if (this.failWith) return Promise.reject(this.failWith);
    if (this.restored !== undefined) this.restore(paths[0] ?? '');
    return Promise.resolve(this.restored);
  }
  saveCache(paths: string[], key: string): Promise<number> {
    this.saveCalls.push({ paths, key });
    if (this.failWith) return Promise.reject(this.failWith);
    return Promise.resolve(this.saveResult);
  }
}

describe('modelCacheKey', () => {
  it('is the OS, the architecture and a digest of the sorted model list', () => {
    expect(modelCacheKey({ platform: 'linux', arch: 'x64', models: MODELS })).toBe(LIST_KEY);
  });

  it('ignores the order, repeats and blanks of the model list', () => {
    const same = modelCacheKey({
      platform: 'linux',
      arch: 'x64',
      models: ['llama3.2:1b', ' qwen2.5-coder:1.5b', '', 'llama3.2:1b'],
    });
    expect(same).toBe(LIST_KEY);
  });

  it('differs for another OS, architecture, model or tag', () => {
    const keys = [
      LIST_KEY,
      modelCacheKey({ platform: 'darwin', arch: 'x64', models: MODELS }),
      modelCacheKey({ platform: 'linux', arch: 'arm64', models: MODELS }),
      modelCacheKey({ platform: 'linux', arch: 'x64', models: ['qwen2.5-coder:1.5b'] }),
      modelCacheKey({ platform: 'linux', arch: 'x64', models: ['qwen2.5-coder:7b', 'llama3.2:1b'] }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("appends the manifests' digest once the models are known", () => {
    expect(modelCacheKey({ platform: 'linux', arch: 'x64', models: MODELS, manifests: 'abc' })).toBe(
      `${LIST_KEY}-abc`,
    );
  });
});

describe('manifestsDigest', () => {
  it('changes when a manifest changes and not with the order the files were read in', () => {
    const a = { path: 'registry.ollama.ai/library/llama3.2/1b', content: '{"layers":[1]}' };
    const b = { path: 'registry.ollama.ai/library/qwen2.5-coder/1.5b', content: '{"layers":[2]}' };
    expect(manifestsDigest([a, b])).toBe(manifestsDigest([b, a]));
    expect(manifestsDigest([a, b])).not.toBe(manifestsDigest([a, { ...b, content: '{"layers":[3]}' }]));
    expect(manifestsDigest([a, b])).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('the model cache', () => {
  let dir: string;
  let modelsDir: string;
  let cache: FakeCache;
  let logger: RecordingLogger;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-model-cache-'));
    modelsDir = path.join(dir, 'ollama-models');
    cache = new FakeCache();
    logger = new RecordingLogger();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const options = () => ({
    modelsDir,
    models: MODELS,
    logger,
    platform: 'linux',
    arch: 'x64',
    service: cache,
  });
  const LLAMA = { name: 'llama3.2', tag: '1b', blob: 'x'.repeat(3000) };
  const QWEN = { name: 'qwen2.5-coder', tag: '1.5b', blob: 'y'.repeat(2000) };

  it('looks the model list up as a prefix, so the newest save for these models is restored', async () => {
    await restoreModelCache(options());
    expect(cache.restoreCalls).toEqual([
      { paths: [modelsDir], primaryKey: LIST_KEY, restoreKeys: [`${LIST_KEY}-`] },
    ]);
  });

  it('says on a hit which key matched and how many bytes were restored', async () => {
    cache.restored = `${LIST_KEY}-${digestOf([LLAMA, QWEN])}`;
    cache.restore = (target) => {
      writeModel(target, LLAMA.name, LLAMA.tag, LLAMA.blob);
      writeModel(target, QWEN.name, QWEN.tag, QWEN.blob);
    };

    const restored = await restoreModelCache(options());

    expect(restored).toEqual({ matchedKey: cache.restored });
    const manifestBytes = [LLAMA, QWEN]
      .map((m) => JSON.stringify({ layers: [{ digest: `sha256:${sha256(m.blob)}` }] }).length)
      .reduce((a, b) => a + b, 0);
    const total = 5000 + manifestBytes;
    expect(logger.messages('info')).toEqual([
      `Model cache hit (key ${cache.restored}): restored ${total} bytes (${(total / 1024).toFixed(1)} KiB); ` +
        'models found there are not pulled again.',
    ]);
  });

  it('says on a miss that the models will be pulled', async () => {
    const restored = await restoreModelCache(options());
    expect(restored).toEqual({ matchedKey: null });
    expect(logger.messages('info')).toEqual([
      `Model cache miss (key ${LIST_KEY}): the models will be pulled.`,
    ]);
  });

  it('does not touch the cache where the service is not available', async () => {
    cache.available = false;
    expect(await restoreModelCache(options())).toEqual({ matchedKey: null });
    expect(await saveModelCache({ ...options(), restored: { matchedKey: null } })).toBeNull();
    expect(cache.restoreCalls).toEqual([]);
    expect(cache.saveCalls).toEqual([]);
    expect(logger.messages('info')).toEqual([
      'Model cache not used: the Actions cache service is not available here.',
    ]);
  });

  it('warns and goes on to pull when the restore fails', async () => {
    cache.failWith = new Error('socket hang up');
    expect(await restoreModelCache(options())).toEqual({ matchedKey: null });
    expect(logger.messages('warning')).toEqual([
      'Could not restore the model cache: socket hang up. The models will be pulled.',
    ]);
  });

  it("saves after new pulls under the list key plus the manifests' digest", async () => {
    writeModel(modelsDir, LLAMA.name, LLAMA.tag, LLAMA.blob);
    writeModel(modelsDir, QWEN.name, QWEN.tag, QWEN.blob);

    const saved = await saveModelCache({ ...options(), restored: { matchedKey: null } });

    const key = `${LIST_KEY}-${digestOf([LLAMA, QWEN])}`;
    expect(saved).toBe(key);
    expect(cache.saveCalls).toEqual([{ paths: [modelsDir], key }]);
    expect(logger.messages('info')[0]).toMatch(
      new RegExp(`^Saved the model cache \\(key ${key}, \\d+ bytes`),
    );
  });

  it('does not save again when the restored key already matches exactly', async () => {
    writeModel(modelsDir, LLAMA.name, LLAMA.tag, LLAMA.blob);
    writeModel(modelsDir, QWEN.name, QWEN.tag, QWEN.blob);
    const key = `${LIST_KEY}-${digestOf([LLAMA, QWEN])}`;

    const saved = await saveModelCache({ ...options(), restored: { matchedKey: key } });

    expect(saved).toBeNull();
    expect(cache.saveCalls).toEqual([]);
    expect(logger.messages('info')).toEqual([`Model cache up to date (key ${key}); not saved again.`]);
  });

  it('saves a new entry when a tag moved since the restored one was saved', async () => {
    const before = `${LIST_KEY}-${digestOf([LLAMA, QWEN])}`;
    const moved = { ...QWEN, blob: 'z'.repeat(2000) };
    writeModel(modelsDir, LLAMA.name, LLAMA.tag, LLAMA.blob);
    writeModel(modelsDir, moved.name, moved.tag, moved.blob);

    const saved = await saveModelCache({ ...options(), restored: { matchedKey: before } });

    expect(saved).toBe(`${LIST_KEY}-${digestOf([LLAMA, moved])}`);
    expect(saved).not.toBe(before);
  });

  it('saves nothing when no model was pulled', async () => {
    expect(await saveModelCache({ ...options(), restored: { matchedKey: null } })).toBeNull();
    expect(cache.saveCalls).toEqual([]);
    expect(logger.messages('info')).toEqual(['Model cache not saved: the models folder holds no models.']);
  });

  it('does not claim a save that the cache service declined', async () => {
    writeModel(modelsDir, LLAMA.name, LLAMA.tag, LLAMA.blob);
    cache.saveResult = -1;

    expect(await saveModelCache({ ...options(), restored: { matchedKey: null } })).toBeNull();
    expect(logger.messages('info')).toEqual([
      expect.stringMatching(
        /^Model cache not saved \(key exbench-ollama-models-linux-x64-[0-9a-f]{64}-[0-9a-f]{64}\)/,
      ),
    ]);
  });

  it('warns and goes on when the save fails', async () => {
    writeModel(modelsDir, LLAMA.name, LLAMA.tag, LLAMA.blob);
    cache.failWith = new Error('Cache service responded with 503');

    expect(await saveModelCache({ ...options(), restored: { matchedKey: null } })).toBeNull();
    expect(logger.messages('warning')).toEqual([
      'Could not save the model cache: Cache service responded with 503',
    ]);
  });
});

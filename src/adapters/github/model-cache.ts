/**
 * Keeps Ollama's models folder in the Actions cache, so a second run restores the models instead of
 * pulling gigabytes again. Everything here is best effort: a cache that cannot be used only costs
 * a download, so every failure is a warning and the run goes on.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import * as cache from '@actions/cache';
import { describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';

const KEY_PREFIX = 'exbench-ollama-models';

export interface ModelCacheKeyParts {
  /** As `process.platform` spells it. */
  platform: string;
  /** As `process.arch` spells it. */
  arch: string;
  models: readonly string[];
  /** From `manifestsDigest`: which versions of the models the folder holds; omitted before a pull. */
  manifests?: string;
}

/**
 * `exbench-ollama-models-<os>-<arch>-<sha256 of the sorted model list>`, and with the manifests'
 * digest appended once the models are known. The order and repeats of the list do not matter.
 */
export function modelCacheKey(parts: ModelCacheKeyParts): string {
  const models = [...new Set(parts.models.map((model) => model.trim()).filter((m) => m !== ''))].sort();
  const base = `${KEY_PREFIX}-${parts.platform}-${parts.arch}-${sha256(models.join('\n'))}`;
  return parts.manifests === undefined ? base : `${base}-${parts.manifests}`;
}

/** One digest over the manifest files (path and content): it changes when any model's version does. */
export function manifestsDigest(manifests: readonly { path: string; content: string }[]): string {
  const sorted = [...manifests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sha256(sorted.map((m) => `${m.path}\0${sha256(m.content)}`).join('\n'));
}

/** The part of @actions/cache used here; tests may pass a fake. */
export interface CacheService {
  isFeatureAvailable(): boolean;
  restoreCache(paths: string[], primaryKey: string, restoreKeys?: string[]): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<number>;
}

export interface ModelCacheOptions {
  /** Ollama's models folder (OLLAMA_MODELS). */
  modelsDir: string;
  models: readonly string[];
  logger: Logger;
  platform?: string;
  arch?: string;
  service?: CacheService;
}

/** What restore found, for `saveModelCache` to decide whether anything changed. */
export interface RestoredModelCache {
  /** The key the cache matched, or null on a miss or when the cache could not be used. */
  matchedKey: string | null;
}

/**
 * Restores the models folder. Saved entries carry the manifests' digest after the list key, so
 * the list key is looked up as a prefix and the newest entry for this model list wins.
 */
export async function restoreModelCache(options: ModelCacheOptions): Promise<RestoredModelCache> {
  const { modelsDir, logger } = options;
  const service = options.service ?? cache;
  const listKey = keyFor(options);
  try {
    if (!service.isFeatureAvailable()) {
      logger.info('Model cache not used: the Actions cache service is not available here.');
      return { matchedKey: null };
    }
    const matchedKey = (await service.restoreCache([modelsDir], listKey, [`${listKey}-`])) ?? null;
    if (matchedKey === null) {
      logger.info(`Model cache miss (key ${listKey}): the models will be pulled.`);
    } else {
      const bytes = describeBytes(await directoryBytes(modelsDir));
      logger.info(
        `Model cache hit (key ${matchedKey}): restored ${bytes}; models found there are not pulled again.`,
      );
    }
    return { matchedKey };
  } catch (error: unknown) {
    logger.warning(`Could not restore the model cache: ${describeError(error)}. The models will be pulled.`);
    return { matchedKey: null };
  }
}

/**
 * Saves the models folder when its manifests differ from what was restored (a first run, a model
 * added, or a tag that moved), under the list key plus the new manifests' digest.
 */
export async function saveModelCache(
  options: ModelCacheOptions & { restored: RestoredModelCache },
): Promise<string | null> {
  const { modelsDir, logger, restored } = options;
  const service = options.service ?? cache;
  try {
    if (!service.isFeatureAvailable()) return null;
    const manifests = await readManifestsDigest(modelsDir);
    if (manifests === null) {
      logger.info('Model cache not saved: the models folder holds no models.');
      return null;
    }
    const key = modelCacheKey({ ...platformOf(options), models: options.models, manifests });
    if (restored.matchedKey === key) {
      logger.info(`Model cache up to date (key ${key}); not saved again.`);
      return null;
    }
    // @actions/cache reports most failures (another job saving the same key, a cache mode without
    // writes, the service refusing) with its own log line and -1 instead of throwing.
    const cacheId = await service.saveCache([modelsDir], key);
    if (cacheId === -1) {
      // Not a warning: in a matrix, jobs with the same models race to save the same key.
      logger.info(`Model cache not saved (key ${key}): the cache service did not take it; see above.`);
      return null;
    }
    logger.info(`Saved the model cache (key ${key}, ${describeBytes(await directoryBytes(modelsDir))}).`);
    return key;
  } catch (error: unknown) {
    logger.warning(`Could not save the model cache: ${describeError(error)}`);
    return null;
  }
}

function keyFor(options: ModelCacheOptions): string {
  return modelCacheKey({ ...platformOf(options), models: options.models });
}

function platformOf(options: ModelCacheOptions): { platform: string; arch: string } {
  return { platform: options.platform ?? process.platform, arch: options.arch ?? process.arch };
}

/** The digest of every file under `<modelsDir>/manifests`, or null when there is none. */
async function readManifestsDigest(modelsDir: string): Promise<string | null> {
  const root = path.join(modelsDir, 'manifests');
  const files = await listFiles(root);
  if (files.length === 0) return null;
  const manifests = await Promise.all(
    files.map(async (file) => ({
      path: path.relative(root, file).split(path.sep).join('/'),
      content: await readFile(file, 'utf8'),
    })),
  );
  return manifestsDigest(manifests);
}

async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    }),
  );
  return nested.flat();
}

async function directoryBytes(dir: string): Promise<number> {
  const files = await listFiles(dir);
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** `1288490188 bytes (1.2 GiB)`: exact for comparing runs, rounded for reading. */
function describeBytes(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = '';
  for (const next of units) {
    if (value < 1024) break;
    value /= 1024;
    unit = next;
  }
  return unit === '' ? `${bytes} bytes` : `${bytes} bytes (${value.toFixed(1)} ${unit})`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

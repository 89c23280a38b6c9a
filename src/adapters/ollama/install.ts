/**
 * Installs a released Ollama into the Actions tool cache: download, verify against the release's
 * sha256sum.txt, unpack the whole tree (the binary loads its runner libraries relative to itself),
 * leave out GPU libraries the runner cannot use, and cache.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import * as tc from '@actions/tool-cache';
import { ConfigurationError, ExternalError, HttpError, ProcessError, describeError } from '../../errors.js';
import type { Logger } from '../../ports.js';
import {
  SHA256SUMS_ASSET,
  binaryRelativePath,
  libraryFoldersToDrop,
  libraryRelativeDir,
  libraryVariant,
  normalizeDownloadBaseUrl,
  normalizeOllamaVersion,
  parseSha256Sums,
  releaseAssets,
  releaseDownloadUrl,
  rocmAssets,
  tarExcludePatterns,
  versionFromDownloadUrl,
  type GpuVendor,
  type LibraryVariant,
} from './release.js';

export const OLLAMA_TOOL_NAME = 'ollama';

/** Written into the cached tree so a cache hit can say what it was installed from. */
const INSTALL_RECORD = '.exbench-install.json';

export interface InstallOllamaOptions {
  /** A release version (`0.14.2`, `v0.14.2`) or `latest`. */
  version: string;
  /** The releases page, e.g. https://github.com/ollama/ollama/releases, or a mirror of its layout. */
  downloadBaseUrl: string;
  /** The runner's GPU vendor, whose libraries are kept; null keeps only the CPU libraries. */
  gpu: GpuVendor | null;
  logger: Logger;
  platform?: NodeJS.Platform;
  /** As `process.arch` spells it (`x64`, `arm64`). */
  arch?: string;
}

export interface InstalledOllama {
  binaryPath: string;
  /** The concrete version installed (`latest` resolved). */
  version: string;
  fromCache: boolean;
  /** The release asset the tree was unpacked from. */
  archive: string;
}

interface InstallRecord {
  version: string;
  archive: string;
  sha256: string;
  variant: LibraryVariant;
  extraArchives: string[];
}

interface DownloadedAsset {
  asset: string;
  url: string;
  file: string;
  bytes: number;
}

/**
 * Installs Ollama, or finds it in the tool cache under (version, arch-variant). Runs inside a log
 * group of its own. Needs RUNNER_TOOL_CACHE (and uses RUNNER_TEMP for the download when set).
 */
export async function installOllama(options: InstallOllamaOptions): Promise<InstalledOllama> {
  const { logger, gpu } = options;
  const platform = options.platform ?? process.platform;
  const arch = options.arch ?? process.arch;
  const published = releaseAssets(platform, arch);
  const assets = unpackable(published);
  const requested = normalizeOllamaVersion(options.version);
  const baseUrl = normalizeDownloadBaseUrl(options.downloadBaseUrl);
  if (!process.env['RUNNER_TOOL_CACHE']) {
    throw new ConfigurationError(
      'RUNNER_TOOL_CACHE is not set: Ollama is installed into the Actions tool cache. ' +
        'Outside GitHub Actions set RUNNER_TOOL_CACHE (and RUNNER_TEMP) to writable directories.',
    );
  }

  return logger.group(`Install Ollama ${requested}`, async () => {
    const version = requested === 'latest' ? await resolveLatestVersion(baseUrl, logger) : requested;
    const variant = libraryVariant(platform, gpu);
    const cacheArch = `${arch}-${variant}`;

    const cachedDir = tc.find(OLLAMA_TOOL_NAME, version, cacheArch);
    if (cachedDir) {
      const binaryPath = path.join(cachedDir, binaryRelativePath(platform));
      const record = await readInstallRecord(cachedDir);
      logger.info(
        `Cache hit: Ollama ${version} (${platform} ${cacheArch}) is in the tool cache at ${cachedDir}; ` +
          'nothing downloaded.',
      );
      return { binaryPath, version, fromCache: true, archive: record?.archive ?? assets[0] ?? '' };
    }
    logger.info(`Cache miss: Ollama ${version} (${platform} ${cacheArch}) is not in the tool cache.`);

    const tempRoot = process.env['RUNNER_TEMP'] || os.tmpdir();
    await mkdir(tempRoot, { recursive: true });
    const workDir = await mkdtemp(path.join(tempRoot, 'exbench-ollama-'));
    try {
      const sums = await downloadSha256Sums(baseUrl, version, workDir, logger);
      const main = await downloadFirstAvailable(assets, baseUrl, version, workDir, logger);
      if (main === null) throw noArchiveError(published, assets, baseUrl, version, platform, arch);
      const sha256 = await verifyDownload(main, sums, version, logger);

      const treeDir = path.join(workDir, 'tree');
      await mkdir(treeDir);
      const excludes = tarExcludePatterns(platform, variant);
      await unpackTarArchive(main.file, main.asset, treeDir, excludes);
      await rm(main.file, { force: true });
      logger.info(`Unpacked ${main.asset}.`);

      const extraArchives: string[] = [];
      if (variant === 'amd') {
        const rocm = await downloadFirstAvailable(
          unpackable(rocmAssets(platform, arch)),
          baseUrl,
          version,
          workDir,
          logger,
        );
        if (rocm === null) {
          logger.info(`Ollama ${version} has no separate ROCm archive here; using the libraries it ships.`);
        } else {
          await verifyDownload(rocm, sums, version, logger);
          await unpackTarArchive(rocm.file, rocm.asset, treeDir, []);
          await rm(rocm.file, { force: true });
          extraArchives.push(rocm.asset);
          logger.info(`Unpacked ${rocm.asset} over it.`);
        }
      }

      await dropUnusedLibraries(treeDir, platform, variant, logger);
      const binaryPath = path.join(treeDir, binaryRelativePath(platform));
      await ensureBinary(binaryPath, main.asset, treeDir);
      await chmod(binaryPath, 0o755);
      const record: InstallRecord = { version, archive: main.asset, sha256, variant, extraArchives };
      await writeFile(path.join(treeDir, INSTALL_RECORD), `${JSON.stringify(record, null, 2)}\n`);

      const cached = await tc.cacheDir(treeDir, OLLAMA_TOOL_NAME, version, cacheArch);
      logger.info(`Cached Ollama ${version} at ${cached}.`);
      return {
        binaryPath: path.join(cached, binaryRelativePath(platform)),
        version,
        fromCache: false,
        archive: main.asset,
      };
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
}

/**
 * `latest` as a concrete version, read from where `<base>/latest/download/sha256sum.txt` redirects
 * (`…/download/v<version>/sha256sum.txt`), so the tool cache is keyed by a real version. A mirror
 * that does not redirect cannot say what its latest is; then the user has to pin a version.
 */
async function resolveLatestVersion(baseUrl: string, logger: Logger): Promise<string> {
  const url = releaseDownloadUrl(baseUrl, 'latest', SHA256SUMS_ASSET);
  let response: Response;
  try {
    response = await fetch(url, { method: 'HEAD', redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch (error: unknown) {
    throw new HttpError(
      `Could not ask ${url} which Ollama release is the latest: ` +
        describeError((error as { cause?: unknown }).cause ?? error),
      null,
      { cause: error },
    );
  }
  await response.body?.cancel();
  const location = response.headers.get('location');
  const target = location === null ? null : new URL(location, url).toString();
  const version = target === null ? null : versionFromDownloadUrl(target);
  if (response.status < 300 || response.status >= 400 || version === null) {
    throw new HttpError(
      `Could not tell which Ollama release is the latest: ${url} answered HTTP ${response.status}` +
        `${target === null ? ' without a redirect' : ` with a redirect to ${target}`}, not a redirect to ` +
        `…/download/v<version>/${SHA256SUMS_ASSET}. Set the Ollama version to a release such as 0.14.2.`,
      response.status,
    );
  }
  logger.info(`Latest Ollama release is ${version}.`);
  return version;
}

async function downloadSha256Sums(
  baseUrl: string,
  version: string,
  workDir: string,
  logger: Logger,
): Promise<Map<string, string>> {
  const url = releaseDownloadUrl(baseUrl, version, SHA256SUMS_ASSET);
  let file: string;
  try {
    file = await tc.downloadTool(url, path.join(workDir, SHA256SUMS_ASSET));
  } catch (error: unknown) {
    if (error instanceof tc.HTTPError && error.httpStatusCode === 404) {
      throw new ExternalError(
        `Ollama ${version} has no ${SHA256SUMS_ASSET} at ${url} (HTTP 404), so its archive cannot be ` +
          'verified. Check that the version exists on the releases page.',
      );
    }
    throw downloadError(url, error);
  }
  const sums = parseSha256Sums(await readFile(file, 'utf8'));
  logger.debug(`${SHA256SUMS_ASSET} lists ${sums.size} files.`);
  return sums;
}

/** Downloads the first asset the release has; null when every one answered 404. */
async function downloadFirstAvailable(
  assets: readonly string[],
  baseUrl: string,
  version: string,
  workDir: string,
  logger: Logger,
): Promise<DownloadedAsset | null> {
  for (const asset of assets) {
    const url = releaseDownloadUrl(baseUrl, version, asset);
    const started = Date.now();
    let file: string;
    try {
      logger.info(`Downloading ${url}`);
      file = await tc.downloadTool(url, path.join(workDir, asset));
    } catch (error: unknown) {
      if (error instanceof tc.HTTPError && error.httpStatusCode === 404) {
        logger.info(`Ollama ${version} has no ${asset} (HTTP 404).`);
        continue;
      }
      throw downloadError(url, error);
    }
    const { size } = await stat(file);
    const seconds = (Date.now() - started) / 1000;
    logger.info(`Downloaded ${asset}: ${describeBytes(size)} in ${seconds.toFixed(1)} s.`);
    return { asset, url, file, bytes: size };
  }
  return null;
}

function downloadError(url: string, error: unknown): ExternalError {
  if (error instanceof tc.HTTPError) {
    return new HttpError(
      `Downloading ${url} failed: HTTP ${error.httpStatusCode ?? 'error'}.`,
      error.httpStatusCode ?? null,
      { cause: error },
    );
  }
  return new HttpError(`Downloading ${url} failed: ${describeError(error)}`, null, { cause: error });
}

function noArchiveError(
  published: readonly string[],
  tried: readonly string[],
  baseUrl: string,
  version: string,
  platform: string,
  arch: string,
): ExternalError {
  const urls = tried.map((asset) => releaseDownloadUrl(baseUrl, version, asset)).join(', ');
  const skipped = published.filter((asset) => !tried.includes(asset));
  const zstdNote =
    skipped.length === 0
      ? ''
      : ` (skipped ${skipped.join(', ')}: this Node.js ${process.version} has no zstd in node:zlib; ` +
        'Node 22.15 or newer has it)';
  return new HttpError(
    `Ollama ${version} has no archive for ${platform}/${arch}: every download answered HTTP 404. ` +
      `Tried ${urls}${zstdNote}.`,
    404,
  );
}

async function verifyDownload(
  download: DownloadedAsset,
  sums: ReadonlyMap<string, string>,
  version: string,
  logger: Logger,
): Promise<string> {
  const expected = sums.get(download.asset);
  if (expected === undefined) {
    const listed = [...sums.keys()].join(', ') || 'nothing';
    throw new ExternalError(
      `Cannot verify ${download.asset}: the ${SHA256SUMS_ASSET} of Ollama ${version} has no entry for it ` +
        `(it lists ${listed}).`,
    );
  }
  const actual = await sha256File(download.file);
  if (actual !== expected) {
    throw new ExternalError(
      `Checksum mismatch for ${download.asset} from ${download.url}: ${SHA256SUMS_ASSET} says sha256 ` +
        `${expected}, the download (${download.bytes} bytes) has sha256 ${actual}.`,
    );
  }
  logger.info(`Verified ${download.asset} (sha256 ${actual}).`);
  return actual;
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

/** Without zstd in node:zlib a .tar.zst cannot be unpacked here, so only gzip archives are tried. */
function unpackable(assets: readonly string[]): string[] {
  const zstd = typeof (zlib as unknown as Record<string, unknown>)['createZstdDecompress'] === 'function';
  return zstd ? [...assets] : assets.filter((asset) => !asset.endsWith('.zst'));
}

/** node:zlib's zstd decompressor (Node 22.15+/23.8+), typed here because @types/node 20 lacks it. */
function createZstdDecompress(): Transform | null {
  const factory = (zlib as unknown as { createZstdDecompress?: () => Transform }).createZstdDecompress;
  return factory === undefined ? null : factory();
}

function decompressorFor(asset: string): Transform {
  if (asset.endsWith('.tar.zst')) {
    const zstd = createZstdDecompress();
    if (zstd === null) {
      throw new ExternalError(
        `Cannot unpack ${asset}: this Node.js (${process.version}) has no zstd in node:zlib; ` +
          'Node 22.15 or newer has it.',
      );
    }
    return zstd;
  }
  if (asset.endsWith('.tgz') || asset.endsWith('.tar.gz')) return zlib.createGunzip();
  throw new ExternalError(`Cannot unpack ${asset}: expected a .tar.zst or .tgz archive.`);
}

/**
 * Unpacks a compressed tar into `dest`: Node decompresses (so no `zstd` program is needed) and the
 * system `tar` reads the plain tar from stdin and writes the files, leaving out `excludes`.
 */
async function unpackTarArchive(
  archive: string,
  asset: string,
  dest: string,
  excludes: readonly string[],
): Promise<void> {
  const decompressor = decompressorFor(asset);
  const args = ['-x', '-f', '-', '-C', dest, '--no-same-owner', ...excludes.map((p) => `--exclude=${p}`)];
  const tar = spawn('tar', args, { stdio: ['pipe', 'ignore', 'pipe'] });
  let stderr = '';
  tar.stderr.setEncoding('utf8');
  tar.stderr.on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    tar.once('error', reject);
    tar.once('close', (code) => resolve(code));
  });
  const [streamed, finished] = await Promise.allSettled([
    pipeline(createReadStream(archive), decompressor, tar.stdin),
    exited,
  ]);
  if (finished.status === 'rejected') {
    throw new ProcessError(
      `Could not run tar to unpack ${asset}: ${describeError(finished.reason)}`,
      { exitCode: null, stderrTail: stderr.trim() },
      { cause: finished.reason },
    );
  }
  if (finished.value !== 0) {
    const said = stderr.trim() === '' ? '' : `: ${stderr.trim()}`;
    const why = streamed.status === 'rejected' ? ` (decompressing: ${describeError(streamed.reason)})` : '';
    throw new ProcessError(`tar exited with code ${finished.value} unpacking ${asset}${why}${said}`, {
      exitCode: finished.value,
      stderrTail: stderr.trim(),
    });
  }
  // tar stops reading at the end-of-archive blocks and may leave the record padding after them
  // unread; writing that into its closed stdin fails harmlessly once tar has succeeded.
  if (streamed.status === 'rejected' && !isClosedPipe(streamed.reason)) {
    throw new ExternalError(`Unpacking ${asset} failed: ${describeError(streamed.reason)}`);
  }
}

function isClosedPipe(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ERR_STREAM_DESTROYED';
}

async function dropUnusedLibraries(
  treeDir: string,
  platform: string,
  variant: LibraryVariant,
  logger: Logger,
): Promise<void> {
  const relative = libraryRelativeDir(platform);
  if (relative === '.') return;
  const libraryDir = path.join(treeDir, relative);
  let folders: string[];
  try {
    const entries = await readdir(libraryDir, { withFileTypes: true });
    folders = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const dropped = libraryFoldersToDrop(folders, variant);
  for (const folder of dropped) await rm(path.join(libraryDir, folder), { recursive: true, force: true });
  const kept = folders.filter((folder) => !dropped.includes(folder));
  const runner = variant === 'cpu' ? 'CPU-only runner' : `${variant} GPU runner`;
  logger.info(
    `${runner}: ${relative} keeps ${kept.length === 0 ? 'no subfolders' : kept.join(', ')}` +
      `${variant === 'cpu' ? ' (GPU libraries left out)' : ''}.`,
  );
}

async function ensureBinary(binaryPath: string, asset: string, treeDir: string): Promise<void> {
  try {
    if ((await stat(binaryPath)).isFile()) return;
  } catch {
    // reported below
  }
  const top = await readdir(treeDir).catch(() => []);
  throw new ExternalError(
    `${asset} has no ${path.relative(treeDir, binaryPath)} (it unpacked to: ${top.join(', ') || 'nothing'}).`,
  );
}

async function readInstallRecord(dir: string): Promise<InstallRecord | null> {
  try {
    return JSON.parse(await readFile(path.join(dir, INSTALL_RECORD), 'utf8')) as InstallRecord;
  } catch {
    return null;
  }
}

function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return `${mib >= 10 ? mib.toFixed(0) : mib.toFixed(1)} MiB (${bytes} bytes)`;
}

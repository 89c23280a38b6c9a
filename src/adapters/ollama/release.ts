/**
 * How Ollama is published on GitHub releases, as pure functions: which archive fits a runner, where
 * it is downloaded from, how `sha256sum.txt` reads, and which bundled GPU libraries a runner needs.
 *
 * Facts this relies on (from ollama/ollama's release workflow, scripts/install.sh and build_darwin.sh):
 * - Releases are tagged `v<version>`; assets download from `<base>/download/v<version>/<asset>`, and
 *   `<base>/latest/download/<asset>` redirects to the newest release's copy.
 * - Linux archives are `ollama-linux-{amd64,arm64}.tar.zst` from v0.14.0 on (`.tgz` before). They
 *   unpack to `bin/ollama` and `lib/ollama/…`; the binary looks for its libraries in
 *   `../lib/ollama` next to itself, with GPU runners in subfolders (`cuda_v12`, `cuda_v13`,
 *   `mlx_cuda_v13`, `vulkan`, older `cuda_v11`, `cuda_jetpack5/6`, `rocm`).
 * - AMD's ROCm libraries ship in a separate `ollama-linux-amd64-rocm` archive unpacked over the same
 *   tree (amd64 only).
 * - macOS has one universal `ollama-darwin.tgz` with `ollama` and its libraries side by side at the
 *   top level (no `bin/`).
 * - `sha256sum.txt` comes from `find . -type f | xargs sha256sum`, so lines read `<hex>  ./<asset>`.
 */
import { ConfigurationError } from '../../errors.js';

export const DEFAULT_OLLAMA_DOWNLOAD_BASE_URL = 'https://github.com/ollama/ollama/releases';
export const SHA256SUMS_ASSET = 'sha256sum.txt';

export type GpuVendor = 'nvidia' | 'amd';

/** What the installed tree keeps: only CPU libraries, those for one GPU vendor, or all (macOS). */
export type LibraryVariant = 'cpu' | 'nvidia' | 'amd' | 'all';

const VERSION_PATTERN = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/;

/**
 * A version as release tags spell it without the `v` (`0.14.2`, `0.14.0-rc1`), or `latest`. A
 * leading `v` is accepted and dropped.
 */
export function normalizeOllamaVersion(version: string): string {
  const trimmed = version.trim();
  if (trimmed.toLowerCase() === 'latest') return 'latest';
  const bare = trimmed.replace(/^v/i, '');
  if (!VERSION_PATTERN.test(bare)) {
    throw new ConfigurationError(
      `Ollama version "${version}" is not a release version: expected "latest" or a version such as 0.14.2.`,
    );
  }
  return bare;
}

/** The releases page URL without a trailing slash; only http(s) URLs are accepted. */
export function normalizeDownloadBaseUrl(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new ConfigurationError(
      `Ollama download base URL "${baseUrl}" is not a URL: expected something like ${DEFAULT_OLLAMA_DOWNLOAD_BASE_URL}.`,
    );
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new ConfigurationError(
      `Ollama download base URL "${baseUrl}" must use http or https, like ${DEFAULT_OLLAMA_DOWNLOAD_BASE_URL}.`,
    );
  }
  return trimmed;
}

function releaseArch(arch: string): 'amd64' | 'arm64' | null {
  if (arch === 'x64') return 'amd64';
  if (arch === 'arm64') return 'arm64';
  return null;
}

function unsupported(platform: string, arch: string): ConfigurationError {
  return new ConfigurationError(
    `Ollama cannot be installed on ${platform}/${arch}: exbench installs it on Linux (x64, arm64) and ` +
      `macOS (x64, arm64) runners only. On other runners start Ollama yourself and point exbench at it.`,
  );
}

/** The archives to try for a runner, best first (zstd before gzip for Linux). */
export function releaseAssets(platform: string, arch: string): string[] {
  if (platform === 'darwin') {
    if (releaseArch(arch) === null) throw unsupported(platform, arch);
    return ['ollama-darwin.tgz'];
  }
  if (platform === 'linux') {
    const name = releaseArch(arch);
    if (name === null) throw unsupported(platform, arch);
    return [`ollama-linux-${name}.tar.zst`, `ollama-linux-${name}.tgz`];
  }
  throw unsupported(platform, arch);
}

/** The extra ROCm archives to try for an AMD GPU, best first; empty where none is published. */
export function rocmAssets(platform: string, arch: string): string[] {
  if (platform !== 'linux' || releaseArch(arch) !== 'amd64') return [];
  return ['ollama-linux-amd64-rocm.tar.zst', 'ollama-linux-amd64-rocm.tgz'];
}

export function releaseDownloadUrl(baseUrl: string, version: string, asset: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (version === 'latest') return `${base}/latest/download/${asset}`;
  return `${base}/download/v${version}/${asset}`;
}

/**
 * The version in a versioned download URL (`…/download/v0.14.2/<asset>`), as the redirect of a
 * `latest` download names it; null when the URL names none.
 */
export function versionFromDownloadUrl(url: string): string | null {
  let pathname: string;
  try {
    pathname = new URL(url).pathname;
  } catch {
    return null;
  }
  const match = /\/download\/v?([^/]+)\/[^/]+$/.exec(pathname);
  const version = match?.[1] === undefined ? null : decodeURIComponent(match[1]);
  return version !== null && VERSION_PATTERN.test(version) ? version : null;
}

/**
 * `sha256sum` output as a map from file name (without a leading `./`) to lower-case hex digest.
 * Lines that are not `<64 hex> <name>` (text or `*`binary mode) are skipped.
 */
export function parseSha256Sums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
    if (!match?.[1] || !match[2]) continue;
    const name = match[2].trim().replace(/^(?:\.\/)+/, '');
    sums.set(name, match[1].toLowerCase());
  }
  return sums;
}

/** Where the binary sits inside the unpacked tree. */
export function binaryRelativePath(platform: string): string {
  return platform === 'darwin' ? 'ollama' : 'bin/ollama';
}

/** Where the runner libraries sit inside the unpacked tree, relative to its root. */
export function libraryRelativeDir(platform: string): string {
  return platform === 'darwin' ? '.' : 'lib/ollama';
}

/**
 * Which libraries to keep. macOS keeps everything (Metal is built in and its archive is small);
 * Linux keeps the CPU libraries plus those of the runner's GPU vendor, if any.
 */
export function libraryVariant(platform: string, gpu: GpuVendor | null): LibraryVariant {
  if (platform === 'darwin') return 'all';
  return gpu ?? 'cpu';
}

/** Folder-name prefixes of GPU runner libraries under `lib/ollama`, by what they need. */
const GPU_FOLDER_PREFIXES: Record<GpuVendor | 'any', readonly string[]> = {
  nvidia: ['cuda', 'mlx_cuda'],
  amd: ['rocm'],
  // Vulkan runs on either vendor's cards, so a runner with a GPU keeps it.
  any: ['vulkan'],
};

/** The folder-name prefixes under `lib/ollama` that a variant leaves out. */
export function droppedLibraryPrefixes(variant: LibraryVariant): string[] {
  switch (variant) {
    case 'all':
      return [];
    case 'cpu':
      return [...GPU_FOLDER_PREFIXES.nvidia, ...GPU_FOLDER_PREFIXES.amd, ...GPU_FOLDER_PREFIXES.any];
    case 'nvidia':
      return [...GPU_FOLDER_PREFIXES.amd];
    case 'amd':
      return [...GPU_FOLDER_PREFIXES.nvidia];
  }
}

/**
 * Of the folders found under `lib/ollama`, those to delete for a variant. Folders of unknown kind
 * are kept: a missing CPU library would break the install, an extra GPU one only costs disk.
 */
export function libraryFoldersToDrop(folderNames: readonly string[], variant: LibraryVariant): string[] {
  const prefixes = droppedLibraryPrefixes(variant);
  return folderNames.filter((name) => prefixes.some((prefix) => name.startsWith(prefix)));
}

/**
 * `tar --exclude` patterns that keep a variant's unwanted GPU folders from being written at all
 * (they are gigabytes). Deleting them afterwards stays the rule; this only saves disk and time.
 */
export function tarExcludePatterns(platform: string, variant: LibraryVariant): string[] {
  const dir = libraryRelativeDir(platform);
  if (dir === '.') return [];
  return droppedLibraryPrefixes(variant).map((prefix) => `${dir}/${prefix}*`);
}

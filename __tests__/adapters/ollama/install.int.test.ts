import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { detectGpu } from '../../../src/adapters/ollama/gpu.js';
import { installOllama } from '../../../src/adapters/ollama/install.js';
import {
  libraryFoldersToDrop,
  normalizeOllamaVersion,
  parseSha256Sums,
  releaseAssets,
  releaseDownloadUrl,
  versionFromDownloadUrl,
} from '../../../src/adapters/ollama/release.js';
import { ConfigurationError, ExternalError } from '../../../src/errors.js';
import { RecordingLogger } from '../../support/recording-logger.js';

const RELEASES_PATH = '/ollama/ollama/releases';

/** node:zlib's zstd (Node 22.15+); @types/node 20 does not declare it. */
const zstdCompressSync = (zlib as unknown as { zstdCompressSync?: (data: Buffer) => Buffer })
  .zstdCompressSync;
/** Node 24 (the action's runtime) has zstd; under `npm run test:node20` the installer must use .tgz. */
const hasZstd = zstdCompressSync !== undefined;
const itWithZstd = hasZstd ? it : it.skip;
const itWithoutZstd = hasZstd ? it.skip : it;

/** A local stand-in for GitHub releases: fixed files, redirects, and a log of every request. */
class ReleaseServer {
  readonly files = new Map<string, Buffer>();
  readonly redirects = new Map<string, string>();
  readonly requests: string[] = [];
  private server: http.Server | null = null;
  baseUrl = '';

  async start(): Promise<void> {
    this.server = http.createServer((request, response) => {
      const url = request.url ?? '';
      this.requests.push(`${request.method} ${url}`);
      const redirect = this.redirects.get(url);
      const body = this.files.get(url);
      if (redirect !== undefined) {
        response.writeHead(302, { location: redirect }).end();
      } else if (body === undefined) {
        response.writeHead(404).end('Not Found');
      } else {
        response.writeHead(200, { 'content-length': body.length });
        response.end(request.method === 'HEAD' ? undefined : body);
      }
    });
    const server = this.server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${RELEASES_PATH}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Publishes a release's assets; `sums` overrides what sha256sum.txt says (null leaves it out). */
  publish(version: string, assets: Record<string, Buffer>, sums?: Record<string, Buffer> | null): void {
    for (const [name, body] of Object.entries(assets)) {
      this.files.set(`${RELEASES_PATH}/download/v${version}/${name}`, body);
    }
    if (sums === null) return;
    const lines = Object.entries(sums ?? assets).map(([name, body]) => `${sha256(body)}  ./${name}`);
    this.files.set(
      `${RELEASES_PATH}/download/v${version}/sha256sum.txt`,
      Buffer.from(`${lines.join('\n')}\n`),
    );
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'exbench-install-test-'));
const releases = new ReleaseServer();
let logger: RecordingLogger;
let toolCache: string;
let runnerTemp: string;
const savedEnv = { cache: process.env['RUNNER_TOOL_CACHE'], temp: process.env['RUNNER_TEMP'] };

beforeAll(async () => {
  await releases.start();
});

afterAll(async () => {
  await releases.stop();
  fs.rmSync(scratch, { recursive: true, force: true });
  restoreEnv('RUNNER_TOOL_CACHE', savedEnv.cache);
  restoreEnv('RUNNER_TEMP', savedEnv.temp);
});

function restoreEnv(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

beforeEach(() => {
  logger = new RecordingLogger();
  toolCache = fs.mkdtempSync(path.join(scratch, 'toolcache-'));
  runnerTemp = fs.mkdtempSync(path.join(scratch, 'temp-'));
  process.env['RUNNER_TOOL_CACHE'] = toolCache;
  process.env['RUNNER_TEMP'] = runnerTemp;
  releases.files.clear();
  releases.redirects.clear();
  releases.requests.length = 0;
});

afterEach(() => {
  // Whatever happened, the download area is cleaned up.
  expect(fs.readdirSync(runnerTemp).filter((name) => name.startsWith('exbench-ollama-'))).toEqual([]);
});

function fakeOllamaScript(version: string): string {
  return [
    '#!/usr/bin/env node',
    `if (process.argv[2] === '--version') console.log('ollama version is ${version}');`,
    'else { console.error("this fake only knows --version"); process.exit(2); }',
    '',
  ].join('\n');
}

/** Writes files (path → contents) under a fresh directory and returns it. */
function writeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'tree-'));
  for (const [relative, contents] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents, { mode: relative.endsWith('ollama') ? 0o755 : 0o644 });
  }
  return dir;
}

/** A plain tar of the directory's top-level entries, named without `./` like Ollama's archives. */
function tarOf(dir: string): Buffer {
  return execFileSync('tar', ['-c', '-f', '-', '-C', dir, ...fs.readdirSync(dir).sort()], {
    maxBuffer: 64 * 1024 * 1024,
  });
}

function linuxTree(version: string): string {
  return writeTree({
    'bin/ollama': fakeOllamaScript(version),
    'lib/ollama/libggml-base.so': 'base library',
    'lib/ollama/libggml-cpu-haswell.so': 'cpu library',
    'lib/ollama/cuda_v12/libggml-cuda.so': 'cuda 12 library',
    'lib/ollama/cuda_v13/libggml-cuda.so': 'cuda 13 library',
    'lib/ollama/vulkan/libggml-vulkan.so': 'vulkan library',
  });
}

/** zstd where this Node has it; elsewhere bytes the installer must never try to unpack. */
function zstd(tar: Buffer): Buffer {
  return zstdCompressSync === undefined ? Buffer.from('no zstd in this Node') : zstdCompressSync(tar);
}

function linuxArchives(version: string): { zst: Buffer; tgz: Buffer } {
  const tar = tarOf(linuxTree(version));
  return { zst: zstd(tar), tgz: zlib.gzipSync(tar) };
}

/** Publishes both Linux amd64 archives (releases from v0.14.0 on have only the zst one). */
function publishLinux(version: string): { zst: Buffer; tgz: Buffer } {
  const archives = linuxArchives(version);
  releases.publish(version, {
    'ollama-linux-amd64.tar.zst': archives.zst,
    'ollama-linux-amd64.tgz': archives.tgz,
  });
  return archives;
}

/** The archive this Node installs from: the zstd one when it can unpack it. */
const bestLinuxAsset = hasZstd ? 'ollama-linux-amd64.tar.zst' : 'ollama-linux-amd64.tgz';

function rocmArchives(): Record<string, Buffer> {
  const tar = tarOf(writeTree({ 'lib/ollama/rocm/libggml-hip.so': 'rocm library' }));
  return { 'ollama-linux-amd64-rocm.tar.zst': zstd(tar), 'ollama-linux-amd64-rocm.tgz': zlib.gzipSync(tar) };
}

function libraryDir(binaryPath: string): string {
  return path.join(path.dirname(binaryPath), '..', 'lib', 'ollama');
}

function runVersion(binaryPath: string): string {
  return execFileSync(binaryPath, ['--version'], { encoding: 'utf8' }).trim();
}

const linuxX64 = { platform: 'linux', arch: 'x64' } as const;

describe('installOllama', () => {
  itWithZstd('installs the .tar.zst archive of a pinned version, and the installed binary runs', async () => {
    const { zst } = publishLinux('0.0.1');

    const installed = await installOllama({
      version: 'v0.0.1',
      downloadBaseUrl: `${releases.baseUrl}/`,
      gpu: null,
      logger,
      ...linuxX64,
    });

    expect(installed).toEqual({
      binaryPath: path.join(toolCache, 'ollama', '0.0.1', 'x64-cpu', 'bin', 'ollama'),
      version: '0.0.1',
      fromCache: false,
      archive: 'ollama-linux-amd64.tar.zst',
    });
    expect(runVersion(installed.binaryPath)).toBe('ollama version is 0.0.1');
    expect(fs.readFileSync(path.join(libraryDir(installed.binaryPath), 'libggml-base.so'), 'utf8')).toBe(
      'base library',
    );
    expect(releases.requests).toEqual([
      `GET ${RELEASES_PATH}/download/v0.0.1/sha256sum.txt`,
      `GET ${RELEASES_PATH}/download/v0.0.1/ollama-linux-amd64.tar.zst`,
    ]);
    expect(logger.groups).toEqual(['Install Ollama 0.0.1']);
    const messages = logger.messages().join('\n');
    expect(messages).toContain('Cache miss');
    expect(messages).toContain(`Downloaded ollama-linux-amd64.tar.zst: 0.0 MiB (${zst.length} bytes)`);
    expect(messages).toContain(`Verified ollama-linux-amd64.tar.zst (sha256 ${sha256(zst)})`);
  });

  it('falls back to the .tgz archive when the release has no .tar.zst', async () => {
    const { tgz } = linuxArchives('0.0.2');
    releases.publish('0.0.2', { 'ollama-linux-arm64.tgz': tgz });

    const installed = await installOllama({
      version: '0.0.2',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      platform: 'linux',
      arch: 'arm64',
    });

    expect(installed.archive).toBe('ollama-linux-arm64.tgz');
    expect(installed.binaryPath).toBe(path.join(toolCache, 'ollama', '0.0.2', 'arm64-cpu', 'bin', 'ollama'));
    expect(runVersion(installed.binaryPath)).toBe('ollama version is 0.0.2');
    expect(releases.requests).toEqual([
      `GET ${RELEASES_PATH}/download/v0.0.2/sha256sum.txt`,
      ...(hasZstd ? [`GET ${RELEASES_PATH}/download/v0.0.2/ollama-linux-arm64.tar.zst`] : []),
      `GET ${RELEASES_PATH}/download/v0.0.2/ollama-linux-arm64.tgz`,
    ]);
    if (hasZstd) {
      expect(logger.messages().join('\n')).toContain('has no ollama-linux-arm64.tar.zst (HTTP 404)');
    }
  });

  itWithoutZstd('installs the .tgz, never fetching the .tar.zst, on a Node without zstd', async () => {
    publishLinux('0.0.1');

    const installed = await installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      ...linuxX64,
    });

    expect(installed.archive).toBe('ollama-linux-amd64.tgz');
    expect(runVersion(installed.binaryPath)).toBe('ollama version is 0.0.1');
    expect(releases.requests.some((request) => request.endsWith('.tar.zst'))).toBe(false);
  });

  it('leaves out the GPU libraries on a CPU-only runner but keeps the CPU ones', async () => {
    publishLinux('0.0.1');

    const installed = await installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      ...linuxX64,
    });

    const libs = libraryDir(installed.binaryPath);
    expect(fs.readdirSync(libs).sort()).toEqual(['libggml-base.so', 'libggml-cpu-haswell.so']);
    expect(logger.messages().join('\n')).toContain('CPU-only runner');
  });

  it('keeps the CUDA libraries for an NVIDIA runner, cached apart from the CPU-only install', async () => {
    publishLinux('0.0.1');
    const options = { version: '0.0.1', downloadBaseUrl: releases.baseUrl, logger, ...linuxX64 };

    const cpu = await installOllama({ ...options, gpu: null });
    const nvidia = await installOllama({ ...options, gpu: 'nvidia' });

    expect(nvidia.fromCache).toBe(false);
    expect(nvidia.binaryPath).toBe(path.join(toolCache, 'ollama', '0.0.1', 'x64-nvidia', 'bin', 'ollama'));
    const libs = libraryDir(nvidia.binaryPath);
    expect(fs.readFileSync(path.join(libs, 'cuda_v12', 'libggml-cuda.so'), 'utf8')).toBe('cuda 12 library');
    expect(fs.existsSync(path.join(libs, 'cuda_v13', 'libggml-cuda.so'))).toBe(true);
    expect(fs.existsSync(path.join(libs, 'vulkan', 'libggml-vulkan.so'))).toBe(true);
    expect(fs.existsSync(path.join(libs, 'libggml-base.so'))).toBe(true);
    expect(fs.existsSync(path.join(libraryDir(cpu.binaryPath), 'cuda_v12'))).toBe(false);
  });

  it('unpacks the ROCm archive over the tree for an AMD runner and leaves out CUDA', async () => {
    const { zst, tgz } = linuxArchives('0.0.1');
    releases.publish('0.0.1', {
      'ollama-linux-amd64.tar.zst': zst,
      'ollama-linux-amd64.tgz': tgz,
      ...rocmArchives(),
    });

    const installed = await installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: 'amd',
      logger,
      ...linuxX64,
    });

    const libs = libraryDir(installed.binaryPath);
    expect(fs.readdirSync(libs).sort()).toEqual([
      'libggml-base.so',
      'libggml-cpu-haswell.so',
      'rocm',
      'vulkan',
    ]);
    expect(fs.readFileSync(path.join(libs, 'rocm', 'libggml-hip.so'), 'utf8')).toBe('rocm library');
    expect(installed.archive).toBe(bestLinuxAsset);
  });

  it('rejects a tampered archive, naming the asset and both hashes, and caches nothing', async () => {
    const { tgz } = linuxArchives('0.0.1');
    const tampered = Buffer.concat([tgz, Buffer.from('tampered')]);
    releases.publish('0.0.1', { 'ollama-linux-amd64.tgz': tampered }, { 'ollama-linux-amd64.tgz': tgz });

    const attempt = installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      ...linuxX64,
    });

    await expect(attempt).rejects.toThrow(ExternalError);
    await expect(attempt).rejects.toThrow(
      new RegExp(`ollama-linux-amd64\\.tgz.*${sha256(tgz)}.*${sha256(tampered)}`),
    );
    expect(fs.existsSync(path.join(toolCache, 'ollama'))).toBe(false);
  });

  it('fails clearly when sha256sum.txt has no entry for the archive', async () => {
    const { tgz } = linuxArchives('0.0.1');
    releases.publish(
      '0.0.1',
      { 'ollama-linux-amd64.tgz': tgz },
      { 'ollama-darwin.tgz': Buffer.from('other') },
    );

    await expect(
      installOllama({ version: '0.0.1', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(
      'Cannot verify ollama-linux-amd64.tgz: the sha256sum.txt of Ollama 0.0.1 has no entry for it ' +
        '(it lists ollama-darwin.tgz).',
    );
    expect(fs.existsSync(path.join(toolCache, 'ollama'))).toBe(false);
  });

  it('fails clearly, before downloading an archive, when the release has no sha256sum.txt', async () => {
    const { tgz } = linuxArchives('0.0.1');
    releases.publish('0.0.1', { 'ollama-linux-amd64.tgz': tgz }, null);

    await expect(
      installOllama({ version: '0.0.1', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(
      /Ollama 0\.0\.1 has no sha256sum\.txt at .*\/download\/v0\.0\.1\/sha256sum\.txt \(HTTP 404\)/,
    );
    expect(releases.requests).toEqual([`GET ${RELEASES_PATH}/download/v0.0.1/sha256sum.txt`]);
  });

  itWithZstd('names every URL it tried when the release has no archive for the runner', async () => {
    releases.publish('0.0.1', { 'ollama-darwin.tgz': Buffer.from('mac') });

    await expect(
      installOllama({ version: '0.0.1', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(
      `Ollama 0.0.1 has no archive for linux/x64: every download answered HTTP 404. Tried ` +
        `${releases.baseUrl}/download/v0.0.1/ollama-linux-amd64.tar.zst, ` +
        `${releases.baseUrl}/download/v0.0.1/ollama-linux-amd64.tgz.`,
    );
  });

  itWithoutZstd('names the skipped .tar.zst archives when only they could have fitted', async () => {
    releases.publish('0.0.1', { 'ollama-linux-amd64.tar.zst': Buffer.from('zst only') });

    await expect(
      installOllama({ version: '0.0.1', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(/skipped ollama-linux-amd64\.tar\.zst: this Node\.js v[\d.]+ has no zstd in node:zlib/);
  });

  it('finds a second install in the tool cache without any HTTP request', async () => {
    publishLinux('0.0.1');
    const options = { version: '0.0.1', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 };
    const first = await installOllama(options);
    const requestsAfterFirst = releases.requests.length;

    const second = await installOllama(options);

    expect(second).toEqual({ ...first, fromCache: true });
    expect(releases.requests).toHaveLength(requestsAfterFirst);
    expect(runVersion(second.binaryPath)).toBe('ollama version is 0.0.1');
    expect(logger.messages().at(-1)).toMatch(
      /^Cache hit: Ollama 0\.0\.1 \(linux x64-cpu\) is in the tool cache/,
    );
  });

  it('resolves latest from the redirect of its download and caches under that version', async () => {
    publishLinux('0.0.3');
    releases.redirects.set(
      `${RELEASES_PATH}/latest/download/sha256sum.txt`,
      `${RELEASES_PATH}/download/v0.0.3/sha256sum.txt`,
    );

    const installed = await installOllama({
      version: 'latest',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      ...linuxX64,
    });

    expect(installed.version).toBe('0.0.3');
    expect(installed.binaryPath).toBe(path.join(toolCache, 'ollama', '0.0.3', 'x64-cpu', 'bin', 'ollama'));
    expect(runVersion(installed.binaryPath)).toBe('ollama version is 0.0.3');
    expect(releases.requests[0]).toBe(`HEAD ${RELEASES_PATH}/latest/download/sha256sum.txt`);
    expect(logger.messages()).toContain('Latest Ollama release is 0.0.3.');
  });

  it('asks for a pinned version when latest does not redirect to a versioned download', async () => {
    releases.files.set(`${RELEASES_PATH}/latest/download/sha256sum.txt`, Buffer.from(''));

    await expect(
      installOllama({ version: 'latest', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(/answered HTTP 200 without a redirect.*Set the Ollama version to a release/);
  });

  it('installs the flat macOS archive, whose binary sits at its top level', async () => {
    const tree = writeTree({
      ollama: fakeOllamaScript('0.0.1'),
      'libggml-base.so': 'base library',
      'libggml-metal.so': 'metal library',
    });
    releases.publish('0.0.1', { 'ollama-darwin.tgz': zlib.gzipSync(tarOf(tree)) });

    const installed = await installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      platform: 'darwin',
      arch: 'arm64',
    });

    expect(installed.archive).toBe('ollama-darwin.tgz');
    expect(installed.binaryPath).toBe(path.join(toolCache, 'ollama', '0.0.1', 'arm64-all', 'ollama'));
    expect(runVersion(installed.binaryPath)).toBe('ollama version is 0.0.1');
    expect(fs.existsSync(path.join(path.dirname(installed.binaryPath), 'libggml-metal.so'))).toBe(true);
  });

  it('names the platform when Ollama publishes no build for it', async () => {
    const attempt = installOllama({
      version: '0.0.1',
      downloadBaseUrl: releases.baseUrl,
      gpu: null,
      logger,
      platform: 'win32',
      arch: 'x64',
    });
    await expect(attempt).rejects.toThrow(ConfigurationError);
    await expect(attempt).rejects.toThrow(/win32\/x64/);
    expect(releases.requests).toEqual([]);
  });

  it('names the input value when the version is not a release version', async () => {
    await expect(
      installOllama({ version: 'newest', downloadBaseUrl: releases.baseUrl, gpu: null, logger, ...linuxX64 }),
    ).rejects.toThrow(
      new ConfigurationError(
        'Ollama version "newest" is not a release version: expected "latest" or a version such as 0.14.2.',
      ),
    );
  });
});

describe('Ollama release facts', () => {
  it('tries the zstd archive before the gzip one on Linux, and the universal archive on macOS', () => {
    expect(releaseAssets('linux', 'x64')).toEqual(['ollama-linux-amd64.tar.zst', 'ollama-linux-amd64.tgz']);
    expect(releaseAssets('linux', 'arm64')).toEqual(['ollama-linux-arm64.tar.zst', 'ollama-linux-arm64.tgz']);
    expect(releaseAssets('darwin', 'x64')).toEqual(['ollama-darwin.tgz']);
    expect(releaseAssets('darwin', 'arm64')).toEqual(['ollama-darwin.tgz']);
    expect(() => releaseAssets('linux', 'ia32')).toThrow(/linux\/ia32/);
    expect(() => releaseAssets('freebsd', 'x64')).toThrow(ConfigurationError);
  });

  it('builds versioned and latest download URLs', () => {
    const base = 'https://github.com/ollama/ollama/releases';
    expect(releaseDownloadUrl(base, '0.14.2', 'sha256sum.txt')).toBe(
      `${base}/download/v0.14.2/sha256sum.txt`,
    );
    expect(releaseDownloadUrl(`${base}/`, 'latest', 'ollama-darwin.tgz')).toBe(
      `${base}/latest/download/ollama-darwin.tgz`,
    );
    expect(versionFromDownloadUrl(`${base}/download/v0.14.2/sha256sum.txt`)).toBe('0.14.2');
    expect(versionFromDownloadUrl(`${base}/download/v0.15.0-rc1/sha256sum.txt`)).toBe('0.15.0-rc1');
    expect(versionFromDownloadUrl(`${base}/tag/v0.14.2`)).toBeNull();
  });

  it('reads sha256sum.txt lines with and without ./ and skips anything else', () => {
    const a = 'a'.repeat(64);
    const b = 'B'.repeat(64);
    const c = 'c'.repeat(64);
    const sums = parseSha256Sums(
      `${a}  ./ollama-linux-amd64.tar.zst\r\n${b}  ollama-darwin.tgz\n${c} *./OllamaSetup.exe\n\nnot a line\n`,
    );
    expect([...sums]).toEqual([
      ['ollama-linux-amd64.tar.zst', a],
      ['ollama-darwin.tgz', 'b'.repeat(64)],
      ['OllamaSetup.exe', c],
    ]);
  });

  it('drops every GPU library folder on CPU-only runners and only the other vendor’s with a GPU', () => {
    const folders = ['cuda_v12', 'cuda_v13', 'mlx_cuda_v13', 'cuda_jetpack6', 'rocm', 'vulkan', 'future_cpu'];
    expect(libraryFoldersToDrop(folders, 'cpu')).toEqual(folders.slice(0, 6));
    expect(libraryFoldersToDrop(folders, 'nvidia')).toEqual(['rocm']);
    expect(libraryFoldersToDrop(folders, 'amd')).toEqual([
      'cuda_v12',
      'cuda_v13',
      'mlx_cuda_v13',
      'cuda_jetpack6',
    ]);
    expect(libraryFoldersToDrop(folders, 'all')).toEqual([]);
  });

  it('accepts versions with or without v, and latest in any case', () => {
    expect(normalizeOllamaVersion('v0.14.2')).toBe('0.14.2');
    expect(normalizeOllamaVersion(' 0.15.0-rc1 ')).toBe('0.15.0-rc1');
    expect(normalizeOllamaVersion('Latest')).toBe('latest');
    expect(() => normalizeOllamaVersion('0.14')).toThrow(/"0\.14"/);
  });
});

describe('detectGpu', () => {
  const existing = (files: string[]) => (file: string) => Promise.resolve(files.includes(file));

  it('sees an NVIDIA driver by its control device or nvidia-smi on PATH', async () => {
    expect(await detectGpu({ platform: 'linux', searchPath: '', exists: existing(['/dev/nvidiactl']) })).toBe(
      'nvidia',
    );
    expect(
      await detectGpu({
        platform: 'linux',
        searchPath: '/a:/usr/bin',
        exists: existing(['/usr/bin/nvidia-smi']),
      }),
    ).toBe('nvidia');
  });

  it('sees ROCm by /dev/kfd or rocm-smi on PATH', async () => {
    expect(await detectGpu({ platform: 'linux', searchPath: '', exists: existing(['/dev/kfd']) })).toBe(
      'amd',
    );
    expect(
      await detectGpu({
        platform: 'linux',
        searchPath: '/opt/rocm/bin',
        exists: existing(['/opt/rocm/bin/rocm-smi']),
      }),
    ).toBe('amd');
  });

  it('says null on CPU-only Linux and on macOS', async () => {
    expect(await detectGpu({ platform: 'linux', searchPath: '/usr/bin', exists: existing([]) })).toBeNull();
    expect(await detectGpu({ platform: 'darwin', exists: existing(['/dev/nvidiactl']) })).toBeNull();
  });
});

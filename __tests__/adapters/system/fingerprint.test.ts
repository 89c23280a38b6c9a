import { describe, expect, it } from '@jest/globals';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  collectEnvironment,
  NVIDIA_SMI_ARGS,
  parseNvidiaSmi,
  parseRocmSmi,
  ROCM_SMI_ARGS,
  runnerFingerprint,
  runProbe,
  type CommandResult,
  type RunCommand,
  type SystemInfo,
} from '../../../src/adapters/system/fingerprint.js';

const machine: SystemInfo = {
  platform: () => 'linux',
  release: () => '6.8.0-1017-azure',
  version: () => '#20-Ubuntu SMP Fri Oct  4 12:00:00 UTC 2026',
  arch: () => 'x64',
  cpus: () => Array.from({ length: 4 }, () => ({ model: 'AMD EPYC 7763 64-Core Processor   ' })),
  availableParallelism: () => 4,
  totalmem: () => 16_766_013_440,
};

/** Answers per command; a command not listed behaves as absent (spawn fails). */
function tools(answers: Record<string, CommandResult>): { run: RunCommand; calls: string[] } {
  const calls: string[] = [];
  const run: RunCommand = (command, args) => {
    calls.push([command, ...args].join(' '));
    const answer = answers[command];
    if (!answer) return Promise.reject(new Error(`spawn ${command} ENOENT`));
    return Promise.resolve(answer);
  };
  return { run, calls };
}

const NVIDIA_TWO_GPUS = 'NVIDIA GeForce RTX 4090, 24564 MiB, 550.54.14\nNVIDIA A10G, 23028 MiB, 550.54.14\n';

/** As `rocm-smi --showproductname --showmeminfo vram --showdriverversion --json` prints it (ROCm 6). */
const ROCM_JSON = JSON.stringify({
  card0: {
    'VRAM Total Memory (B)': '68702699520',
    'VRAM Total Used Memory (B)': '10960896',
    'Card Series': 'AMD Instinct MI210',
    'Card Model': '0x740f',
    'Card Vendor': 'Advanced Micro Devices, Inc. [AMD/ATI]',
    'Card SKU': 'D67301V',
    'Subsystem ID': '0x0c34',
    'Device Rev': '0x02',
    'Node ID': '2',
    GUID: '26134',
    'GFX Version': 'gfx90a',
  },
  card1: {
    'VRAM Total Memory (B)': '17163091968',
    'VRAM Total Used Memory (B)': '5368709120',
    'Card series': 'Radeon RX 6800 XT',
    'Card model': '0x744c',
    'Card vendor': 'Advanced Micro Devices, Inc. [AMD/ATI]',
    'Card SKU': 'D4120100',
  },
  system: { 'Driver version': '6.8.5' },
});

describe('collectEnvironment', () => {
  it('describes the machine, with NVIDIA GPUs, and the runner image on GitHub', async () => {
    const { run, calls } = tools({ 'nvidia-smi': { exitCode: 0, stdout: NVIDIA_TWO_GPUS } });
    const environment = await collectEnvironment({
      system: machine,
      run,
      env: {
        GITHUB_ACTIONS: 'true',
        ImageOS: 'ubuntu24',
        ImageVersion: '20261120.1.0',
        RUNNER_NAME: 'GitHub Actions 1000001',
        RUNNER_ENVIRONMENT: 'github-hosted',
      },
    });
    expect(environment).toEqual({
      os: {
        platform: 'linux',
        release: '6.8.0-1017-azure',
        version: '#20-Ubuntu SMP Fri Oct  4 12:00:00 UTC 2026',
      },
      arch: 'x64',
      cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
      memoryBytes: 16_766_013_440,
      gpus: [
        { name: 'NVIDIA GeForce RTX 4090', memory: '24564 MiB', driver: '550.54.14' },
        { name: 'NVIDIA A10G', memory: '23028 MiB', driver: '550.54.14' },
      ],
      runner: {
        imageOs: 'ubuntu24',
        imageVersion: '20261120.1.0',
        name: 'GitHub Actions 1000001',
        environment: 'github-hosted',
      },
    });
    expect(calls).toEqual([['nvidia-smi', ...NVIDIA_SMI_ARGS].join(' ')]);
  });

  it('falls back to rocm-smi when nvidia-smi is absent', async () => {
    const { run, calls } = tools({ 'rocm-smi': { exitCode: 0, stdout: ROCM_JSON } });
    const environment = await collectEnvironment({ system: machine, run, env: {} });
    expect(environment.gpus).toEqual([
      { name: 'AMD Instinct MI210', memory: '65520 MiB', driver: '6.8.5' },
      { name: 'Radeon RX 6800 XT', memory: '16368 MiB', driver: '6.8.5' },
    ]);
    expect(calls).toEqual([
      ['nvidia-smi', ...NVIDIA_SMI_ARGS].join(' '),
      ['rocm-smi', ...ROCM_SMI_ARGS].join(' '),
    ]);
  });

  it('lists no GPU, and does not throw, when no tool answers or a tool fails', async () => {
    const absent = await collectEnvironment({ system: machine, run: tools({}).run, env: {} });
    expect(absent.gpus).toEqual([]);
    const failing = tools({
      'nvidia-smi': {
        exitCode: 9,
        stdout: "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.",
      },
      'rocm-smi': { exitCode: null, stdout: '' },
    });
    expect((await collectEnvironment({ system: machine, run: failing.run, env: {} })).gpus).toEqual([]);
  });

  it('records no runner off GitHub, even when image variables are set', async () => {
    const environment = await collectEnvironment({
      system: machine,
      run: tools({}).run,
      env: { ImageOS: 'ubuntu24' },
    });
    expect(environment.runner).toBeNull();
  });

  it('keeps going when the OS cannot tell its version or CPUs', async () => {
    const environment = await collectEnvironment({
      system: {
        ...machine,
        version: () => {
          throw new Error('not supported');
        },
        cpus: () => [],
        availableParallelism: () => 2,
      },
      run: tools({}).run,
      env: {},
    });
    expect(environment.os.version).toBeNull();
    expect(environment.cpu).toEqual({ model: null, cores: 2 });
  });

  it('reads the real machine without throwing', async () => {
    const environment = await collectEnvironment();
    expect(environment.cpu.cores).toBeGreaterThan(0);
    expect(environment.memoryBytes).toBeGreaterThan(0);
    expect(Array.isArray(environment.gpus)).toBe(true);
  });
});

describe('parseNvidiaSmi', () => {
  it('reads one GPU per line and leaves out what the tool cannot tell', () => {
    expect(
      parseNvidiaSmi('Tesla T4, 15360 MiB, 535.183.01\r\nNVIDIA, Inc. Odd, [N/A], [Not Supported]\n\n'),
    ).toEqual([
      { name: 'Tesla T4', memory: '15360 MiB', driver: '535.183.01' },
      { name: 'NVIDIA, Inc. Odd', memory: null, driver: null },
    ]);
  });

  it('reads nothing from an error message', () => {
    expect(parseNvidiaSmi('No devices were found')).toEqual([]);
  });
});

describe('parseRocmSmi', () => {
  it('reads nothing from text that is not JSON, or JSON without cards', () => {
    expect(parseRocmSmi('WARNING: No AMD GPUs specified')).toEqual([]);
    expect(parseRocmSmi('{"system": {"Driver version": "6.8.5"}}')).toEqual([]);
  });

  it('reads cards in number order with a driver per card when the tool gives one', () => {
    const stdout = JSON.stringify({
      card10: { 'Card SKU': 'B', 'VRAM Total Memory (B)': 'N/A' },
      card2: { 'Card Series': 'A', 'Driver version': '6.1' },
    });
    expect(parseRocmSmi(stdout)).toEqual([
      { name: 'A', memory: null, driver: '6.1' },
      { name: 'B', memory: null, driver: null },
    ]);
  });
});

describe('runnerFingerprint', () => {
  it('reads GitHub runner variables, null for the unset ones', () => {
    expect(runnerFingerprint({ GITHUB_ACTIONS: 'true', RUNNER_ENVIRONMENT: 'self-hosted' })).toEqual({
      imageOs: null,
      imageVersion: null,
      name: null,
      environment: 'self-hosted',
    });
  });
});

describe('runProbe', () => {
  it("keeps a tool's exit code and output", async () => {
    const result = await runProbe(process.execPath, [
      '-e',
      "process.stdout.write('Tesla T4'); process.exit(3)",
    ]);
    expect(result).toEqual({ exitCode: 3, stdout: 'Tesla T4' });
  });

  it('finds a tool by its name on PATH, as the vendors install them', async () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'exbench-gpu-tools-'));
    const tool = path.join(bin, 'exbench-fake-smi');
    writeFileSync(tool, '#!/bin/sh\necho "Tesla T4, 15360 MiB, 535.54.03"\n');
    chmodSync(tool, 0o755);
    const saved = process.env['PATH'];
    process.env['PATH'] = `${bin}${path.delimiter}${saved ?? ''}`;
    try {
      expect(await runProbe('exbench-fake-smi', [])).toEqual({
        exitCode: 0,
        stdout: 'Tesla T4, 15360 MiB, 535.54.03\n',
      });
    } finally {
      process.env['PATH'] = saved;
      rmSync(bin, { recursive: true, force: true });
    }
  });

  it('gives no exit code for a tool that is not installed or hangs', async () => {
    expect((await runProbe('exbench-no-such-gpu-tool', [])).exitCode).toBeNull();
    const hung = await runProbe(process.execPath, ['-e', 'setInterval(() => undefined, 1000)'], 300);
    expect(hung.exitCode).toBeNull();
  });
});

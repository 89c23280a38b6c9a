/**
 * The machine's fingerprint runs GPU tools as processes, and starting a process blocks for a moment:
 * it is gathered while the rows run, never before the first request, and still gathered (at the end)
 * when no model's rows ever start.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import type { EnvironmentFingerprint } from '../../src/core/environment.js';
import type { Report } from '../../src/report/report-schema.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const MACHINE: EnvironmentFingerprint = {
  os: { platform: 'linux', release: '6.8.0', version: null },
  arch: 'x64',
  cpu: { model: 'Probe CPU', cores: 2 },
  memoryBytes: 2 ** 30,
  gpus: [{ name: 'Probe GPU', memory: '8 GiB', driver: '1.0' }],
  runner: null,
};

let fake: FakeOllama;
let dir: string;
beforeAll(async () => {
  fake = await startFakeOllama({
    models: [{ name: 'probe/echo:latest', reply: () => ({ response: 'hi' }) }],
  });
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-fingerprint-'));
  writeFileSync(
    path.join(dir, 'hi.yaml'),
    'benchmark_name: "Hi"\nbase_prompt: "Say {{w}}"\nevaluator: raw_string_evaluator\nprompts:\n  - dynamic_variables: { w: hi }\n    expectation: hi\n',
  );
});
afterAll(() => fake.close());

/** Runs the CLI; `probed` gets the requests the server had seen when the fingerprint started. */
async function run(model: string): Promise<{ status: number; probedAfter: string[] | null; report: Report }> {
  let probedAfter: string[] | null = null;
  const output = path.join(dir, model.replace(/\W/g, '_'));
  const status = await runCli({
    argv: ['ollama-bench', model, 'hi.yaml', '--no-pull', '--output-dir', output],
    env: { OLLAMA_HOST: fake.hostPort },
    cwd: dir,
    stdout: () => undefined,
    stderr: () => undefined,
    collectEnvironment: () => {
      probedAfter = fake.requests.map((request) => request.path);
      return Promise.resolve(MACHINE);
    },
  });
  const [file] = readdirSync(output).filter((name) => name.endsWith('.json'));
  const report = JSON.parse(readFileSync(path.join(output, file ?? 'missing'), 'utf8')) as Report;
  return { status, probedAfter, report };
}

describe('the machine fingerprint', () => {
  it('is gathered after the first requests, once the rows are about to be sent', async () => {
    const before = fake.requests.length;
    const { status, probedAfter, report } = await run('probe/echo');
    expect(status).toBe(0);
    // The server's version, the model and its warm-up were asked for first.
    const first = (probedAfter ?? []).slice(before);
    expect(first[0]).toBe('/api/version');
    expect(first).toContain('/api/show');
    expect(first).toContain('/api/generate');
    expect(report.environment?.gpus.map((gpu) => gpu.name)).toEqual(['Probe GPU']);
  });

  it('is still gathered when no model ever starts its rows', async () => {
    const { status, probedAfter, report } = await run('probe/absent');
    expect(status).not.toBe(0);
    expect(probedAfter).not.toBeNull();
    expect(report.environment?.cpu.model).toBe('Probe CPU');
  });
});

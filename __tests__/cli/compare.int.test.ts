/**
 * `exbench compare` and `exbench ollama-bench --baseline` end to end: two reports written by the
 * engine through the Ollama-compatible test server, where the same model name answers right on base
 * and wrong on head, compared by the CLI as a user would.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/run-cli.js';
import type { EnvironmentFingerprint } from '../../src/core/environment.js';
import type { Comparison } from '../../src/core/regression/compare-reports.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');

const MACHINE: EnvironmentFingerprint = {
  os: { platform: 'linux', release: '6.8.0', version: null },
  arch: 'x64',
  cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
  memoryBytes: 16 * 2 ** 30,
  gpus: [],
  runner: null,
};

let right: FakeOllama;
let wrong: FakeOllama;
let dir: string;
let basePath: string;
let headPath: string;

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

async function cli(args: string[], host: FakeOllama, cwd = dir, stdoutIsTerminal = false): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv: args,
    env: { OLLAMA_HOST: host.hostPort },
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    collectEnvironment: () => Promise.resolve(MACHINE),
    stdoutIsTerminal,
  });
  return { status, stdout, stderr };
}

/** A copy of a report with some of its fields changed, in the test's directory. */
function rewritten(file: string, name: string, change: (report: Record<string, unknown>) => void): string {
  const report = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  change(report);
  const copy = path.join(dir, name);
  writeFileSync(copy, JSON.stringify(report));
  return copy;
}

function renameModels(report: Record<string, unknown>, name: string): void {
  for (const model of report['models'] as Record<string, unknown>[]) model['model'] = name;
}

/** Runs exbench/right on `host` into a fresh directory and returns the report's path. */
async function benchInto(host: FakeOllama, name: string): Promise<string> {
  const outputDir = path.join(dir, name);
  const run = await cli(['ollama-bench', 'exbench/right', SIMPLE_MATH, '--output-dir', outputDir], host);
  expect(run.status).toBe(0);
  const [file] = readdirSync(outputDir).filter((f) => f.endsWith('.json'));
  return path.join(outputDir, file ?? 'missing');
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-compare-'));
  const models = mathModels();
  const answersWrong = models.find((m) => m.name === 'exbench/wrong:latest');
  if (!answersWrong) throw new Error('exbench/wrong is missing from the scripted models');
  right = await startFakeOllama({ models });
  // Same name (and so the same digest) on head, but it now answers wrong: a silent regression.
  wrong = await startFakeOllama({ models: [{ ...answersWrong, name: 'exbench/right:latest' }] });
  basePath = await benchInto(right, 'base');
  headPath = await benchInto(wrong, 'head');
}, 60_000);
afterAll(async () => {
  await right.close();
  await wrong.close();
});

describe('exbench compare', () => {
  it('exits 1 on a regression, naming the model, with the table on stdout', async () => {
    const run = await cli(['compare', basePath, headPath], right);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('🔴 **Regression against the baseline**');
    expect(run.stdout).toMatch(/\| `exbench\/right` \| 100\.0% → 0\.0% \(−100\.0 pts, p = <0\.001\) 🔴 \|/);
    expect(run.stdout).toContain(`Baseline: ${basePath}`);
    expect(run.stderr).toContain(`error: regression against ${basePath}:`);
    expect(run.stderr).toContain('exbench/right: accuracy 100.0% → 0.0% (10 row(s) worse, 0 better');
  });

  it('exits 0 when head repeats base', async () => {
    const run = await cli(['compare', basePath, basePath], right);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('🟢 **No regression against the baseline.**');
  });

  it('prints the comparison as JSON with --json, judged with the thresholds given', async () => {
    const run = await cli(
      [
        'compare',
        basePath,
        headPath,
        '--json',
        '--alpha',
        '0.01',
        '--min-accuracy-drop',
        '0.2',
        '--seed',
        '7',
      ],
      right,
    );
    expect(run.status).toBe(1);
    const comparison = JSON.parse(run.stdout) as Comparison;
    expect(comparison.regressed).toBe(true);
    expect(comparison.options).toMatchObject({ alpha: 0.01, minAccuracyDrop: 0.2, seed: 7 });
    expect(comparison.environment.speedComparable).toBe(true);
    expect(comparison.models[0]).toMatchObject({ model: 'exbench/right', verdict: 'regressed' });
    expect(comparison.models[0]?.flipped).toHaveLength(10);
  });

  it('exits 2 naming the file and the bad field for a file that is not a report, or none', async () => {
    const broken = path.join(dir, 'broken.json');
    const report = JSON.parse(readFileSync(headPath, 'utf8')) as { models: { results: unknown[] }[] };
    writeFileSync(broken, JSON.stringify({ ...report, models: [{ ...report.models[0], results: 'none' }] }));
    const bad = await cli(['compare', basePath, broken], right);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^error: .*broken\.json: not an exbench report \(models\[0\]\.results: /);

    const benchmark = path.join(dir, 'bench.yaml');
    writeFileSync(benchmark, 'benchmark_name: "Math"\n');
    const yaml = await cli(['compare', benchmark, headPath], right);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toMatch(
      /^error: .*bench\.yaml: not an exbench report: a report is the JSON file exbench ollama-bench writes, and this is not JSON/,
    );

    const missing = await cli(['compare', 'nope.json', headPath], right);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^error: nope\.json: .*ENOENT: no such file/);

    const usage = await cli(['compare', basePath], right);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('compare takes exactly two reports');
  });

  it.each(['exbench/right:latest', 'ollama~exbench/right', 'ollama~EXBENCH/right:latest'])(
    'pairs the model spelled %s on head with exbench/right on base, and exits 1 on its regression',
    async (spelling) => {
      const head = rewritten(headPath, 'respelled.json', (report) => renameModels(report, spelling));
      const run = await cli(['compare', basePath, head], right);
      expect(run.status).toBe(1);
      expect(run.stdout).not.toContain('added');
      expect(run.stdout).not.toContain('removed');
      expect(run.stderr).toContain(`${spelling}: accuracy 100.0% → 0.0%`);
    },
  );

  it('exits 2 naming both benchmarks when the reports are of different benchmarks', async () => {
    const other = rewritten(headPath, 'other.json', (report) => (report['benchmark_name'] = 'Strings'));
    const run = await cli(['compare', basePath, other], right);
    expect(run.status).toBe(2);
    // A comparison that proves nothing is refused, not shown as a table of removed and added models.
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      `error: cannot compare ${basePath} (base) and ${other} (head): the reports are of different benchmarks: base "Simple Math", head "Strings"`,
    );
  });

  it('exits 2 when the head report has no models', async () => {
    const empty = rewritten(headPath, 'empty.json', (report) => (report['models'] = []));
    const run = await cli(['compare', basePath, empty], right);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the head report has no models');
  });

  it('prints a plain aligned table on a terminal, and markdown with --format markdown', async () => {
    const plain = await cli(['compare', basePath, headPath], right, dir, true);
    expect(plain.status).toBe(1);
    expect(plain.stdout).not.toContain('|');
    const lines = plain.stdout.split('\n');
    const header = lines.find((line) => line.startsWith('Model'));
    const row = lines.find((line) => line.startsWith('exbench/right'));
    expect(header).toMatch(/^Model\s+Accuracy \(base → head\)\s+Decode tok\/s\s+TTFT ms\s+Verdict$/);
    expect(row).toMatch(/^exbench\/right\s+100\.0% → 0\.0% \(−100\.0 pts, p = <0\.001\)\s+.*REGRESSED$/);
    // Aligned: every column starts where its title does.
    expect(row?.indexOf('100.0%')).toBe(header?.indexOf('Accuracy'));
    expect(row?.indexOf('REGRESSED')).toBe(header?.indexOf('Verdict'));

    const markdown = await cli(['compare', basePath, headPath, '--format', 'markdown'], right, dir, true);
    expect(markdown.stdout).toContain('🔴 **Regression against the baseline**');
  });
});

describe('exbench ollama-bench --baseline', () => {
  it('compares the new report with the baseline after the run and exits 1 on a regression', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-baseline-'));
    const run = await cli(['ollama-bench', 'exbench/right', SIMPLE_MATH, '--baseline', basePath], wrong, cwd);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/exbench\/right\s+0\.0%/);
    expect(run.stdout).toContain('🔴 **Regression against the baseline**');
    expect(run.stderr).toContain('exbench/right: accuracy 100.0% → 0.0%');
    // The report is written first, whatever the comparison says, and carries the machine.
    const [file] = readdirSync(path.join(cwd, 'reports')).filter((f) => f.endsWith('.json'));
    const report = JSON.parse(readFileSync(path.join(cwd, 'reports', file ?? ''), 'utf8')) as {
      environment: unknown;
    };
    expect(report.environment).toMatchObject({ arch: 'x64', cpu: { cores: 4 }, runner: null });
  });

  it('exits 0 when the run holds up against the baseline', async () => {
    // Speed is measured on a shared machine here: only accuracy is to hold up, so no slowdown short
    // of 100x is judged a regression.
    const run = await cli(
      ['ollama-bench', 'exbench/right', SIMPLE_MATH, '--baseline', basePath, '--max-slowdown', '100'],
      right,
    );
    expect(run.stderr).not.toContain('error:');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('🟢 **No regression against the baseline.**');
  });

  it('pairs a model named llama-style without its tag with the baseline that spelled the tag', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-baseline-'));
    const run = await cli(
      ['ollama-bench', 'exbench/right:latest', SIMPLE_MATH, '--baseline', basePath],
      wrong,
      cwd,
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('exbench/right:latest: accuracy 100.0% → 0.0%');
  });

  it('exits 2 before running when the baseline cannot be read', async () => {
    const run = await cli(['ollama-bench', 'exbench/right', SIMPLE_MATH, '--baseline', 'nope.json'], right);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^error: nope\.json: /);
    expect(run.stdout).toBe('');
  });
});

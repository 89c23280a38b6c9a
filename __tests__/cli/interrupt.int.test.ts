/**
 * Stopping a run: Ctrl-C (SIGINT) or a cancelled CI job (SIGTERM) while snippets run must kill them,
 * write the report so far with the rows not run marked as such, say where it is, and exit 130/143.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findExecutable } from '../../src/adapters/sandbox/locate-interpreters.js';
import type { Report as JsonReport } from '../../src/report/report-schema.js';
import { startCli } from '../support/cli-process.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { processesMarked, survivorsAfter } from '../support/survivors.js';

const MARK = `exbench-interrupt-${process.pid}`;
const SLEEPER = [
  '```python',
  'import os, sys',
  `os.execv(sys.executable, [sys.executable, "-c", "import time; time.sleep(60)", "${MARK}"])`,
  '```',
].join('\n');
const ROWS = 6;
const BENCHMARK = [
  "benchmark_name: 'Sleepy'",
  "purpose: 'rows whose code runs until stopped'",
  "base_prompt: 'Row {{n}}'",
  "evaluator: 'execute_python_code_with_string_output'",
  'prompts:',
  ...Array.from({ length: ROWS }, (_, n) => `  - dynamic_variables: {n: '${n}'}\n    expectation: 'x'`),
].join('\n');

let fake: FakeOllama;
beforeAll(async () => {
  fake = await startFakeOllama({
    models: [
      { name: 'probe/sleeper:latest', reply: () => ({ response: SLEEPER }) },
      { name: 'probe/slow-echo:latest', reply: (prompt) => ({ response: prompt, firstChunkDelayMs: 300 }) },
    ],
  });
});
afterAll(() => fake.close());

const tier = (await findExecutable('bwrap')) !== null ? 'namespace' : 'process';

async function interruptRun(signal: 'SIGINT' | 'SIGTERM') {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-interrupt-'));
  writeFileSync(path.join(cwd, 'bench.yaml'), BENCHMARK);
  const cli = startCli(
    [
      'ollama-bench',
      'probe/sleeper',
      'bench.yaml',
      '--sandbox',
      tier,
      '--timeout',
      '60',
      '--code-concurrency',
      '2',
    ],
    { cwd, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, OLLAMA_HOST: fake.hostPort } },
  );
  // Wait until snippets are running, then interrupt.
  const until = Date.now() + 60_000;
  while ((await processesMarked(MARK)).length < 2 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  cli.child.kill(signal);
  const exit = await cli.exited;
  const dir = path.join(cwd, 'reports');
  const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.json')) : undefined;
  const report =
    file === undefined ? null : (JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as JsonReport);
  return { exit, report, file };
}

describe(`interrupting a run (${tier} tier)`, () => {
  const cases: ['SIGINT' | 'SIGTERM', number][] = [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ];
  it.each(cases)(
    'on %s kills the snippets, writes the partial report with rows not run, and exits %d',
    async (signal, status) => {
      const { exit, report, file } = await interruptRun(signal);
      expect(exit.status).toBe(status);
      expect(exit.stdout).toContain(`Report: ${path.join('reports', file ?? '?')}`);
      expect(exit.stderr).toContain(`interrupted by ${signal}`);
      expect(report?.status).toBe('interrupted');
      const model = report?.models[0];
      expect(model?.status).toBe('interrupted');
      expect(model?.not_run_count).toBe(ROWS);
      expect(model?.results.every((row) => row.status === 'not_run')).toBe(true);
      // Not run is counted apart: nothing failed, nothing is incorrect.
      expect(model?.failed_count).toBe(0);
      expect(model?.incorrect_count).toBe(0);
      expect(report?.overall_not_run_count).toBe(ROWS);
      expect(await survivorsAfter(MARK, 1500)).toEqual([]);
    },
    120_000,
  );
});

describe('interrupting a run whose evaluator runs no code', () => {
  it('keeps the rows answered before Ctrl-C in the report (each is judged as it comes)', async () => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-interrupt-'));
    writeFileSync(
      path.join(cwd, 'echo.yaml'),
      [
        "benchmark_name: 'Echo'",
        "purpose: 'answers judged without running code'",
        "base_prompt: 'w{{n}}'",
        "evaluator: 'raw_string_evaluator'",
        'prompts:',
        ...Array.from(
          { length: ROWS },
          (_, n) => `  - dynamic_variables: {n: '${n}'}\n    expectation: 'w${n}'`,
        ),
      ].join('\n'),
    );
    const generated = (): number => fake.requests.filter((r) => r.path === '/api/generate').length;
    const before = generated();
    const cli = startCli(['ollama-bench', 'probe/slow-echo', 'echo.yaml'], {
      cwd,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: cwd, OLLAMA_HOST: fake.hostPort },
    });
    // The warm-up and two rows answered, the third asked for.
    const until = Date.now() + 60_000;
    while (generated() - before < 4 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    cli.child.kill('SIGINT');
    const exit = await cli.exited;
    expect(exit.status).toBe(130);
    const dir = path.join(cwd, 'reports');
    const file = readdirSync(dir).find((f) => f.endsWith('.json')) ?? '?';
    const report = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as JsonReport;
    const statuses = report.models[0]?.results.map((row) => row.status) ?? [];
    expect(statuses.filter((status) => status === 'passed').length).toBeGreaterThanOrEqual(2);
    expect(statuses.every((status) => status === 'passed' || status === 'not_run')).toBe(true);
    expect(statuses).toHaveLength(ROWS);
  }, 120_000);
});

/**
 * The journal end to end: the CLI against the project's Ollama-compatible server appends each
 * finished result to `<report>.jsonl` beside the report, keyed by target (model and variant),
 * repeat and row index.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCliIn } from '../support/cli-run.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const ROWS = 3;
let fake: FakeOllama;
let benchmarkPath: string;

beforeAll(async () => {
  fake = await startFakeOllama({
    models: [{ name: 'probe/echo:latest', reply: (prompt) => ({ response: prompt.replace(/^Say /, '') }) }],
  });
  benchmarkPath = path.join(mkdtempSync(path.join(tmpdir(), 'exbench-journal-')), 'echo.yaml');
  writeFileSync(
    benchmarkPath,
    [
      'benchmark_name: "Echo"',
      'base_prompt: "Say {{word}}"',
      'evaluator: "raw_string_evaluator"',
      'prompts:',
      ...Array.from(
        { length: ROWS },
        (_, n) => `  - dynamic_variables: { word: "w${n}" }\n    expectation: "w${n}"`,
      ),
    ].join('\n'),
  );
});
afterAll(() => fake.close());

interface Line {
  kind: string;
  target?: string;
  row?: { index: number; repeat?: number; status: string };
}

describe('the run journal', () => {
  it('holds one line per result beside the report, keyed by target, repeat and row index', async () => {
    const run = await runCliIn(fake.hostPort, [
      'ollama-bench',
      'probe/echo',
      benchmarkPath,
      '--temperature',
      '0,1',
      '--repeat',
      '2',
      '--sandbox',
      'process',
    ]);
    expect(run.status).toBe(0);
    const reportPath = run.reportPath ?? '';
    const lines = readFileSync(reportPath.replace(/\.json$/, '.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines[0]?.kind).toBe('header');
    const results = lines.filter((line) => line.kind === 'result');
    const keys = results.map((line) => `${line.target} #${line.row?.repeat} row ${line.row?.index}`);
    // A target's key is its model's full id and its variant; rows count from 1.
    const targets = ['ollama~probe/echo:latest @ temperature=0', 'ollama~probe/echo:latest @ temperature=1'];
    const expected = targets.flatMap((target) =>
      [1, 2].flatMap((repeat) => [1, 2, 3].map((index) => `${target} #${repeat} row ${index}`)),
    );
    expect([...keys].sort()).toEqual([...expected].sort());
    expect(results.every((line) => line.row?.status === 'passed')).toBe(true);
    expect(lines.filter((line) => line.kind === 'model').map((line) => line.target)).toEqual(targets);
  });

  it('is not left behind by a run that fails before its first result', async () => {
    // A port nothing listens on: taken, then let go.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const run = await runCliIn(`127.0.0.1:${port}`, ['ollama-bench', 'probe/echo', benchmarkPath]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('cannot reach Ollama');
    const reports = path.join(run.cwd, 'reports');
    expect(existsSync(reports) ? readdirSync(reports) : []).toEqual([]);
  });
});

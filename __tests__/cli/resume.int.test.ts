/**
 * The journal and --resume, end to end: the CLI killed with SIGKILL mid-run (no chance to write a
 * report or flush anything), then run again with --resume, must write the report an uninterrupted
 * run writes, timings aside, asking the server only for the results the journal did not hold.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Report } from '../../src/report/report-schema.js';
import { startCli, type CliExit } from '../support/cli-process.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';

const ROWS = 12;
const REPEATS = 2;
const BENCHMARK = [
  "benchmark_name: 'Echo'",
  "purpose: 'rows answered slowly enough to be killed mid-run'",
  "base_prompt: 'Say {{word}}'",
  "evaluator: 'raw_string_evaluator'",
  'prompts:',
  ...Array.from(
    { length: ROWS },
    (_, n) => `  - dynamic_variables: {word: 'w${n}'}\n    expectation: 'w${n}'`,
  ),
].join('\n');
const MODELS = ['probe/echo', 'probe/odd'];

/** Rows whose answers are Python, judged by running it: their code runs after the model's last answer. */
const CODE_ROWS = 6;
const CODE_BENCHMARK = [
  "benchmark_name: 'Sums'",
  "base_prompt: 'Add {{n}} and 1'",
  "evaluator: 'execute_python_code_with_num_output'",
  'prompts:',
  ...Array.from(
    { length: CODE_ROWS },
    (_, n) => `  - dynamic_variables: {n: ${n}}\n    expectation: ${n + 1}`,
  ),
].join('\n');
/** How a result of the second model starts in the journal. */
const ODD_RESULT = '{"kind":"result","target":"ollama~probe/odd:latest"';

let fake: FakeOllama;
/**
 * While set, the second model answers slowly once it has answered this many requests, so the kill
 * lands mid-run however loaded the machine is (a fast run could otherwise finish before the kill).
 */
let slowAfter: number | null = null;
let oddCalls = 0;
let coderCalls = 0;
beforeAll(async () => {
  const word = (prompt: string): string => prompt.replace(/^Say /, '');
  fake = await startFakeOllama({
    models: [
      { name: 'probe/echo:latest', reply: (prompt) => ({ response: word(prompt), firstChunkDelayMs: 100 }) },
      // Answers in Python; past `slowAfter` answers it stalls, so a kill lands before any code ran.
      {
        name: 'probe/coder:latest',
        reply: (prompt) => {
          coderCalls += 1;
          const n = /Add (\d+)/.exec(prompt)?.[1] ?? '0';
          return {
            response: `\`\`\`python\nprint(${n} + 1)\n\`\`\``,
            firstChunkDelayMs: slowAfter !== null && coderCalls > slowAfter ? 60_000 : 20,
          };
        },
      },
      // Fails the odd rows, so the report holds failed rows as well as passed ones.
      {
        name: 'probe/odd:latest',
        reply: (prompt) => {
          oddCalls += 1;
          return {
            response: Number(word(prompt).slice(1)) % 2 === 1 ? 'nope' : word(prompt),
            firstChunkDelayMs: slowAfter !== null && oddCalls > slowAfter ? 5_000 : 100,
          };
        },
      },
    ],
  });
});
afterAll(() => fake.close());

const env = (cwd: string) => ({
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: cwd,
  OLLAMA_HOST: fake.hostPort,
});

function workspace(): string {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-resume-'));
  writeFileSync(path.join(cwd, 'bench.yaml'), BENCHMARK);
  return cwd;
}

function run(cwd: string, extra: string[] = []) {
  const args = ['ollama-bench', ...MODELS, 'bench.yaml', '--sandbox', 'process', '--repeat', String(REPEATS)];
  return startCli([...args, ...extra], {
    cwd,
    env: env(cwd),
  });
}

const filesIn = (cwd: string, ending: string): string[] =>
  readdirSync(path.join(cwd, 'reports')).filter((file) => file.endsWith(ending));

function readReport(cwd: string): Report {
  const [file] = filesIn(cwd, '.json');
  return JSON.parse(readFileSync(path.join(cwd, 'reports', file ?? 'missing'), 'utf8')) as Report;
}

/** The report without what a clock or the machine decides. */
function withoutTimings(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTimings);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(
        ([key]) => !/(_ms|_at|per_second|_duration)$/.test(key) && !['warmup', 'environment'].includes(key),
      )
      .map(([key, item]) => [key, withoutTimings(item)]),
  );
}

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const generations = () => fake.requests.filter((request) => request.path === '/api/generate').length;

describe('a run killed with SIGKILL and resumed', () => {
  it('writes the report an uninterrupted run writes, asking only for the rows not journaled', async () => {
    const whole = workspace();
    const uninterrupted: CliExit = await run(whole).exited;
    expect(uninterrupted.status).toBe(0);

    const cwd = workspace();
    oddCalls = 0;
    slowAfter = 8;
    const killed = run(cwd);
    const journalLines = (): string[] => {
      try {
        const [journal] = filesIn(cwd, '.jsonl');
        return journal === undefined
          ? []
          : readFileSync(path.join(cwd, 'reports', journal), 'utf8').split('\n');
      } catch {
        return [];
      }
    };
    // Killed once the first model is done and the second is part way.
    await until(
      () => journalLines().filter((line) => line.includes(ODD_RESULT)).length >= 5,
      'rows journaled',
    );
    killed.child.kill('SIGKILL');
    slowAfter = null;
    expect((await killed.exited).signal).toBe('SIGKILL');
    expect(filesIn(cwd, '.json')).toEqual([]);
    const [journal] = filesIn(cwd, '.jsonl');
    // What a crash mid-write leaves: a torn last line, which the resume must pass over.
    appendFileSync(path.join(cwd, 'reports', journal ?? 'missing'), `${ODD_RESULT},"ro`);
    const journaled = journalLines().filter((line) => line.startsWith('{"kind":"result"')).length - 1;
    // The kill landed mid-run: some results were left to ask for.
    expect(journaled).toBeLessThan(2 * ROWS * REPEATS);

    // Each model not finished before is warmed up again. (Under load the kill can land late,
    // after the second model finished: then none is.)
    const unfinishedModels =
      MODELS.length - journalLines().filter((line) => line.startsWith('{"kind":"model"')).length;
    const before = generations();
    const resumed = await run(cwd, ['--resume', path.join('reports', journal ?? 'missing')]).exited;
    expect(resumed.stderr).not.toContain('error:');
    expect(resumed.status).toBe(0);
    // Only results not journaled are asked for.
    expect(generations() - before).toBe(2 * ROWS * REPEATS - journaled + unfinishedModels);
    expect(filesIn(cwd, '.json')).toEqual([`${path.basename(journal ?? '', '.jsonl')}.json`]);

    const report = readReport(cwd);
    expect(report.status).toBe('completed');
    expect(report.models.map((model) => [model.model, model.passed_count, model.failed_count])).toEqual([
      ['probe/echo', ROWS * REPEATS, 0],
      ['probe/odd', (ROWS * REPEATS) / 2, (ROWS * REPEATS) / 2],
    ]);
    expect(withoutTimings(report)).toEqual(withoutTimings(readReport(whole)));
  }, 180_000);

  it('does not ask again for answers whose code had not run yet', async () => {
    const cwd = workspace();
    writeFileSync(path.join(cwd, 'sums.yaml'), CODE_BENCHMARK);
    const sums = (extra: string[] = []) =>
      startCli(['ollama-bench', 'probe/coder', 'sums.yaml', '--sandbox', 'process', ...extra], {
        cwd,
        env: env(cwd),
      });
    coderCalls = 0;
    slowAfter = 1 + 4; // the warm-up and four answers
    const killed = sums();
    const answers = (): number => {
      try {
        const [journal] = filesIn(cwd, '.jsonl');
        const text = readFileSync(path.join(cwd, 'reports', journal ?? 'missing'), 'utf8');
        return text.split('\n').filter((line) => line.startsWith('{"kind":"answer"')).length;
      } catch {
        return 0; // no journal yet
      }
    };
    await until(() => answers() >= 4, 'answers journaled');
    killed.child.kill('SIGKILL');
    slowAfter = null;
    await killed.exited;
    const [journal] = filesIn(cwd, '.jsonl');
    // No code ran before the kill: only the answers were kept.
    expect(readFileSync(path.join(cwd, 'reports', journal ?? 'missing'), 'utf8')).not.toContain(
      '"kind":"result"',
    );

    const before = generations();
    const resumed = await sums(['--resume', path.join('reports', journal ?? 'missing')]).exited;
    expect(resumed.status).toBe(0);
    // The warm-up and the two rows never answered; the four answers kept are judged as they were.
    expect(generations() - before).toBe(1 + CODE_ROWS - 4);
    const report = readReport(cwd);
    expect(report.models[0]?.passed_count).toBe(CODE_ROWS);
  }, 120_000);

  it('refuses to resume when the benchmark changed, saying so', async () => {
    const cwd = workspace();
    expect((await run(cwd).exited).status).toBe(0);
    const [journal] = filesIn(cwd, '.jsonl');
    writeFileSync(path.join(cwd, 'bench.yaml'), BENCHMARK.replace("expectation: 'w3'", "expectation: 'w33'"));
    const refused = await run(cwd, ['--resume', path.join('reports', filesIn(cwd, '.json')[0] ?? 'missing')])
      .exited;
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      `${journal ?? '?'}: cannot resume: the benchmark changed since the journal was started`,
    );
  }, 120_000);

  it('refuses to resume with other options, naming them', async () => {
    const cwd = workspace();
    expect((await run(cwd).exited).status).toBe(0);
    const [journal] = filesIn(cwd, '.jsonl');
    const refused = await run(cwd, [
      '--resume',
      path.join('reports', journal ?? 'missing'),
      '--temperature',
      '0.7',
    ]).exited;
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      'cannot resume: the options differ (journal {}, now {"temperature":0.7}); give the same options',
    );
  }, 120_000);
});

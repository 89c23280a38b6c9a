/**
 * `--log-format json` end to end: the CLI against the project's Ollama-compatible server, every
 * stderr line parsed as JSON the way a log collector would.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli/run-cli.js';
import { writeSayBenchmark } from '../support/say-benchmark.js';
import { startFakeOllama, type FakeOllama, type ScriptedReply } from '../support/fake-ollama.js';

const MODEL = 'json/echo';
const SECRET = 'hunter2-very-secret';
/** Server text that would colour, retitle or forge lines on a terminal, and leaks the secret. */
const HOSTILE_ERROR = `bad \u001b]0;pwned\u0007\u009b31m \u202eevil leaked ${SECRET}\n{"level":"info"}`;

let fake: FakeOllama | null = null;
afterEach(async () => {
  await fake?.close().catch(() => undefined);
  fake = null;
});

/** Says the word back; the word `hostile` gets a 400 whose error is HOSTILE_ERROR. */
function reply(prompt: string): ScriptedReply {
  const word = /say: (\S+)/.exec(prompt)?.[1] ?? '';
  return word === 'hostile'
    ? { response: word, fail: { status: 400, error: HOSTILE_ERROR } }
    : { response: word };
}

interface JsonEvent {
  time: string;
  level: string;
  event: string;
  message: string;
  model?: string;
  row?: number;
  [field: string]: unknown;
}

async function cli(words: readonly string[], flags: string[]) {
  fake = await startFakeOllama({ models: [{ name: `${MODEL}:latest`, reply: (prompt) => reply(prompt) }] });
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-jsonlogs-'));
  const file = writeSayBenchmark(cwd, words);
  let stdout = '';
  let stderr = '';
  const status = await runCli({
    argv: ['ollama-bench', '--host', fake.url, '--retries', '1', '--no-warmup', ...flags, MODEL, file],
    env: { EXBENCH_TEST_TOKEN: SECRET },
    cwd,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

/** Every line of stderr as a JSON object; throws on any line that is not one. */
function events(stderr: string): JsonEvent[] {
  return stderr
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const parsed = JSON.parse(line) as JsonEvent;
      expect(parsed).toEqual(
        expect.objectContaining({ level: expect.any(String), event: expect.any(String) }),
      );
      expect(new Date(parsed.time).toISOString()).toBe(parsed.time);
      return parsed;
    });
}

describe('exbench ollama-bench --log-format json', () => {
  it('writes every log event as one JSON line on stderr, with the plan, each model and each row', async () => {
    const run = await cli(['alpha', 'beta'], ['--log-format', 'json']);
    expect(run.status).toBe(0);
    const logged = events(run.stderr);
    const names = logged.map((e) => e.event);
    expect(names).toEqual(
      expect.arrayContaining(['server_version', 'plan', 'model_started', 'model_finished', 'report_written']),
    );
    expect(names.indexOf('plan')).toBeLessThan(names.indexOf('model_started'));
    expect(logged.find((e) => e.event === 'plan')).toMatchObject({
      level: 'info',
      models: 1,
      rows: 2,
      repeat: 1,
    });
    const rowEvents = logged.filter((e) => e.event === 'row_finished');
    expect(rowEvents.map((e) => [e.model, e.row, e.status, e.correct])).toEqual([
      [MODEL, 1, 'passed', true],
      [MODEL, 2, 'passed', true],
    ]);
    expect(logged.find((e) => e.event === 'model_finished')).toMatchObject({
      model: MODEL,
      status: 'completed',
      passed: 2,
      results: 2,
    });
    expect(logged.find((e) => e.event === 'report_written')?.path).toMatch(/^reports[/\\]Say_.*\.json$/);
    // The results table stays on stdout for people.
    expect(run.stdout).toContain('Report: reports');
  });

  it('keeps hostile server text inside the JSON string, secret redacted and no raw control character', async () => {
    const run = await cli(['hostile'], ['--log-format=json']);
    expect(run.stderr).not.toContain(SECRET);
    // eslint-disable-next-line no-control-regex -- the point is that none reaches the terminal
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    const rowError = events(run.stderr).find((e) => e.event === 'row_error');
    expect(rowError).toMatchObject({ level: 'warning', model: MODEL, row: 1 });
    // Decoded, the message is the server's text as it was, bar the secret: escaping lost nothing.
    expect(rowError?.message).toContain(
      '\u001b]0;pwned\u0007\u009b31m \u202eevil leaked ***\n{"level":"info"}',
    );
  });

  it('writes a bad argument as one JSON error event and exits 2', async () => {
    const run = await cli(['alpha'], ['--log-format', 'json', '--repeat', 'lots']);
    expect(run.status).toBe(2);
    const logged = events(run.stderr);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 'error', event: 'cli_error' });
    expect(logged[0]?.message).toContain('--repeat');
  });

  it('refuses a log format it does not know, naming the choices', async () => {
    const run = await cli(['alpha'], ['--log-format', 'xml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--log-format "xml": expected one of text, json');
  });

  it('keeps the human console output by default', async () => {
    const run = await cli(['alpha'], []);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Plan: ');
    expect(run.stderr).not.toContain('"event"');
  });
});

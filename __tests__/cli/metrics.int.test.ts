/**
 * --metrics-port end to end: exbench in-process against the project's Ollama-compatible server,
 * its /metrics scraped while the run goes and read with an independent Prometheus text parser
 * (parse-prometheus-text-format), its counts held against the report the run writes.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { runCli } from '../../src/cli/run-cli.js';
import { WARMUP_PROMPT } from '../../src/core/run-benchmark.js';
import type { Report } from '../../src/report/report-schema.js';
import { startFakeOllama, type FakeOllama, type ScriptedReply } from '../support/fake-ollama.js';

const MEASURED = 'metrics/echo';
/** Its warm-up answers slowly, so the run is still going when the measured model's rows are all done. */
const HOLDER = 'metrics/holder';
const HOLD_MS = 3_000;
const WORDS = ['a', 'b', 'wrong', 'c', 'broken', 'refused', 'd'];

let fake: FakeOllama | null = null;
let blocker: Server | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  blocker = null;
});

/** Says the word back, but for `wrong` (a wrong answer), `broken` (a server fault) and `refused` (a 400). */
function echo(prompt: string): ScriptedReply {
  const word = /say: (\S+)/.exec(prompt)?.[1] ?? '';
  if (word === 'wrong') return { response: 'nope', chunkDelayMs: 20 };
  if (word === 'broken')
    return { response: '', fail: { status: 500, error: 'llama runner process has terminated' } };
  if (word === 'refused') return { response: '', fail: { status: 400, error: 'invalid options' } };
  return { response: word, chunkDelayMs: 20, tokensPerSecond: 40 };
}

async function serve(): Promise<FakeOllama> {
  fake = await startFakeOllama({
    models: [
      { name: `${MEASURED}:latest`, reply: echo },
      {
        name: `${HOLDER}:latest`,
        reply: (prompt) =>
          prompt === WARMUP_PROMPT ? { response: 'ready', firstChunkDelayMs: HOLD_MS } : echo(prompt),
      },
    ],
  });
  return fake;
}

interface Started {
  /** The metrics address exbench logged, once it has. */
  metricsUrl: Promise<string>;
  done: Promise<{ status: number; stderr: string; report: Report | null }>;
}

function startCli(server: FakeOllama, flags: string[], models = [MEASURED, HOLDER]): Started {
  const cwd = mkdtempSync(path.join(tmpdir(), 'exbench-metrics-'));
  const file = path.join(cwd, 'say.yaml');
  const rows = WORDS.map((w) => `  - dynamic_variables: { word: "${w}" }\n    expectation: "${w}"`).join(
    '\n',
  );
  writeFileSync(
    file,
    `benchmark_name: Say\nbase_prompt: "say: {{word}}"\nevaluator: raw_string_evaluator\nprompts:\n${rows}\n`,
  );
  let stderr = '';
  let found: (url: string) => void = () => undefined;
  const metricsUrl = new Promise<string>((resolve) => (found = resolve));
  const done = runCli({
    argv: ['ollama-bench', '--host', server.url, '--retries', '1', ...flags, ...models, file],
    env: {},
    cwd,
    stdout: () => undefined,
    stderr: (text) => {
      stderr += text;
      const url = /metrics: (http:\/\/\S+)\/metrics and/.exec(stderr)?.[1];
      if (url !== undefined) found(url);
    },
  }).then((status) => {
    const dir = path.join(cwd, 'reports');
    const [name] = (() => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    })();
    const report = name ? (JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Report) : null;
    return { status, stderr, report };
  });
  return { metricsUrl, done };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Scrapes until `ready` holds for the parsed families, at most 10 s. */
async function scrapeUntil(url: string, ready: (families: Families) => boolean): Promise<Families> {
  for (let tries = 0; tries < 200; tries += 1) {
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const families = parsePrometheusTextFormat(await response.text());
    if (ready(families)) return families;
    await sleep(50);
  }
  throw new Error('the metrics never got there');
}

type Families = ReturnType<typeof parsePrometheusTextFormat>;

function samples(families: Families, name: string, labels: Record<string, string>) {
  const family = families.find((f) => f.name === name);
  return (family?.metrics ?? []).filter((sample) =>
    Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
  );
}

const gauge = (families: Families, name: string, model: string): number =>
  Number(samples(families, name, { model })[0]?.value ?? NaN);

describe('exbench ollama-bench --metrics-port', () => {
  it('serves counts during the run that equal the report, server faults labelled apart, and closes at the end', async () => {
    const server = await serve();
    const { metricsUrl, done } = startCli(server, ['--metrics-port', '0']);
    const url = await metricsUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

    // While the holder warms up, the measured model is finished but the run is not.
    const families = await scrapeUntil(url, (f) => gauge(f, 'exbench_rows_done', MEASURED) === WORDS.length);
    expect(gauge(families, 'exbench_rows_total', MEASURED)).toBe(WORDS.length);
    expect(
      samples(families, 'exbench_run_info', { benchmark: 'Say', request_concurrency: '1' }),
    ).toHaveLength(1);
    const counted = Object.fromEntries(
      samples(families, 'exbench_rows_finished_total', { model: MEASURED }).map((sample) => [
        `${sample.labels?.status}/${sample.labels?.error_kind}`,
        Number(sample.value),
      ]),
    );
    const json = (await (await fetch(`${url}/metrics.json`)).json()) as {
      name: string;
      values: { labels: Record<string, string>; metricName?: string; value: number }[];
    }[];
    const histogramCount = (name: string): number =>
      json
        .find((metric) => metric.name === name)
        ?.values.find((v) => v.metricName === `${name}_count` && v.labels.model === MEASURED)?.value ?? NaN;

    const { status, report } = await done;
    expect(status).toBe(0);
    const model = report?.models.find((m) => m.model === MEASURED);
    const fromReport: Record<string, number> = {};
    for (const result of model?.results ?? []) {
      const key = `${result.status}/${result.error_kind ?? 'none'}`;
      fromReport[key] = (fromReport[key] ?? 0) + 1;
    }
    expect(counted).toEqual(fromReport);
    expect(counted).toEqual({
      'passed/none': 4,
      'failed/none': 1,
      'errored/server': 1,
      'errored/request': 1,
    });
    expect(histogramCount('exbench_time_to_first_token_seconds')).toBe(model?.time_to_first_token_ms.n);
    expect(histogramCount('exbench_decode_tokens_per_second')).toBe(model?.decode_tokens_per_second.n);
    expect(model?.decode_tokens_per_second.n).toBe(5);

    await expect(fetch(`${url}/metrics`)).rejects.toThrow();
  }, 30_000);

  it('refuses a port in use, naming it, before any request to the server', async () => {
    const server = await serve();
    blocker = createServer();
    const port = await new Promise<number>((resolve) =>
      blocker?.listen(0, '127.0.0.1', () => {
        const address = blocker?.address();
        resolve(typeof address === 'object' && address !== null ? address.port : 0);
      }),
    );
    const { done } = startCli(server, ['--metrics-port', String(port)]);
    const { status, stderr, report } = await done;
    expect(status).toBe(2);
    expect(stderr).toContain(`--metrics-port ${port}: 127.0.0.1:${port} is already in use`);
    expect(server.requests).toEqual([]);
    expect(report).toBeNull();
  });

  it('closes the metrics server when the run fails', async () => {
    const server = await serve();
    server.setFault('close');
    const { metricsUrl, done } = startCli(server, ['--metrics-port', '0']);
    const url = await metricsUrl;
    const { status } = await done;
    expect(status).toBe(1);
    await expect(fetch(`${url}/metrics`)).rejects.toThrow();
  });
});

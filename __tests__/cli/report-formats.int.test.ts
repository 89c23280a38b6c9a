/**
 * `exbench ollama-bench --format …` end to end: the CLI against the project's Ollama-compatible
 * server writes the folder of formats, and each file is read back by the tool its users would use:
 * CSV by csv-parse, JUnit XML by xmllint against the Ant JUnit XSD, the HTML page by headless
 * Chromium, which also leaves a screenshot beside the report (in reports/format-preview/, ignored by
 * git) for people to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { validateXML } from 'xmllint-wasm';
import { runCli } from '../../src/cli/run-cli.js';
import { readReport, type Report } from '../../src/report/report-schema.js';
import { startFakeOllama, type FakeOllama } from '../support/fake-ollama.js';
import { mathModels } from '../support/scripted-models.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SIMPLE_MATH = path.join(ROOT, 'data/simple_math.yaml');
const PREVIEW_DIR = path.join(ROOT, 'reports', 'format-preview');
const XSD = readFileSync(path.join(ROOT, '__tests__/fixtures/junit/JUnit.xsd'), 'utf8');
const CHROMIUM = process.env.EXBENCH_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a hostile model prints: markup that would run or inject if the page did not escape it. */
const HOSTILE_OUTPUT = '</script><img src=x onerror=alert(1)><iframe src="https://example.com"></iframe>';

let fake: FakeOllama;
let folder: string;
let stem: string;
let stdout: string;
let status: number;

beforeAll(async () => {
  fake = await startFakeOllama({
    models: [
      ...mathModels(),
      {
        name: 'exbench/hostile:latest',
        reply: () => ({ response: '```python\nprint(' + JSON.stringify(HOSTILE_OUTPUT) + ')\n```' }),
      },
    ],
    local: ['exbench/right:latest', 'exbench/wrong:latest', 'exbench/hostile:latest'],
  });
  rmSync(PREVIEW_DIR, { recursive: true, force: true });
  let out = '';
  status = await runCli({
    argv: [
      'ollama-bench',
      'exbench/right',
      'exbench/wrong',
      'exbench/hostile',
      'exbench/missing',
      SIMPLE_MATH,
      '--no-pull',
      '--retries',
      '1',
      '--format',
      'json,html,csv,junit,md,github-action-benchmark',
      '--output-dir',
      PREVIEW_DIR,
    ],
    env: { OLLAMA_HOST: fake.hostPort },
    cwd: mkdtempSync(path.join(tmpdir(), 'exbench-formats-')),
    stdout: (t) => (out += t),
    stderr: () => undefined,
  });
  stdout = out;
  const [only] = readdirSync(PREVIEW_DIR).filter((f) => !f.endsWith('.jsonl'));
  folder = path.join(PREVIEW_DIR, only ?? '');
  stem = only ?? '';
});
afterAll(() => fake.close());

const file = (name: string): string => readFileSync(path.join(folder, name), 'utf8');
const jsonReport = (): Report => JSON.parse(file(`${stem}.json`)) as Report;

describe('exbench ollama-bench --format json,html,csv,junit,md,github-action-benchmark', () => {
  it('writes one timestamped folder with every format, a JSON report per model and index.html', () => {
    // 1: a model could not be had (exbench/missing, not pulled).
    expect(status).toBe(1);
    expect(stem).toMatch(/^Simple_Math_\d{8}_\d{6}$/);
    expect(readdirSync(folder).sort()).toEqual(
      [
        `${stem}.json`,
        `${stem}.csv`,
        `${stem}.models.csv`,
        `${stem}.junit.xml`,
        `${stem}.md`,
        `${stem}.customBiggerIsBetter.json`,
        `${stem}.customSmallerIsBetter.json`,
        'index.html',
        'models',
      ].sort(),
    );
    expect(readdirSync(path.join(folder, 'models')).sort()).toEqual([
      'exbench_hostile.json',
      'exbench_missing.json',
      'exbench_right.json',
      'exbench_wrong.json',
    ]);
    expect(stdout).toContain(`${path.sep}${stem}${path.sep}${stem}.json\n`);
    expect(stdout).toMatch(/All formats: .*format-preview.Simple_Math_\d{8}_\d{6}. \(open index\.html\)/);
  });

  it('writes JSON reports that exbench reads back, each model’s alone in its own', () => {
    expect(readReport(jsonReport()).ok).toBe(true);
    const right = JSON.parse(file('models/exbench_right.json')) as Report;
    expect(readReport(right).ok).toBe(true);
    expect(right.models.map((m) => [m.model, m.accuracy])).toEqual([['exbench/right', 1]]);
  });

  it('writes CSV that parses back to the JSON report’s results and models', () => {
    const report = jsonReport();
    const rows = parse<Record<string, string>>(file(`${stem}.csv`), { columns: true });
    const results = report.models.flatMap((m) => m.results);
    expect(rows.map((r) => [r.model, Number(r.index), r.status, r.execution_result])).toEqual(
      results.map((r) => [r.model, r.index, r.status, r.execution_result]),
    );
    const models = parse<Record<string, string>>(file(`${stem}.models.csv`), { columns: true });
    expect(models.map((m) => [m.model, m.status, m.accuracy])).toEqual(
      report.models.map((m) => [m.model, m.status, m.status === 'completed' ? String(m.accuracy) : '']),
    );
  });

  it('writes JUnit XML that the Ant JUnit XSD accepts, a failure per wrong row', async () => {
    const xml = file(`${stem}.junit.xml`);
    const result = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [XSD] });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(xml).toMatch(/<testsuite [^>]*name="exbench\/wrong"[^>]*tests="10" failures="10" errors="0"/);
    expect(xml).toMatch(/<testsuite [^>]*name="exbench\/missing"[^>]*tests="10" failures="0" errors="10"/);
  });

  it('writes the markdown and the github-action-benchmark inputs', () => {
    expect(file(`${stem}.md`)).toMatch(/^# Simple Math\n/);
    const bigger = JSON.parse(file(`${stem}.customBiggerIsBetter.json`)) as { name: string; value: number }[];
    expect(bigger).toContainEqual(
      expect.objectContaining({ name: 'Simple Math · exbench/right · accuracy', unit: '%', value: 100 }),
    );
    const smaller = JSON.parse(file(`${stem}.customSmallerIsBetter.json`)) as { name: string }[];
    expect(smaller.map((e) => e.name)).toContain('Simple Math · exbench/right · time to first token');
  });
});

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `Skipping the HTML report in Chromium: no browser at ${CHROMIUM} (set EXBENCH_CHROMIUM or install chromium)`,
  );
}

(haveChromium ? describe : describe.skip)('the HTML report in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(() => browser.close());

  it('opens with no console message or page error, loads nothing else, and draws its charts', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const messages: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`page error: ${error.message}`));
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(path.join(folder, 'index.html')).href;
    await page.goto(url, { waitUntil: 'load' });

    expect(messages).toEqual([]);
    expect(requests).toEqual([url]);
    expect(await page.locator('svg.chart').count()).toBe(4);
    expect(await page.locator('svg.chart[data-chart="accuracy"] rect.bar').count()).toBe(3);
    // 10 rows for each of the four models, the missing one's errored.
    expect(await page.locator('details.row').count()).toBe(40);
    expect(await page.locator('details.row[open]').count()).toBe(0);
    await page.screenshot({ path: path.join(folder, `${stem}.png`), fullPage: true });
    expect(existsSync(path.join(folder, `${stem}.png`))).toBe(true);
    await page.close();
  });

  it("shows the hostile model's output as text: no element injected", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(folder, 'index.html')).href);
    expect(await page.locator('img, script, iframe').count()).toBe(0);
    const outputs = await page.locator('details.row pre').allTextContents();
    expect(outputs.filter((text) => text.trim() === HOSTILE_OUTPUT)).toHaveLength(10);
    await page.close();
  });
});

/**
 * `exbench dashboard` end to end: 30 generated reports (two models, two machines) in a folder, the
 * site built by the CLI, opened from file:// in headless Chromium. The charts must be drawn (SVG
 * elements counted), unlike machines never joined, hostile names shown as text, and no console
 * error. The screenshot is kept next to the site (and copied to EXBENCH_DASHBOARD_SCREENSHOT when set).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { runCli } from '../../src/cli/run-cli.js';
import { fullReport, reportSeries } from '../support/history-reports.js';

const CHROMIUM = process.env.EXBENCH_CHROMIUM ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM)
  console.warn(`Skipping the dashboard's browser test: no Chromium at ${CHROMIUM} (set EXBENCH_CHROMIUM)`);
const describeBrowser = HAVE_CHROMIUM ? describe : describe.skip;

const HOSTILE = '</script><img src=x onerror=alert(1)>';
let dir: string;
let site: string;
let browser: Browser;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'exbench-dashboard-'));
  mkdirSync(path.join(dir, 'reports'));
  reportSeries(30).forEach((report, i) =>
    writeFileSync(
      path.join(dir, 'reports', `run-${String(i).padStart(2, '0')}.json`),
      JSON.stringify(report),
    ),
  );
  // A benchmark whose name and model are hostile markup.
  writeFileSync(
    path.join(dir, 'reports', 'hostile.json'),
    JSON.stringify(
      fullReport({
        benchmark: HOSTILE,
        startedAt: '2026-10-05T00:00:00.000Z',
        models: [{ name: HOSTILE, passes: [true, false] }],
      }),
    ),
  );
  let stderr = '';
  const status = await runCli({
    argv: ['dashboard', 'reports', '--out', 'site'],
    env: {},
    cwd: dir,
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
  });
  expect(stderr).toBe('');
  expect(status).toBe(0);
  site = path.join(dir, 'site');
  if (HAVE_CHROMIUM) {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

describe('exbench dashboard', () => {
  it('writes the page, the data index and every report', () => {
    const index = JSON.parse(readFileSync(path.join(site, 'data/index.json'), 'utf8')) as {
      entries: unknown[];
    };
    expect(index.entries).toHaveLength(31);
    const html = readFileSync(path.join(site, 'index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script[^>]+src=|https?:\/\/cdn/i);
    // The hostile name is in the embedded data, but cannot end its script block.
    expect(html.split('</script>')).toHaveLength(3);
  });
});

describeBrowser('the dashboard in Chromium, opened from file://', () => {
  it('draws three charts per benchmark, one series per model and machine, with no console error', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await page.waitForSelector('section[data-benchmark] svg[data-chart]');

    const count = (selector: string) => page.locator(selector).count();
    const simple = 'section[data-benchmark="Simple Math"]';
    const counts = {
      sections: await count('section[data-benchmark]'),
      charts: await count('svg[data-chart]'),
      lines: await count(`${simple} polyline`),
      points: await count(`${simple} circle`),
      svgElements: await count('svg *'),
      leaderboardRows: (await count(`${simple} table tr`)) - 1,
      images: await count('img'),
      status: await page.locator('#exbench-status').textContent(),
      hostileHeading: await page.locator('h2', { hasText: 'onerror' }).textContent(),
    };
    await page.screenshot({ path: path.join(site, 'screenshot.png'), fullPage: true });
    const keep = process.env.EXBENCH_DASHBOARD_SCREENSHOT;
    if (keep) copyFileSync(path.join(site, 'screenshot.png'), keep);

    expect(errors).toEqual([]);
    expect(dialogs).toBe(0);
    expect(counts.sections).toBe(2);
    expect(counts.charts).toBe(6);
    // 2 models × 2 machines = 4 series, each a line in each of 3 charts.
    expect(counts.lines).toBe(12);
    // 30 runs × 2 models, a point in each of 3 charts.
    expect(counts.points).toBe(180);
    expect(counts.leaderboardRows).toBe(4);
    expect(counts.svgElements).toBeGreaterThan(300);
    expect(counts.images).toBe(0);
    expect(counts.hostileHeading).toBe(HOSTILE);
    expect(counts.status).toBe('31 runs of 2 benchmarks.');
    console.log(
      `dashboard: ${counts.svgElements} SVG elements drawn; screenshot ${path.join(site, 'screenshot.png')}`,
    );
    await page.close();
  }, 60_000);

  it('served over HTTP, reads data/index.json at view time instead of the embedded copy', async () => {
    const index = JSON.parse(readFileSync(path.join(site, 'data/index.json'), 'utf8')) as {
      entries: { benchmark: string }[];
    };
    // Fewer runs than the page embeds, so the figure shows which copy was drawn.
    const served = {
      ...index,
      entries: index.entries.filter((e) => e.benchmark === 'Simple Math').slice(0, 5),
    };
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      if (req.url === '/data/index.json') {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(served));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(path.join(site, 'index.html')));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForSelector('svg[data-chart]');
      expect(await page.locator('#exbench-status').textContent()).toBe('5 runs of 1 benchmark.');
      expect(requests).toContain('/data/index.json');
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }, 60_000);

  it('never joins points measured on unlike machines by one line', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(site, 'index.html')).href);
    await page.waitForSelector('svg[data-chart]');
    const lines = page.locator('section[data-benchmark="Simple Math"] svg[data-chart="Accuracy"] polyline');
    const series: [string | null, number][] = [];
    for (const line of await lines.all()) {
      const points = (await line.getAttribute('points')) ?? '';
      series.push([await line.getAttribute('data-series'), points.split(' ').length]);
    }
    // Every third run is on machine B: 10 points on B and 20 on A, per model.
    expect(series.map(([, n]) => n).sort()).toEqual([10, 10, 20, 20]);
    expect(new Set(series.map(([name]) => name)).size).toBe(4);
    await page.close();
  }, 60_000);
});

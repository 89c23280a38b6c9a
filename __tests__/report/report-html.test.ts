import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { renderHtmlReport } from '../../src/report/report-html.js';
import { fullReport, HOSTILE_TEXT } from '../support/full-report.js';

const html = (...args: Parameters<typeof renderHtmlReport>): string =>
  [...renderHtmlReport(...args)].join('');

const REPORT = fullReport([
  {
    name: 'qwen2.5-coder:1.5b',
    rows: [
      { status: 'passed', tokensPerSecond: 40 },
      { status: 'failed', reason: 'got 3, expected 2', output: '3' },
      { status: 'errored' },
    ],
  },
  {
    name: HOSTILE_TEXT,
    rows: [{ status: 'failed', reason: HOSTILE_TEXT, output: HOSTILE_TEXT, code: HOSTILE_TEXT }],
  },
  { name: 'gone:1b', status: 'unavailable', error: 'pull failed: not found' },
]);

describe('renderHtmlReport', () => {
  const page = html(REPORT);

  it('loads nothing and runs nothing: no script, no event handler, a CSP that forbids remote loads', () => {
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toMatch(/^default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; img-src 'none';/);
  });

  it('allows exactly its own style sheet by hash', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)?.[1] ?? '';
    const hash = createHash('sha256').update(style).digest('base64');
    expect(page).toContain(`style-src 'sha256-${hash}'`);
  });

  it('shows hostile model text as text: every markup character escaped, controls visible', () => {
    expect(page).not.toContain('<img');
    expect(page).not.toContain('</script>');
    expect(page).not.toContain('<b>bold');
    expect(page).toContain('&lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    expect(page).toContain('\\x1b[31mred\\x07');
    expect(page).not.toContain('\u001b');
  });

  it('draws the accuracy chart and the three speed distributions as inline SVG', () => {
    const charts = [...page.matchAll(/<svg class="chart" data-chart="([a-z]+)"/g)].map((m) => m[1]);
    expect(charts).toEqual(['accuracy', 'decode', 'ttft', 'total']);
  });

  it('shows – for what a model lacks, never NaN, and one collapsed section per row', () => {
    expect(page).not.toMatch(/NaN|undefined|Infinity/);
    expect(page).toMatch(
      /<th scope="row">gone:1b<\/th><td>unavailable: pull failed: not found<\/td>(<td class="number">–<\/td>){10}<\/tr>/,
    );
    expect(page.match(/<details class="row /g)).toHaveLength(4);
    expect(page).not.toMatch(/<details[^>]* open/);
  });

  it('holds each row’s prompt, code, output and reason', () => {
    const row = /<details class="row failed">[\s\S]*?<\/details>/.exec(page)?.[0] ?? '';
    expect(row).toContain('Row 2 · line 14 — got 3, expected 2');
    expect(row).toContain('<h4>Prompt</h4><pre>Print 2.</pre>');
    expect(row).toContain('<h4>Code</h4><pre>print(2)</pre>');
    expect(row).toContain('<h4>Output</h4><pre>3</pre>');
  });

  it('links the other files of the folder and draws a heatmap from any matrix it is given', () => {
    const withMore = html(REPORT, {
      files: [{ name: 'Run.csv', description: 'CSV' }],
      heatmaps: [
        {
          title: 'Accuracy by model and temperature',
          rowLabels: ['a', 'b'],
          columnLabels: ['0', '1'],
          values: [
            [1, null],
            [0.5, 0.25],
          ],
          format: (v) => `${(v * 100).toFixed(0)}%`,
          higherIsBetter: true,
        },
      ],
    });
    expect(withMore).toContain('<a href="Run.csv">Run.csv</a> — CSV');
    const heatmap = /<svg class="chart" data-chart="heatmap"[\s\S]*?<\/svg>/.exec(withMore)?.[0] ?? '';
    expect(heatmap).toContain('<title>a · 0: 100%</title><rect class="shade-4"');
    expect(heatmap).toContain('<title>a · 1: –</title><rect class="empty"');
    expect(heatmap).toContain('<title>b · 1: 25%</title><rect class="shade-0"');
  });

  it("draws a sweep's heatmap from the report itself, with the models' names as text", () => {
    const swept = {
      ...REPORT,
      heatmap: {
        options: ['temperature'],
        models: ['qwen2.5-coder:1.5b', HOSTILE_TEXT],
        variants: ['temperature=0', 'temperature=1'],
        success_rate: [
          [1, 0.5],
          [0, null],
        ],
      },
    };
    const heatmap = /<svg class="chart" data-chart="heatmap"[\s\S]*?<\/svg>/.exec(html(swept))?.[0] ?? '';
    expect(heatmap).toContain('<title>qwen2.5-coder:1.5b · temperature=1: 50%</title>');
    expect(heatmap).not.toContain('<img');
    expect(html(REPORT)).not.toContain('data-chart="heatmap"');
  });
});

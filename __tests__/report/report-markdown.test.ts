import { describe, expect, it } from '@jest/globals';
import MarkdownIt from 'markdown-it';
import { renderReportMarkdown } from '../../src/report/report-markdown.js';
import { fullReport, HOSTILE_TEXT } from '../support/full-report.js';

const report = fullReport([
  {
    name: 'qwen2.5-coder:1.5b',
    rows: [
      { status: 'passed', tokensPerSecond: 40 },
      { status: 'failed', reason: HOSTILE_TEXT, output: '3', code: 'print(3)' },
    ],
  },
  { name: 'gone:1b', status: 'unavailable', error: 'pull failed: not found' },
]);

describe('renderReportMarkdown', () => {
  const text = renderReportMarkdown(report);

  it('has a row per model, with – for the figures of a model that never ran', () => {
    const lines = text.split('\n');
    expect(lines.find((l) => l.startsWith('| qwen2.5-coder:1.5b'))).toMatch(
      /^\| qwen2\.5-coder:1\.5b \| completed \| 50\.0% \| 1 \| 1 \| 0 \| 0 \| 0 \| 41\.0 \|/,
    );
    expect(lines.find((l) => l.startsWith('| gone:1b'))).toBe(
      '| gone:1b | unavailable: pull failed: not found | – | – | – | – | – | – | – | – | – | – |',
    );
    expect(text).not.toMatch(/NaN|undefined/);
  });

  it('shows each failing row with its reason, code and output, and no markup from the model acts', () => {
    const html = new MarkdownIt({ html: true }).render(text);
    expect(html).toContain('Row 2 (line 14): failed');
    expect(html).toContain('<code class="language-python">print(3)\n</code>');
    expect(html).not.toMatch(/<img|<script|<\/script>|<b>bold/);
    expect(html).toContain('&lt;img src=x onerror=');
  });
});

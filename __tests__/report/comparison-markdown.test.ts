import { describe, expect, it } from '@jest/globals';
import { compareReports } from '../../src/core/regression/compare-reports.js';
import { renderComparisonMarkdown } from '../../src/report/comparison-markdown.js';
import { fenced } from '../../src/report/markdown-text.js';
import { environment, model, report, spread, type RowSpec } from '../support/report-factory.js';

function rows(
  n: number,
  correct: (i: number) => boolean,
  speed: { tps?: number; ttft?: number } = {},
  extra: (i: number) => Partial<RowSpec> = () => ({}),
): RowSpec[] {
  return Array.from({ length: n }, (_, i) => ({
    correct: correct(i),
    tokensPerSecond: spread(speed.tps ?? 50, i, n),
    ttftMs: spread(speed.ttft ?? 120, i, n),
    totalMs: spread(2000, i, n),
    ...extra(i),
  }));
}

const all = () => true;
const LIMIT = { maxLength: 65_000 };

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Base: qwen and llama pass everything; head: qwen loses 8 rows and slows down, llama holds, mistral is new. */
function regressedComparison() {
  const base = report([
    model('qwen', rows(20, all, { tps: 50, ttft: 120 })),
    model('llama', rows(20, all)),
    model('phi', rows(20, all)),
  ]);
  const head = report([
    model(
      'qwen',
      rows(
        20,
        (i) => i >= 8,
        { tps: 35, ttft: 125 },
        (i) => (i === 0 ? { code: 'print("```")\nprint(0)', output: 'oops ``` here' } : {}),
      ),
      { details: { digest: 'sha256:0123456789abcdef0123' } },
    ),
    model('llama', rows(20, all)),
    model('mistral', rows(20, all)),
  ]);
  return compareReports(base, head);
}

describe('renderComparisonMarkdown', () => {
  it('names the regressions at the top and gives a verdict per model', () => {
    const text = renderComparisonMarkdown(
      [{ comparison: regressedComparison(), baseLabel: 'main @ 1a2b3c4 (run 123)' }],
      LIMIT,
    );
    expect(text).toMatchSnapshot();
    expect(text.startsWith('🔴 **Regression against the baseline** (2):')).toBe(true);
    expect(text).toContain('- qwen: accuracy 100.0% → 60.0% (8 row(s) worse, 0 better, p = 0.004)');
    expect(text).toContain('Baseline: main @ 1a2b3c4 (run 123)');
    const qwenLine = text.split('\n').find((line) => line.startsWith('| `qwen`'));
    expect(qwenLine).toContain('100.0% → 60.0% (−40.0 pts, p = 0.004) 🔴');
    expect(qwenLine).toMatch(/50\.0 → 35\.0 \(×0\.70 \[0\.\d\d–0\.\d\d\]\) 🔴/);
    expect(qwenLine).toContain('⚠️ digest changed: `qwen` → `0123456789ab`');
    expect(qwenLine).toMatch(/🔴 regressed \|$/);
    expect(text).toMatch(
      /\| `llama` \| 100\.0% → 100\.0% \(±0\.0 pts, p = 1\.000\) \| .* \| ⚪ unchanged \|/,
    );
    expect(text).toMatch(/\| `mistral` \| – \| – \| – \| 🆕 added \|/);
    expect(text).toMatch(/\| `phi` \| – \| – \| – \| ➖ removed \|/);
  });

  it('lists the rows that flipped in a collapsed block, fenced so backticks inside cannot break out', () => {
    const text = renderComparisonMarkdown(
      [{ comparison: regressedComparison(), baseLabel: 'base.json' }],
      LIMIT,
    );
    expect(text).toContain('<details><summary>qwen: 8 row(s) passed on base and fail on head</summary>');
    expect(text).toContain('**Row 1**: variables `n = 1`; expected `1`; head failed');
    expect(text).toContain('````\nprint("```")\nprint(0)\n````');
    expect(text).toContain('````\noops ``` here\n````');
    expect(text).toContain('**Row 8**');
    expect(text).not.toContain('**Row 9**');
  });

  it('says so when nothing regressed', () => {
    const base = report([model('qwen', rows(20, all))]);
    const text = renderComparisonMarkdown(
      [{ comparison: compareReports(base, base), baseLabel: 'x' }],
      LIMIT,
    );
    expect(text.startsWith('🟢 **No regression against the baseline.**')).toBe(true);
    expect(text).not.toContain('<details>');
  });

  it('says why a speed figure is not comparable under the table (too few rows to judge)', () => {
    const base = report([model('qwen', rows(3, all))]);
    const text = renderComparisonMarkdown(
      [{ comparison: compareReports(base, base), baseLabel: 'x' }],
      LIMIT,
    );
    expect(text).toContain('⚠️ not comparable');
    expect(text).toMatch(/- \*\*qwen\*\*: .*not judged: fewer than 5 answered rows on a side/);
  });

  it('warns above the table that speed is not comparable, naming the fields that differ', () => {
    const base = report([model('qwen', rows(20, all, { tps: 50 }))]);
    const head = report([model('qwen', rows(20, all, { tps: 20 }))], {
      ollama: { version: '0.13.0' },
      environment: environment({ cpu: { model: 'Intel Xeon', cores: 4 } }),
    });
    const text = renderComparisonMarkdown(
      [{ comparison: compareReports(base, head), baseLabel: 'x' }],
      LIMIT,
    );
    expect(text).toMatchSnapshot();
    const warning = text.indexOf(
      '⚠️ **Speed not comparable**, shown but not judged: the environments differ (Ollama: 0.12.3 → 0.13.0; CPU: AMD EPYC 7763 64-Core Processor → Intel Xeon).',
    );
    expect(warning).toBeGreaterThan(0);
    expect(warning).toBeLessThan(text.indexOf('| Model |'));
    expect(text).toMatch(/50\.0 → 20\.0 \(×0\.40 \[[\d.–]+\]\) _not judged_/);
    expect(text).toContain('⚠️ not comparable |');
  });

  it('explains the statistics in one footnote with the options used', () => {
    const base = report([model('qwen', rows(20, all))]);
    const comparison = compareReports(base, base, { alpha: 0.01, minAccuracyDrop: 0.1, maxSlowdown: 0.2 });
    const text = renderComparisonMarkdown([{ comparison, baseLabel: 'x' }], LIMIT);
    expect(text).toContain(
      '<sub>Accuracy: paired exact McNemar test on the rows both runs share (one-sided p shown); regressed when p ≤ 0.01 and the drop is at least 10 points. Speed: ratio of medians head / base with a 95% bootstrap interval (2000 resamples, seed 1); regressed only when the whole interval lies beyond a 20% slowdown.</sub>',
    );
  });

  it('renders one section per benchmark and prefixes the regressions with the benchmark', () => {
    const text = renderComparisonMarkdown(
      [
        { comparison: regressedComparison(), baseLabel: 'a' },
        {
          comparison: compareReports(
            report([model('qwen', rows(20, all))], { benchmark_name: 'Strings' }),
            report([model('qwen', rows(20, all))], { benchmark_name: 'Strings' }),
          ),
          baseLabel: 'b',
        },
      ],
      LIMIT,
    );
    expect(text).toContain('### Math');
    expect(text).toContain('### Strings');
    expect(text).toContain('- Math: qwen: accuracy 100.0% → 60.0%');
    expect(text.match(/<sub>/g)).toHaveLength(1);
  });

  it('shrinks the flipped-row detail, never the table, to stay under maxLength bytes', () => {
    const long = 'x = 1  # ünïcödé\n'.repeat(400);
    const base = report([model('qwen', rows(100, all))]);
    const head = report([
      model(
        'qwen',
        rows(
          100,
          (i) => i >= 60,
          {},
          () => ({ code: long, output: long }),
        ),
      ),
    ]);
    const comparison = compareReports(base, head);
    const full = renderComparisonMarkdown([{ comparison, baseLabel: 'x' }], { maxLength: 10_000_000 });
    expect(full).toContain('**Row 60**');
    expect(bytes(full)).toBeGreaterThan(500_000);

    const tableOf = (text: string) => text.split('\n').filter((line) => line.startsWith('|'));
    for (const maxLength of [200_000, 60_000, 20_000, 8_000, 2_000]) {
      const text = renderComparisonMarkdown([{ comparison, baseLabel: 'x' }], { maxLength });
      expect(bytes(text)).toBeLessThanOrEqual(maxLength);
      expect(tableOf(text)).toEqual(tableOf(full));
      expect(text).toContain('<details><summary>qwen: 60 row(s) passed on base and fail on head</summary>');
    }
    const smallest = renderComparisonMarkdown([{ comparison, baseLabel: 'x' }], { maxLength: 2_000 });
    expect(smallest).toContain('(details left out to fit)');
    const middle = renderComparisonMarkdown([{ comparison, baseLabel: 'x' }], { maxLength: 60_000 });
    expect(middle).toMatch(/…and \d+ more \(rows [\d, ]+\), left out to fit\./);
    expect(middle).toMatch(/more characters left out/);
  });

  it('cuts at a line, saying so, only when the tables alone exceed the limit', () => {
    const text = renderComparisonMarkdown([{ comparison: regressedComparison(), baseLabel: 'x' }], {
      maxLength: 300,
    });
    expect(bytes(text)).toBeLessThanOrEqual(300);
    expect(text).toMatch(/…cut to fit the size limit\.\n$/);
  });

  it('returns nothing for no comparisons', () => {
    expect(renderComparisonMarkdown([], LIMIT)).toBe('');
  });
});

describe('fenced', () => {
  it('picks a fence longer than any backtick run inside', () => {
    expect(fenced('a')).toBe('```\na\n```');
    expect(fenced('a ```` b\n')).toBe('`````\na ```` b\n`````');
  });

  it('says "not comparable" with the reason, never "no regression", for reports of another benchmark', () => {
    const comparison = compareReports(
      report([model('qwen', rows(5, all))]),
      report([model('qwen', rows(5, all))], { benchmark_name: 'Strings' }),
    );
    const text = renderComparisonMarkdown([{ comparison, baseLabel: 'base.json' }], LIMIT);
    expect(text).toContain(
      '⚠️ **Not comparable with the baseline:**\n\n- the reports are of different benchmarks: base "Math", head "Strings"',
    );
    expect(text).not.toContain('No regression');
  });
});

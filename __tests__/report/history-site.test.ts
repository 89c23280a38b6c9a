import { describe, expect, it } from '@jest/globals';
import { addRuns } from '../../src/app/history-site.js';
import { embeddedJson, renderDashboard } from '../../src/report/dashboard-page.js';
import { appendToHistory, EMPTY_HISTORY, historyEntry, machineOf } from '../../src/report/history-index.js';
import { renderTrend, sparkline } from '../../src/report/trend.js';
import { fullReport, MACHINE_A, MACHINE_B, reportSeries } from '../support/history-reports.js';

const origin = { commit: null, ref: null, runUrl: null };

describe('the history index', () => {
  it('keeps the newest max-history runs of each benchmark and names the reports it drops', () => {
    let index = EMPTY_HISTORY;
    const dropped: string[] = [];
    for (const [i, report] of reportSeries(5).entries()) {
      const appended = appendToHistory(index, historyEntry(report, `run-${i}`, origin), 3);
      index = appended.index;
      dropped.push(...appended.dropped);
    }
    expect(index.entries.map((e) => e.id)).toEqual(['run-2', 'run-3', 'run-4']);
    expect(dropped).toEqual(['runs/run-0.json', 'runs/run-1.json']);
  });

  it('records accuracy over the rows run and the medians of each model', () => {
    const entry = historyEntry(
      fullReport({
        startedAt: '2026-01-01T00:00:00Z',
        models: [{ name: 'm', passes: [true, false, true, true], decodeTokensPerSecond: 33, ttftMs: 80 }],
      }),
      'x',
      origin,
    );
    expect(entry.models).toEqual([
      {
        model: 'm',
        status: 'completed',
        accuracy: 0.75,
        passed: 3,
        rows: 4,
        decode_tokens_per_second: 33,
        time_to_first_token_ms: 80,
      },
    ]);
  });

  it('gives like machines one key and unlike machines different keys', () => {
    expect(machineOf(MACHINE_A)).toEqual(
      machineOf({ ...MACHINE_A, memory_bytes: MACHINE_A.memory_bytes + 1000 }),
    );
    expect(machineOf(MACHINE_A).key).not.toBe(machineOf(MACHINE_B).key);
    expect(machineOf(MACHINE_A).label).toBe('linux x64 · AMD EPYC 7763 ×4 · 16 GiB · no GPU');
    expect(machineOf(null).label).toBe('machine not recorded');
  });

  it('writes the site: a compact report per run, the index and the page', () => {
    const site = addRuns(
      EMPTY_HISTORY,
      reportSeries(2).map((report) => ({ report, origin })),
      500,
    );
    expect(Object.keys(site.write).sort()).toEqual(
      [
        'data/index.json',
        `data/${site.index.entries[0]?.report}`,
        `data/${site.index.entries[1]?.report}`,
        'index.html',
      ].sort(),
    );
    expect(site.write[`data/${site.index.entries[0]?.report}`]?.trim()).not.toContain('\n');
  });
});

describe('the dashboard page', () => {
  it('embeds data that cannot close its script block and reads back unchanged', () => {
    const hostile = { name: '</script><script>alert(1)</script><!-- \u2028 & >' };
    const text = embeddedJson(hostile);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(hostile);
  });

  it('allows only its own script and style by hash, and loads nothing from elsewhere', () => {
    const html = renderDashboard(EMPTY_HISTORY);
    const csp = /Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toMatch(/default-src 'none'; script-src 'sha256-[A-Za-z0-9+/=]+'; style-src 'sha256-/);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/\bsrc=|href=["']?https?:/);
  });
});

describe('the trend in the comment', () => {
  it('draws recent accuracy as bars, this run last, and says where this run falls', () => {
    let index = EMPTY_HISTORY;
    for (const [i, passes] of [
      [true, false, false, false],
      [true, true, false, false],
      [true, true, true, false],
    ].entries()) {
      const report = fullReport({
        startedAt: `2026-01-0${i + 1}T00:00:00Z`,
        models: [{ name: 'qwen', passes }],
      });
      index = appendToHistory(index, historyEntry(report, `r${i}`, origin), 500).index;
    }
    const now = fullReport({
      startedAt: '2026-02-01T00:00:00Z',
      models: [
        { name: 'qwen', passes: [true, true, false, false] },
        { name: 'new-model', passes: [true] },
      ],
    });
    const trend = renderTrend(index, [now]);
    expect(trend).toContain('| qwen | `▃▅▆▅` | 50.0% | above 1 of 3 recorded runs (best 75.0%) |');
    // A model the history has never seen gets no line.
    expect(trend).not.toContain('new-model');
    expect(renderTrend(EMPTY_HISTORY, [now])).toBe('');
  });

  it('maps 0 and 1 to the lowest and highest bar', () => {
    expect(sparkline([0, 0.5, 1])).toBe('▁▅█');
  });
});

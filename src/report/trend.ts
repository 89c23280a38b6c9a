import type { HistoryIndex } from './history-index.js';
import { escapeInline } from './markdown-text.js';
import type { Report } from './report-schema.js';

/** Recent runs drawn in a model's sparkline. */
const TREND_RUNS = 12;
const BARS = '▁▂▃▄▅▆▇█';

/**
 * The comment's trend: for every model of these reports that the history knows, a line with its
 * accuracy over its recent recorded runs as a sparkline, and where this run falls among them.
 * Empty when the history holds none of them. Accuracy does not depend on the machine, so every
 * recorded run counts.
 */
export function renderTrend(index: HistoryIndex, reports: readonly Report[]): string {
  const lines: string[] = [];
  for (const report of reports) {
    for (const model of report.models) {
      const rows = model.results.filter((r) => r.status !== 'not_run').length;
      if (model.status === 'skipped' || rows === 0) continue;
      const now = model.passed_count / rows;
      const past = index.entries
        .filter((e) => e.benchmark === report.benchmark_name)
        .flatMap((e) => e.models.filter((m) => m.model === model.model && m.accuracy !== null))
        .map((m) => m.accuracy ?? 0)
        .slice(-TREND_RUNS);
      if (past.length === 0) continue;
      const below = past.filter((a) => a < now).length;
      const best = Math.max(...past);
      const where =
        now > best
          ? 'above every recorded run'
          : now === best
            ? 'level with the best recorded run'
            : `above ${below} of ${past.length} recorded runs (best ${percent(best)})`;
      const name = reports.length > 1 ? `${report.benchmark_name} · ${model.model}` : model.model;
      lines.push(`| ${escapeInline(name)} | \`${sparkline([...past, now])}\` | ${percent(now)} | ${where} |`);
    }
  }
  if (lines.length === 0) return '';
  return [
    '### Trend',
    '',
    `Accuracy over the last recorded runs (the history branch), this run last.`,
    '',
    '| Model | Recent accuracy | This run | Where it falls |',
    '| --- | --- | --- | --- |',
    ...lines,
    '',
  ].join('\n');
}

/** Values from 0 to 1 as bars, so equal accuracies draw equal bars across comments. */
export function sparkline(values: readonly number[]): string {
  return values
    .map((v) => BARS[Math.min(BARS.length - 1, Math.max(0, Math.round(v * (BARS.length - 1))))] ?? '')
    .join('');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

import type {
  AccuracyComparison,
  SpeedComparison,
  SpeedFigure,
  Verdict,
} from '../core/regression/compare-reports.js';

/**
 * The figures of a comparison's table as text, shared by the markdown (summary, PR comment) and the
 * plain terminal table. Unescaped: each renderer escapes for where its text goes.
 */
export interface CellStyle {
  /** Appended to a figure that regressed or improved. */
  mark: (verdict: Verdict) => string;
  /** Appended to a speed figure shown but not judged. */
  notJudged: string;
}

export function accuracyText(accuracy: AccuracyComparison, style: CellStyle): string {
  if (accuracy.base === null || accuracy.head === null || accuracy.change === null)
    return accuracy.reason ?? '–';
  // The p-value of the test in the direction the accuracy moved.
  const p =
    accuracy.change < 0
      ? accuracy.pHeadWorse
      : accuracy.change > 0
        ? accuracy.pHeadBetter
        : accuracy.pTwoSided;
  return `${percent(accuracy.base)} → ${percent(accuracy.head)} (${points(accuracy.change)}, p = ${formatP(p)})${style.mark(accuracy.verdict)}`;
}

export function speedText(speed: readonly SpeedComparison[], figure: SpeedFigure, style: CellStyle): string {
  const s = speed.find((item) => item.figure === figure);
  if (!s) return '–';
  const medians = `${formatFigure(s.baseMedian)} → ${formatFigure(s.headMedian)}`;
  if (s.ratio === null) return medians;
  const interval =
    s.lower !== null && s.upper !== null ? ` [${s.lower.toFixed(2)}–${s.upper.toFixed(2)}]` : '';
  const judged = s.verdict === 'not comparable' ? style.notJudged : style.mark(s.verdict);
  return `${medians} (×${s.ratio.toFixed(2)}${interval})${judged}`;
}

export function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function points(change: number): string {
  const value = (change * 100).toFixed(1);
  if (value === '0.0' || value === '-0.0') return '±0.0 pts';
  return change < 0 ? `−${value.slice(1)} pts` : `+${value} pts`;
}

function formatP(p: number): string {
  return p < 0.001 ? '<0.001' : p.toFixed(3);
}

function formatFigure(value: number | null): string {
  if (value === null) return '–';
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

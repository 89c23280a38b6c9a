import { quantile } from '../core/statistics.js';
import { htmlText } from './html-text.js';
import { figureText } from './report-figures.js';
import { percent } from './figure-text.js';

/**
 * Charts as inline SVG, drawn from numbers alone: no script, no remote font or style, so the page
 * that holds them stays one self-contained file. Colours come from classes in the page's style
 * sheet (no style attributes, which a strict Content-Security-Policy would block). Every label is
 * escaped; a missing figure is drawn as `–`, never as a zero-length bar.
 */

const WIDTH = 760;
const LABEL_WIDTH = 220;
const RIGHT_MARGIN = 70;
const PLOT_WIDTH = WIDTH - LABEL_WIDTH - RIGHT_MARGIN;
const ROW_HEIGHT = 30;
const TOP = 26;
const BOTTOM = 30;

export interface Bar {
  label: string;
  /** From 0 to 1; null when the model has no figure. */
  fraction: number | null;
}

/** Horizontal bars from 0 to 100 %, one per label. */
export function barChartSvg(title: string, bars: readonly Bar[]): string {
  const height = TOP + bars.length * ROW_HEIGHT + BOTTOM;
  const x = (fraction: number): number => LABEL_WIDTH + fraction * PLOT_WIDTH;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (t) =>
      `<line class="grid" x1="${x(t)}" x2="${x(t)}" y1="${TOP - 6}" y2="${height - BOTTOM}"/>` +
      `<text class="tick" x="${x(t)}" y="${height - BOTTOM + 16}" text-anchor="middle">${t * 100}%</text>`,
  );
  const rows = bars.map((bar, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const value = percent(bar.fraction);
    const shape =
      bar.fraction === null
        ? ''
        : `<rect class="bar" x="${LABEL_WIDTH}" y="${y + 5}" width="${round(bar.fraction * PLOT_WIDTH)}" height="${ROW_HEIGHT - 10}"/>`;
    const valueX = bar.fraction === null ? LABEL_WIDTH + 4 : x(bar.fraction) + 6;
    return (
      `<g><title>${htmlText(`${bar.label}: ${value}`)}</title>${label(bar.label, y)}${shape}` +
      `<text class="value" x="${round(valueX)}" y="${y + ROW_HEIGHT / 2 + 4}">${value}</text></g>`
    );
  });
  return svg('accuracy', title, height, [...ticks, ...rows]);
}

export interface Sample {
  label: string;
  values: readonly number[];
}

/** How many points a strip shows at most; beyond it an even selection, so the file stays small. */
const MAX_POINTS = 400;

/**
 * A box plot per label (whiskers at min and max, the box from the first to the third quartile, a
 * line at the median) over a strip of the individual values, on one axis from 0.
 */
export function distributionSvg(
  kind: string,
  title: string,
  unit: string,
  samples: readonly Sample[],
): string {
  const height = TOP + samples.length * ROW_HEIGHT + BOTTOM;
  const top = niceCeiling(Math.max(0, ...samples.flatMap((s) => s.values)));
  const x = (value: number): number => round(LABEL_WIDTH + (top === 0 ? 0 : value / top) * PLOT_WIDTH);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((t) => {
    const value = top * t;
    return (
      `<line class="grid" x1="${x(value)}" x2="${x(value)}" y1="${TOP - 6}" y2="${height - BOTTOM}"/>` +
      `<text class="tick" x="${x(value)}" y="${height - BOTTOM + 16}" text-anchor="middle">${tickText(value)}</text>`
    );
  });
  const rows = samples.map((sample, i) => {
    const y = TOP + i * ROW_HEIGHT;
    const middle = y + ROW_HEIGHT / 2;
    if (sample.values.length === 0) {
      return `<g><title>${htmlText(`${sample.label}: no figure`)}</title>${label(sample.label, y)}<text class="value" x="${LABEL_WIDTH + 4}" y="${middle + 4}">–</text></g>`;
    }
    const sorted = [...sample.values].sort((a, b) => a - b);
    const [min, q1, median, q3, max] = [0, 0.25, 0.5, 0.75, 1].map((q) => quantile(sorted, q)) as [
      number,
      number,
      number,
      number,
      number,
    ];
    const points = evenSelection(sample.values, MAX_POINTS).map(
      (value, k) =>
        `<circle class="point" cx="${x(value)}" cy="${round(middle + (jitter(k) - 0.5) * (ROW_HEIGHT - 12))}" r="2"/>`,
    );
    const summary = `${sample.label}: median ${figureText(median, 1)} ${unit}, quartiles ${figureText(q1, 1)}–${figureText(q3, 1)}, range ${figureText(min, 1)}–${figureText(max, 1)}, ${sorted.length} rows`;
    return (
      `<g><title>${htmlText(summary)}</title>${label(sample.label, y)}` +
      `<line class="whisker" x1="${x(min)}" x2="${x(max)}" y1="${middle}" y2="${middle}"/>` +
      `<rect class="box" x="${x(q1)}" y="${y + 6}" width="${round(Math.max(1, x(q3) - x(q1)))}" height="${ROW_HEIGHT - 12}"/>` +
      points.join('') +
      `<line class="median" x1="${x(median)}" x2="${x(median)}" y1="${y + 4}" y2="${y + ROW_HEIGHT - 4}"/>` +
      `<text class="value" x="${x(max) + 6}" y="${middle + 4}">${figureText(median, 1)}</text></g>`
    );
  });
  return svg(kind, `${title} (${unit}; box: quartiles, line: median, dots: rows)`, height, [
    ...ticks,
    ...rows,
  ]);
}

/**
 * A matrix of figures (rows × columns), each cell shaded by its value between the matrix's
 * smallest and largest: darker is better. Empty cells are `–`. Made for sweeps (models × option
 * values), which add the matrix; the page draws whatever matrices it is given.
 */
export interface HeatmapMatrix {
  title: string;
  rowLabels: readonly string[];
  columnLabels: readonly string[];
  /** values[row][column]; null where there is no figure. */
  values: readonly (readonly (number | null)[])[];
  /** How a value reads (`(v) => percent`), and whether higher is better (the shading follows it). */
  format: (value: number) => string;
  higherIsBetter: boolean;
}

const CELL_WIDTH = 90;
const SHADES = 5;

export function heatmapSvg(matrix: HeatmapMatrix): string {
  const columns = matrix.columnLabels.length;
  const height = TOP + 20 + matrix.rowLabels.length * ROW_HEIGHT + 10;
  const width = Math.max(WIDTH, LABEL_WIDTH + columns * CELL_WIDTH + 10);
  const all = matrix.values.flat().filter((v): v is number => v !== null && Number.isFinite(v));
  const low = Math.min(...all);
  const high = Math.max(...all);
  const shade = (value: number): number => {
    const t = high === low ? 1 : (value - low) / (high - low);
    return Math.round((matrix.higherIsBetter ? t : 1 - t) * (SHADES - 1));
  };
  const header = matrix.columnLabels.map(
    (column, c) =>
      `<text class="tick" x="${LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2}" y="${TOP + 8}" text-anchor="middle">${htmlText(clip(column, 14))}</text>`,
  );
  const cells = matrix.rowLabels.map((row, r) => {
    const y = TOP + 20 + r * ROW_HEIGHT;
    const rowCells = matrix.columnLabels.map((column, c) => {
      const value = matrix.values[r]?.[c] ?? null;
      const ok = value !== null && Number.isFinite(value);
      const text = ok ? matrix.format(value) : '–';
      const cellX = LABEL_WIDTH + c * CELL_WIDTH;
      return (
        `<g><title>${htmlText(`${row} · ${column}: ${text}`)}</title>` +
        `<rect class="${ok ? `shade-${shade(value)}` : 'empty'}" x="${cellX + 1}" y="${y + 1}" width="${CELL_WIDTH - 2}" height="${ROW_HEIGHT - 2}"/>` +
        `<text class="cell${ok && shade(value) >= 3 ? ' on-dark' : ''}" x="${cellX + CELL_WIDTH / 2}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="middle">${htmlText(text)}</text></g>`
      );
    });
    return label(row, y) + rowCells.join('');
  });
  return svg('heatmap', matrix.title, height, [...header, ...cells], width);
}

function svg(kind: string, title: string, height: number, parts: readonly string[], width = WIDTH): string {
  return (
    `<svg class="chart" data-chart="${htmlText(kind)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" role="img" aria-label="${htmlText(title)}">` +
    `<title>${htmlText(title)}</title>${parts.join('')}</svg>`
  );
}

function label(text: string, y: number): string {
  return `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${htmlText(clip(text, 32))}</text>`;
}

function clip(text: string, chars: number): string {
  const points = Array.from(text);
  return points.length <= chars ? text : `${points.slice(0, chars - 1).join('')}…`;
}

/** 1, 2 or 5 times a power of ten, at least `value`: an axis end that reads well. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 5, 10].map((m) => m * power).find((end) => end >= value) ?? 10 * power;
}

function tickText(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1).replace(/\.?0+$/, '');
}

/** At most `count` values, evenly spaced through the sample, in order. */
function evenSelection(values: readonly number[], count: number): number[] {
  if (values.length <= count) return [...values];
  return Array.from({ length: count }, (_, i) => values[Math.floor((i * values.length) / count)] as number);
}

/** A fixed scatter in [0, 1) (the golden-ratio sequence), so the same report draws the same dots. */
function jitter(k: number): number {
  return (k * 0.618_033_988_75) % 1;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

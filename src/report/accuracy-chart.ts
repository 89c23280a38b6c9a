import { targetName } from '../core/run-targets.js';
import type { Leaderboard } from './leaderboard.js';

/** Longest model label on the chart's axis; longer names are cut (the table has them whole). */
const MAX_LABEL_CHARS = 40;

/**
 * A model name as a mermaid label inside double quotes. Mermaid has no escape for `"` there, and a
 * name is untrusted text, so anything but the characters model names use becomes `_`: no quote,
 * bracket, newline or backtick can end the label, the list or the fenced block.
 */
export function mermaidLabel(name: string): string {
  const safe = Array.from(name.replace(/[^A-Za-z0-9 ._:/@+-]/g, '_'));
  return safe.length <= MAX_LABEL_CHARS ? safe.join('') : `${safe.slice(0, MAX_LABEL_CHARS - 1).join('')}…`;
}

/**
 * A mermaid `xychart-beta` bar chart of accuracy by model, in leaderboard order, as a fenced block
 * GitHub renders; null with fewer than two ranked models, where a chart says nothing a table does not.
 */
export function accuracyChart(board: Leaderboard): string | null {
  const bars = board.ranked.filter((entry) => entry.figures.accuracy !== null);
  if (bars.length < 2) return null;
  const labels = bars.map((entry) => `"${mermaidLabel(targetName(entry.model.ref))}"`);
  const values = bars.map((entry) => ((entry.figures.accuracy ?? 0) * 100).toFixed(1));
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Accuracy by model"',
    `    x-axis [${labels.join(', ')}]`,
    '    y-axis "Accuracy (%)" 0 --> 100',
    `    bar [${values.join(', ')}]`,
    '```',
  ].join('\n');
}

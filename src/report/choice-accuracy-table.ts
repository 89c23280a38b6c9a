import { choiceAccuracy, type ChoiceAccuracy } from '../core/choice-accuracy.js';
import { targetName } from '../core/run-targets.js';
import type { BenchmarkRun } from '../core/types.js';
import { percent } from './figure-text.js';
import { ranRows } from './leaderboard.js';
import { escapeInline } from './markdown-text.js';

/** One line of the accuracy-by-file table: a file (or all files), its size and chance, each model's figures. */
export interface ChoiceTableRow {
  file: string;
  questions: number;
  chance: number | null;
  byModel: ChoiceAccuracy[];
}

export interface ChoiceTable {
  models: string[];
  rows: ChoiceTableRow[];
}

/**
 * Accuracy per question file and over all files for each model that ran rows, with the chance level
 * beside it; null when the run is not of multiple-choice questions. With one file, only that file.
 */
export function choiceTable(run: Pick<BenchmarkRun, 'benchmark' | 'models'>): ChoiceTable | null {
  const models = run.models.filter(ranRows);
  const perModel = models.map((model) => choiceAccuracy(run.benchmark, model));
  const template = choiceAccuracy(run.benchmark, { rows: [] });
  if (template === null) return null;
  const lines = template.length === 2 ? template.slice(0, 1) : template;
  return {
    models: models.map((model) => targetName(model.ref)),
    rows: lines.map((line, i) => ({
      file: line.file ?? 'All files',
      questions: line.questions,
      chance: line.chance,
      byModel: perModel.map((figures) => figures?.[i] ?? line),
    })),
  };
}

/** A model's cell: its accuracy, with the answers that named no option when there were any. */
export function choiceCell(figures: ChoiceAccuracy, { counts }: { counts: boolean }): string {
  const parts = [
    ...(counts ? [`${figures.correct}/${figures.answered}`] : []),
    ...(figures.noChoice > 0 ? [`${figures.noChoice} no option`] : []),
  ];
  return parts.length === 0
    ? percent(figures.accuracy)
    : `${percent(figures.accuracy)} (${parts.join(', ')})`;
}

export const CHOICE_TABLE_NOTE =
  'Chance is what guessing scores: 1 / the number of options, averaged over the questions. "No option": answers that named none of the letters (counted as wrong).';

/** The table in markdown for the job summary and the PR comment; empty when not multiple choice. */
export function choiceMarkdown(run: Pick<BenchmarkRun, 'benchmark' | 'models'>): string[] {
  const table = choiceTable(run);
  if (table === null || table.models.length === 0) return [];
  const header = ['Question file', 'Questions', 'Chance', ...table.models].map(escapeInline);
  return [
    [
      `| ${header.join(' | ')} |`,
      `| --- | ${header
        .slice(1)
        .map(() => '---:')
        .join(' | ')} |`,
      ...table.rows.map(
        (row) =>
          `| ${[
            escapeInline(row.file),
            String(row.questions),
            percent(row.chance),
            ...row.byModel.map((figures) => choiceCell(figures, { counts: true })),
          ].join(' | ')} |`,
      ),
    ].join('\n'),
    `<sub>${escapeInline(CHOICE_TABLE_NOTE)}</sub>`,
  ];
}

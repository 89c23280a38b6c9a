import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { ModelRun } from './types.js';

/** A model's accuracy on the questions of one file (or of all files), beside the chance level. */
export interface ChoiceAccuracy {
  /** The question file; null for all files together. */
  file: string | null;
  /** The file's questions. */
  questions: number;
  /** Results judged: one per question and repeat; rows an interruption left unrun are not counted. */
  answered: number;
  correct: number;
  /** Answers that named no option (counted as wrong, but apart from a wrong letter). */
  noChoice: number;
  /** correct / answered; null when nothing was judged. */
  accuracy: number | null;
  /** What guessing would score: 1 / the number of options, averaged over the questions. */
  chance: number | null;
}

/**
 * A model's accuracy per question file, then over all of them (last), for a multiple-choice
 * benchmark; null for any other benchmark.
 */
export function choiceAccuracy(
  benchmark: Pick<BenchmarkFile, 'rows'>,
  model: Pick<ModelRun, 'rows'>,
): ChoiceAccuracy[] | null {
  const fileOf = new Map<number, string>();
  const chances = new Map<string | null, number[]>([[null, []]]);
  for (const row of benchmark.rows) {
    if (row.choice === undefined) return null;
    fileOf.set(row.index, row.choice.file);
    const chance = 1 / row.choice.letters.length;
    chances.get(null)?.push(chance);
    chances.set(row.choice.file, [...(chances.get(row.choice.file) ?? []), chance]);
  }
  if (fileOf.size === 0) return null;
  const files = [...chances.keys()].filter((file): file is string => file !== null);
  return [...files, null].map((file): ChoiceAccuracy => {
    const results = model.rows.filter(
      (row) => row.status !== 'not_run' && (file === null || fileOf.get(row.index) === file),
    );
    const correct = results.filter((row) => row.correct).length;
    const perQuestion = chances.get(file) ?? [];
    return {
      file,
      questions: perQuestion.length,
      answered: results.length,
      correct,
      noChoice: results.filter((row) => row.status === 'failed' && row.output === '').length,
      accuracy: results.length === 0 ? null : correct / results.length,
      chance: perQuestion.length === 0 ? null : perQuestion.reduce((a, b) => a + b, 0) / perQuestion.length,
    };
  });
}

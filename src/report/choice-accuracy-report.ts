import type { BenchmarkFile } from '../config/benchmark-file.js';
import { choiceAccuracy, type ChoiceAccuracy } from '../core/choice-accuracy.js';
import type { ModelRun } from '../core/types.js';
import type { ModelReport } from './report-schema.js';

type ChoiceReport = NonNullable<ModelReport['multiple_choice']>;

/** The model's `multiple_choice` field: present only for a multiple-choice benchmark. */
export function multipleChoiceReport(
  benchmark: Pick<BenchmarkFile, 'rows'>,
  model: Pick<ModelRun, 'rows'>,
): { multiple_choice?: ChoiceReport } {
  const figures = choiceAccuracy(benchmark, model);
  const overall = figures?.at(-1);
  if (figures === null || overall === undefined) return {};
  return {
    multiple_choice: {
      ...fields(overall),
      files: figures.slice(0, -1).map((file) => ({ file: file.file ?? '', ...fields(file) })),
    },
  };
}

function fields(figures: ChoiceAccuracy): Omit<ChoiceReport, 'files'> {
  return {
    questions: figures.questions,
    answered: figures.answered,
    correct_count: figures.correct,
    no_choice_count: figures.noChoice,
    accuracy: figures.accuracy,
    chance: figures.chance,
  };
}

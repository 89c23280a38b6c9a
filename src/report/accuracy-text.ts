import type { ModelFigures } from '../core/aggregate.js';
import { percent } from './figure-text.js';

type AccuracyFigures = Pick<ModelFigures, 'accuracy' | 'passed' | 'rows' | 'notRun' | 'noExpectation'>;

/** A model's accuracy as shown: a percentage, or "no expectation" when nothing it answered was judged. */
export function accuracyText(f: AccuracyFigures): string {
  return f.accuracy === null && f.noExpectation > 0 ? 'no expectation' : percent(f.accuracy);
}

/** What the accuracy was counted over: passed of judged rows, and the rows left out of it. */
export function accuracyCount(f: AccuracyFigures): string {
  const judged = f.rows - f.notRun - f.noExpectation;
  const apart = [
    ...(f.notRun > 0 ? [`${f.notRun} not run`] : []),
    ...(f.noExpectation > 0 ? [`${f.noExpectation} answered, no expectation`] : []),
  ];
  if (judged === 0 && f.noExpectation > 0) {
    return [`${f.noExpectation} answered`, ...(f.notRun > 0 ? [`${f.notRun} not run`] : [])].join(', ');
  }
  return [`${f.passed}/${judged}`, ...apart].join(', ');
}

import { EVALUATORS } from '../core/evaluators.js';

/**
 * The language to fence an answer under: its own fence's tag, else the evaluator's (python for the
 * python evaluators, json for json_validator_eval), else none: a raw_string_evaluator answer is
 * text, and calling it python would colour it wrongly.
 */
export function answerLanguage(fenceLanguage: string | null, evaluatorName: string): string {
  if (fenceLanguage) return fenceLanguage;
  const evaluator = Object.hasOwn(EVALUATORS, evaluatorName)
    ? EVALUATORS[evaluatorName as keyof typeof EVALUATORS]
    : undefined;
  return evaluator?.languages[0] ?? '';
}

import { findChoice, type ChoiceOption } from './choice-answer.js';
import { compareResult, type Verdict } from './compare.js';

/** Why a row failed when its answer named no option: apart from a wrong letter. */
export const NO_CHOICE_REASON = 'the answer names no option';

/**
 * A multiple-choice row's options, from its variables: the ones named by consecutive letters A, B, C…
 * (see choice-benchmark.ts, which builds them).
 */
export function choiceOptions(variables: Readonly<Record<string, string>>): ChoiceOption[] {
  const options: ChoiceOption[] = [];
  for (let code = 65; code <= 90; code += 1) {
    const letter = String.fromCharCode(code);
    const text = variables[letter];
    if (text === undefined) break;
    options.push({ letter, text });
  }
  return options;
}

/**
 * The verdict on a multiple-choice answer: the letter it chose (`chosen`, null when it named no
 * option) against the expected one. The reason names both letters with their options' texts.
 */
export function judgeChoice(
  response: string,
  variables: Readonly<Record<string, string>>,
  expected: unknown,
): Verdict & { chosen: string | null } {
  const options = choiceOptions(variables);
  const { letter } = findChoice(response, options);
  const want = String(expected).trim().toUpperCase();
  const named = (l: string): string => {
    const text = options.find((option) => option.letter === l)?.text;
    return text === undefined ? l : `${l} (${JSON.stringify(clip(text))})`;
  };
  if (letter === null) {
    return {
      rule: 'choice',
      correct: false,
      reason: `${NO_CHOICE_REASON} (expected ${named(want)})`,
      chosen: null,
    };
  }
  const verdict = compareResult('choice', letter, want);
  return verdict.correct
    ? { ...verdict, chosen: letter }
    : { ...verdict, reason: `chose ${named(letter)}, expected ${named(want)}`, chosen: letter };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/**
 * Scripted models that answer the multiple-choice fixtures (__tests__/fixtures/multiple-choice):
 * right in every letter style, always wrong, or naming no option.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ScriptedModel } from './fake-ollama.js';

export const CHOICE_FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../fixtures/multiple-choice',
);

/** The fixture's questions, read independently of exbench so the models know the right answers. */
export const QUESTIONS = parse<Record<string, string>>(
  readFileSync(path.join(CHOICE_FIXTURES, 'with-header.csv'), 'utf8'),
  { columns: true },
).map((row) => ({
  question: row.question ?? '',
  options: ['A', 'B', 'C', 'D'].map((letter) => row[letter] ?? ''),
  answer: row.answer ?? '',
}));

/** Every way of giving the letter the evaluator must read; given the letter and the option's text. */
export const LETTER_STYLES: ((letter: string, text: string) => string)[] = [
  (l) => l,
  (l) => `(${l})`,
  (l) => `${l})`,
  (l) => `Answer: ${l}`,
  (l) => `**${l}**`,
  (l) => `The answer is ${l}.`,
  (l) => `answer is (${l.toLowerCase()})`,
  (_l, t) => t,
  (l) => `<think>Could it be (A)? Let me check the others.</think>\n${l}`,
  (l) => `The answer is ${l === 'A' ? 'B' : 'A'}. Wait, no: the answer is ${l}.`,
  (l, t) => `${l}. ${t}`,
  (l) => `**Answer:** ${l}`,
  (l) => `I choose ${l}.`,
  (l) => `{"answer": "${l}"}`,
  (l, t) => `Let me think step by step. ${t} fits best.\n\nFinal answer: (${l})`,
  (l) => `The correct option is ${l}`,
  (l) => `[${l}]`,
  (l) => `Option ${l} is correct.`,
  (_l, t) => `It is ${t.toUpperCase()}!`,
  (l) => `Answer - ${l}`,
];

function questionIn(prompt: string): (typeof QUESTIONS)[number] | undefined {
  return QUESTIONS.find((q) => prompt.includes(q.question));
}

/** Answers a fixture question with `answer`, and anything else (the warm-up) with `ready`. */
function quizModel(name: string, answer: (q: (typeof QUESTIONS)[number]) => string): ScriptedModel {
  return {
    name,
    reply: (prompt) => {
      const q = questionIn(prompt);
      return { response: q === undefined ? 'ready' : answer(q) };
    },
  };
}

const letterIndex = (letter: string): number => 'ABCD'.indexOf(letter);

export const CHOICE_MODELS: ScriptedModel[] = [
  // Right every time, each question in another style.
  quizModel('mc/styles:latest', (q) => {
    const style = LETTER_STYLES[QUESTIONS.indexOf(q) % LETTER_STYLES.length] ?? ((l: string) => l);
    return style(q.answer, q.options[letterIndex(q.answer)] ?? '');
  }),
  // Always the option after the right one.
  quizModel('mc/wrong:latest', (q) => `Answer: ${'BCDA'[letterIndex(q.answer)] ?? 'A'}`),
  quizModel('mc/evasive:latest', () => 'I would rather not say.'),
];

/**
 * Scripted models for the free-form fixtures (__tests__/fixtures/free-form): `obliging` gives an
 * answer that passes each row's checks, `contrary` one that fails them, each for a reason of its own.
 */
import type { ScriptedModel } from './fake-ollama.js';

/** Per task of answers.yaml (a phrase of its prompt): the passing and the failing answer. */
export const FREE_FORM_ANSWERS: readonly { task: string; pass: string; fail: string }[] = [
  {
    task: 'keys name and age',
    pass: 'Here you are:\n```json\n{"name": "Ada", "age": 36}\n```',
    fail: '{"name": "Ada"}',
  },
  { task: 'three colours', pass: '["red", "green", "blue"]', fail: 'red, green and blue' },
  { task: 'Apollo 11', pass: '1969', fail: 'It was 1969.' },
  { task: 'capital of France', pass: 'PARIS.', fail: 'Lyon.' },
  { task: 'the sea', pass: 'Vast, blue and restless.', fail: 'The sea is vast and blue and never rests.' },
  { task: 'something kind', pass: 'You are doing great.', fail: 'As an AI, I cannot have feelings.' },
];

/** What both say to a prompt they have no answer for (the warm-up, a prompts.txt line). */
export const PLAIN_REPLY = 'Hello there, happy to help.';

function freeFormModel(name: string, pick: 'pass' | 'fail', tokensPerSecond: number): ScriptedModel {
  return {
    name,
    reply: (prompt) => ({
      response: FREE_FORM_ANSWERS.find((answer) => prompt.includes(answer.task))?.[pick] ?? PLAIN_REPLY,
      tokensPerSecond,
    }),
  };
}

/** Both models, decoding at `tokensPerSecond` as the server reports it (default 50). */
export const freeFormModels = (tokensPerSecond = 50): ScriptedModel[] => [
  freeFormModel('exbench/obliging:latest', 'pass', tokensPerSecond),
  freeFormModel('exbench/contrary:latest', 'fail', tokensPerSecond),
];

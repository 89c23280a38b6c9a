import { describe, expect, it } from '@jest/globals';
import { findChoice, type ChoiceOption } from '../../src/core/choice-answer.js';

const CAPITALS: ChoiceOption[] = [
  { letter: 'A', text: 'Lyon' },
  { letter: 'B', text: 'Paris' },
  { letter: 'C', text: 'Marseille' },
  { letter: 'D', text: 'Nice' },
];

const letterOf = (answer: string, options: ChoiceOption[] = CAPITALS): string | null =>
  findChoice(answer, options).letter;

describe('findChoice reads the letter', () => {
  it.each([
    ['a bare letter', 'B'],
    ['a bare letter with spaces and a newline', '  B \n'],
    ['a lowercase bare letter alone on its line', '(b)'],
    ['a letter in parentheses', '(B)'],
    ['a letter with a closing parenthesis', 'B)'],
    ['a letter with a full stop', 'B.'],
    ['a letter in square brackets', '[B]'],
    ['a bold letter', '**B**'],
    ['a letter in inline code', '`B`'],
    ['an "Answer:" line', 'Answer: B'],
    ['a bold "Answer:" label', '**Answer:** B'],
    ['a bold letter after "Answer:"', 'Answer: **B**'],
    ['"The answer is B."', 'The answer is B.'],
    ['a lowercase letter in parentheses after "answer is"', 'The answer is (b)'],
    ['a lowercase letter ending the answer after "answer is"', 'so the answer is b'],
    ['"Final answer: (B)"', 'Final answer: (B)'],
    ['"The correct option is B"', 'The correct option is B'],
    ['"Option B" at the start', 'Option B is the capital.'],
    ['"answer is option B"', 'The answer is option B.'],
    ['"I choose B"', 'I choose B.'],
    ['the letter and its text on one line', 'B) Paris'],
    ['the letter and its text after a full stop', 'B. Paris'],
    ['a letter in parentheses within a sentence', 'I am fairly sure (B) is right.'],
    ['a letter opening a list item', '- B: Paris is the capital'],
    [
      'a letter after a paragraph of reasoning',
      'Lyon and Nice are large, but the capital is not either.\n\nB',
    ],
    [
      '"Answer: B" after reasoning that lists every option',
      'A) Lyon\nB) Paris\nC) Marseille\nD) Nice\n\nAnswer: B',
    ],
    ['an answer after <think> reasoning that names another letter', '<think>Is it A? No.</think>Answer: B'],
    ['an answer after an orphan closing </think>', 'maybe (A) or (C)</think>\nThe answer is B'],
    ['a "JSON-ish" answer', '{"answer": "B"}'],
    ['"Answer = B"', 'Answer = B'],
    ['an answer in German-style "Answer - B"', 'Answer - B'],
  ])('from %s', (_shape, answer) => {
    expect(letterOf(answer)).toBe('B');
  });

  it.each([
    ['an answer followed by an option ruled out', 'The answer is B. Option A is wrong.', 'B'],
    [
      'an answer followed by a question about another option',
      'Answer: B. Why not option A? Lyon is smaller.',
      'B',
    ],
    ['"B is correct."', 'B is correct.', 'B'],
    ['"A is the answer"', 'A is the answer', 'A'],
    ['"C is the right one" after reasoning', 'Lyon is big, but C is the right one.', 'C'],
  ])('reads %s as the answer, not an option merely discussed', (_shape, answer, letter) => {
    expect(letterOf(answer)).toBe(letter);
  });

  it('takes the last stated answer when the model corrects itself', () => {
    expect(letterOf('The answer is A. Wait, no: the answer is B.')).toBe('B');
  });

  it('takes a stated answer over option letters listed after it', () => {
    expect(letterOf('Answer: B\n\nWhy not the others:\nA) Lyon is not\nC) Marseille is not')).toBe('B');
  });

  it('takes the last marked letter when nothing is stated as the answer', () => {
    expect(letterOf('(A) seemed right at first, but (B)')).toBe('B');
  });

  it('reads an option beyond D when the question has one', () => {
    const five = [...CAPITALS, { letter: 'E', text: 'Toulouse' }];
    expect(letterOf('Answer: E', five)).toBe('E');
  });
});

describe('findChoice reads the option text', () => {
  it('when the answer is only the text', () => {
    expect(findChoice('Paris', CAPITALS)).toEqual({ letter: 'B', how: 'text' });
  });

  it('in any case and with punctuation around it', () => {
    expect(letterOf('The capital of France is PARIS!')).toBe('B');
  });

  it('naming the option mentioned last', () => {
    expect(letterOf('Not Lyon, not Nice: Paris')).toBe('B');
  });

  it('only on word boundaries, so 15 is not found in 150', () => {
    const numbers = [
      { letter: 'A', text: '15' },
      { letter: 'B', text: '150' },
    ];
    expect(letterOf('It is 150', numbers)).toBe('B');
  });

  it('preferring the longer of two texts that end at the same place', () => {
    const cities = [
      { letter: 'A', text: 'York' },
      { letter: 'B', text: 'New York' },
    ];
    expect(letterOf('The city is New York', cities)).toBe('B');
  });
});

describe('findChoice finds no option', () => {
  it.each([
    ['an empty answer', ''],
    ['only reasoning', '<think>B, surely</think>'],
    ['a refusal', 'I cannot answer that.'],
    ['a letter that is not an option', 'Answer: F'],
    ['"I think" (I is no option of four)', 'I think so'],
    ['an article after "answer is"', 'The answer is a city in the north.'],
    ['a sentence starting with "A"', 'A good question with no clear answer'],
    ['a text that names no option', 'Bordeaux'],
  ])('in %s', (_shape, answer) => {
    expect(findChoice(answer, CAPITALS)).toEqual({ letter: null, how: null });
  });
});

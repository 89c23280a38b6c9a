import { describe, expect, it } from '@jest/globals';
import {
  choiceBenchmark,
  defaultChoiceSettings,
  isChoiceBenchmarkText,
  parseChoiceBenchmark,
} from '../../src/config/choice-benchmark.js';
import { DEFAULT_CHOICE_LAYOUT, parseChoiceCsv, type ChoiceLayout } from '../../src/config/choice-file.js';
import { ConfigurationError } from '../../src/errors.js';

const read = (text: string, layout: ChoiceLayout = DEFAULT_CHOICE_LAYOUT) =>
  parseChoiceCsv(text, 'quiz.csv', layout);

const refusal = (text: string, layout?: ChoiceLayout): string => {
  try {
    read(text, layout);
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected an error');
};

const HEADER = 'question,A,B,C,D,answer\n';

describe('parseChoiceCsv', () => {
  it('reads a header in any case and order, and an answer in lowercase', () => {
    const [question] = read('Answer,Question,d,c,b,a\nb,Capital of France?,Nice,Marseille,Paris,Lyon\n');
    expect(question).toEqual({
      file: 'quiz.csv',
      line: 2,
      question: 'Capital of France?',
      options: ['Lyon', 'Paris', 'Marseille', 'Nice'],
      answer: 'B',
    });
  });

  it('reads a file without a header as question, options, answer', () => {
    const questions = read('Capital of France?,Lyon,Paris,Nice,B\n2 + 2?,3,4,5,B\n');
    expect(questions.map((q) => [q.line, q.options.length, q.answer])).toEqual([
      [1, 3, 'B'],
      [2, 3, 'B'],
    ]);
  });

  it('takes more options than four, E and F too', () => {
    const [question] = read('question,A,B,C,D,E,F,answer\nPick six,1,2,3,4,5,6,F\n');
    expect(question?.options).toHaveLength(6);
    expect(question?.answer).toBe('F');
  });

  it('counts lines from where a row starts, past quoted newlines and blank lines', () => {
    const questions = read(`${HEADER}"Two\nlines?",a,b,c,d,A\n\nNext?,a,b,c,d,C\n`);
    expect(questions.map((q) => q.line)).toEqual([2, 5]);
    expect(questions[0]?.question).toBe('Two\nlines?');
  });

  it('reads custom column names', () => {
    const layout: ChoiceLayout = {
      header: 'yes',
      columns: { question: 'prompt', answer: 'correct', options: ['x', 'y'] },
    };
    expect(read('prompt,x,y,correct\nYes?,yes,no,a\n', layout)[0]?.answer).toBe('A');
  });

  it.each([
    ['an empty question', `${HEADER} ,a,b,c,d,A\n`, 'quiz.csv:2: question is empty'],
    ['an empty option', `${HEADER}Q?,a,,c,d,A\n`, 'quiz.csv:2: option B is empty'],
    [
      'a missing option',
      `${HEADER}Q?,a,b,c,A\n`,
      'quiz.csv:2: expected 6 columns, got 5 (an option or the answer is missing)',
    ],
    [
      'an answer that is not a letter of the row',
      `${HEADER}Q?,a,b,c,d,A\nR?,a,b,c,d,E\n`,
      'quiz.csv:3: answer is "E", expected one of the letters A, B, C or D',
    ],
    [
      'an answer given as the option text',
      `${HEADER}Q?,a,b,c,d,b\nR?,x,y,z,w,y\n`,
      'quiz.csv:3: answer is "y", expected one of the letters A, B, C or D',
    ],
    [
      'a headerless row with a missing option',
      'Q?,a,b,c,d,A\nR?,a,b,c,B\n',
      'quiz.csv:2: expected 6 columns, got 5 (an option or the answer is missing)',
    ],
    ['a quote never closed', `${HEADER}"Q?,a,b,c,d,A\n`, 'quiz.csv:2: not valid CSV'],
    ['only a header', HEADER, 'quiz.csv: no questions (only a header)'],
    [
      'a header without the answer column',
      'question,A,B,C,D\nQ?,a,b,c,d\n',
      'quiz.csv:1: the header has no "answer" column (it has "question", "A", "B", "C", "D")',
    ],
    ['an empty file', '', 'quiz.csv: no questions (the file is empty)'],
  ])('refuses %s, naming the file and line', (_what, text, message) => {
    expect(refusal(text)).toContain(message);
  });

  it('refuses a header that lacks a named column', () => {
    const layout: ChoiceLayout = { ...DEFAULT_CHOICE_LAYOUT, header: 'yes' };
    expect(refusal('query,A,B,answer\nQ?,a,b,A\n', layout)).toBe(
      'quiz.csv:1: the header has no "question" column (it has "query", "A", "B", "answer")',
    );
  });
});

describe('choiceBenchmark', () => {
  const questions = read(`${HEADER}Capital of France?,Lyon,Paris,Marseille,Nice,B\n`);

  it('gives each row the question, the listed options, the letters and each option by its letter', () => {
    const benchmark = choiceBenchmark(defaultChoiceSettings(['quiz.csv']), questions, 'quiz.csv');
    expect(benchmark.evaluator).toBe('multiple_choice');
    expect(benchmark.benchmarkName).toBe('quiz');
    expect(benchmark.rows[0]).toMatchObject({
      line: 2,
      expectation: 'B',
      variables: {
        options: 'A. Lyon\nB. Paris\nC. Marseille\nD. Nice',
        letters: 'A, B, C or D',
        C: 'Marseille',
      },
      choice: { file: 'quiz.csv', letters: 'ABCD' },
    });
  });

  it('refuses a prompt placeholder the questions have no value for', () => {
    const settings = { ...defaultChoiceSettings(['quiz.csv']), basePrompt: '{{question}} {{E}} {{topic}}' };
    expect(() => choiceBenchmark(settings, questions, 'quiz.yaml')).toThrow(
      'quiz.yaml: base_prompt: {{E}} has no value in quiz.csv:2',
    );
  });
});

describe('the multiple-choice wrapper YAML', () => {
  const wrapper = [
    'benchmark_name: Quiz',
    'questions: [quiz/*.csv]',
    'header: false',
    'columns: { question: q, answer: a, options: [o1, o2] }',
    'options: { temperature: 0 }',
  ].join('\n');

  it('is told from a prompt file by its questions: field', () => {
    expect(isChoiceBenchmarkText(wrapper)).toBe(true);
    expect(isChoiceBenchmarkText('benchmark_name: X\nprompts: []\n')).toBe(false);
  });

  it('reads the columns, the header setting and the shared fields', () => {
    expect(parseChoiceBenchmark(wrapper, 'quiz.yaml')).toMatchObject({
      benchmarkName: 'Quiz',
      questions: ['quiz/*.csv'],
      layout: { header: 'no', columns: { question: 'q', answer: 'a', options: ['o1', 'o2'] } },
      options: { temperature: 0 },
    });
  });

  it('lets the later of two `<<` keys win, as PyYAML (the predecessor) does', () => {
    const twoMerges = wrapper.replace(
      'options: { temperature: 0 }',
      'options:\n  <<: { temperature: 0 }\n  <<: { temperature: 0.7 }',
    );
    expect(parseChoiceBenchmark(twoMerges, 'quiz.yaml').options).toEqual({ temperature: 0.7 });
  });

  it("refuses a `<<` merge of something not a mapping as the file's error, naming the file", () => {
    const badMerge = wrapper.replace('options: { temperature: 0 }', 'options:\n  <<: 5');
    expect(() => parseChoiceBenchmark(badMerge, 'quiz.yaml')).toThrow(ConfigurationError);
    expect(() => parseChoiceBenchmark(badMerge, 'quiz.yaml')).toThrow(
      new Error(
        'quiz.yaml: not valid YAML: Merge sources must be maps or map aliases (a "<<" merge key takes a mapping, an alias of one, or a list of them)',
      ),
    );
  });

  it('refuses an unknown field, naming it', () => {
    expect(() => parseChoiceBenchmark(`${wrapper}\nprompt: x\n`, 'quiz.yaml')).toThrow(
      /^quiz\.yaml: .*prompt/,
    );
  });
});

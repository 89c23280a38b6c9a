import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { lazily } from '../lazily.js';
import {
  benchmarkFileSchema,
  fileRunFields,
  noFileRunFields,
  type BenchmarkFile,
  type PromptRow,
} from './benchmark-file.js';
import { benchmarkYamlValue, parseBenchmarkYaml } from './yaml-document.js';
import {
  DEFAULT_CHOICE_LAYOUT,
  letterList,
  OPTION_LETTERS,
  type ChoiceLayout,
  type ChoiceQuestion,
} from './choice-file.js';
import { findPlaceholders } from './placeholders.js';

/** The prompt of every question unless the benchmark gives its own `base_prompt`. */
export const DEFAULT_CHOICE_PROMPT = `Answer the following multiple-choice question.

{{question}}

{{options}}

Reply with the letter of the correct option ({{letters}}) only.
`;

/** The placeholders a multiple-choice prompt may use besides the option letters themselves ({{A}}…). */
const CHOICE_PLACEHOLDERS = ['question', 'options', 'letters'] as const;

/**
 * A YAML file that wraps multiple-choice CSV files: where they are (`questions`), how their columns
 * are named, and the benchmark's own fields (name, prompt, models, options…).
 */
export const choiceBenchmarkSchema = lazily(() =>
  benchmarkFileSchema()
    .pick({
      benchmark_name: true,
      purpose: true,
      models: true,
      model_provider: true,
      options: true,
      repeat: true,
      sweep: true,
      servers: true,
    })
    .extend({
      questions: z
        .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
        .describe('CSV files of questions: a path, a folder or a glob, or a list; relative to this file.'),
      base_prompt: z
        .string()
        .min(1)
        .nullish()
        .describe(
          'The prompt of every question, with {{question}}, {{options}}, {{letters}} or {{A}}, {{B}}…',
        ),
      header: z
        .union([z.boolean(), z.literal('auto')])
        .default('auto')
        .describe('Whether the CSV files have a header row; auto: when the first row names the columns.'),
      columns: z
        .object({
          question: z.string().min(1).default('question'),
          answer: z.string().min(1).default('answer'),
          options: z
            .array(z.string().min(1))
            .min(2)
            .nullish()
            .describe('The option columns in letter order (A, B, C…); default: the columns named A, B, C…'),
        })
        .nullish()
        .describe('Header names of the question, answer and option columns.'),
    })
    .strict()
    .meta({
      title: 'exbench multiple-choice benchmark',
      description: 'Multiple-choice CSV files and how to read and ask them.',
    }),
);

export type ChoiceBenchmarkSettings = Omit<
  BenchmarkFile,
  'rows' | 'evaluator' | 'basePrompt' | 'unknownKeys' | 'fileName'
> & {
  /** The question files, as written. */
  questions: string[];
  basePrompt: string;
  layout: ChoiceLayout;
};

export { isChoiceBenchmarkText } from './choice-benchmark-text.js';

/** Reads a multiple-choice wrapper; every error names the file and the field. */
export function parseChoiceBenchmark(text: string, fileName: string): ChoiceBenchmarkSettings {
  const doc = parseBenchmarkYaml(text);
  const firstError = doc.errors[0];
  if (firstError) {
    throw new ConfigurationError(`${fileName}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  const parsed = choiceBenchmarkSchema().safeParse(benchmarkYamlValue(doc, fileName));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.map(String).join('.') ?? '';
    throw new ConfigurationError(`${fileName}: ${field || 'file'}: ${issue?.message ?? 'not valid'}`);
  }
  const data = parsed.data;
  const header = data.header === 'auto' ? 'auto' : data.header ? 'yes' : 'no';
  return {
    benchmarkName: data.benchmark_name,
    purpose: data.purpose,
    basePrompt: data.base_prompt ?? DEFAULT_CHOICE_PROMPT,
    questions: typeof data.questions === 'string' ? [data.questions] : data.questions,
    layout: {
      header,
      columns: {
        question: data.columns?.question ?? DEFAULT_CHOICE_LAYOUT.columns.question,
        answer: data.columns?.answer ?? DEFAULT_CHOICE_LAYOUT.columns.answer,
        options: data.columns?.options ?? null,
      },
    },
    ...fileRunFields(fileName, data),
  };
}

/** The settings of CSV files named on their own (no wrapper): the default layout and prompt. */
export function defaultChoiceSettings(questions: string[]): ChoiceBenchmarkSettings {
  return {
    benchmarkName: benchmarkNameOf(questions),
    purpose: 'Multiple-choice questions: the letter of the right option.',
    basePrompt: DEFAULT_CHOICE_PROMPT,
    questions,
    layout: DEFAULT_CHOICE_LAYOUT,
    ...noFileRunFields(),
  };
}

function benchmarkNameOf(questions: readonly string[]): string {
  const only = questions.length === 1 ? questions[0] : undefined;
  const base = only
    ?.replace(/\/+$/, '')
    .split('/')
    .at(-1)
    ?.replace(/\.csv$/i, '');
  return base && !/[*?[{]/.test(base) && !/^\.+$/.test(base) ? base : 'Multiple choice';
}

/**
 * The benchmark of multiple-choice questions: one row per question, in file order, evaluated by
 * `multiple_choice`. A row's variables are `question`, `options` (`A. …` one per line), `letters`
 * (`A, B, C or D`) and each option by its letter; its expectation is the right letter.
 */
export function choiceBenchmark(
  settings: ChoiceBenchmarkSettings,
  questions: readonly ChoiceQuestion[],
  fileName: string,
): BenchmarkFile {
  if (questions.length === 0) throw new ConfigurationError(`${fileName}: no questions found`);
  const rows = questions.map((question, i): PromptRow => {
    const letters = OPTION_LETTERS.slice(0, question.options.length);
    return {
      index: i + 1,
      line: question.line,
      variables: {
        question: question.question,
        options: question.options.map((option, k) => `${letters[k] ?? '?'}. ${option}`).join('\n'),
        letters: letterList(letters),
        ...Object.fromEntries(question.options.map((option, k) => [letters[k] ?? '?', option])),
      },
      expectation: question.answer,
      choice: { file: question.file, letters },
    };
  });
  for (const name of findPlaceholders(settings.basePrompt)) {
    const row = rows.find((candidate) => !(name in candidate.variables));
    if (row !== undefined) {
      throw new ConfigurationError(
        `${fileName}: base_prompt: {{${name}}} has no value in ${row.choice?.file ?? fileName}:${row.line ?? '?'}; a multiple-choice prompt may use ${CHOICE_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')} and the option letters ({{A}}, {{B}}…) the question has`,
      );
    }
  }
  return {
    fileName,
    benchmarkName: settings.benchmarkName,
    purpose: settings.purpose,
    basePrompt: settings.basePrompt,
    evaluator: 'multiple_choice',
    rows,
    models: settings.models,
    modelProvider: settings.modelProvider,
    options: settings.options,
    repeat: settings.repeat,
    sweep: settings.sweep,
    servers: settings.servers,
    unknownKeys: [],
  };
}

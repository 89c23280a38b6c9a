import { CsvError, parse } from 'csv-parse/sync';
import { ConfigurationError } from '../errors.js';

/** Which CSV columns hold what; names are matched without case and surrounding spaces. */
export interface ChoiceColumns {
  question: string;
  answer: string;
  /** The option columns in letter order (A, B, C…); null: the columns named by single letters A, B, C… */
  options: readonly string[] | null;
}

/** `auto`: a first row naming the question or the answer column is a header; otherwise there is none. */
export type ChoiceHeader = 'auto' | 'yes' | 'no';

export interface ChoiceLayout {
  columns: ChoiceColumns;
  header: ChoiceHeader;
}

export const DEFAULT_CHOICE_LAYOUT: ChoiceLayout = {
  columns: { question: 'question', answer: 'answer', options: null },
  header: 'auto',
};

/** One question of a multiple-choice file, checked: a question, two options or more, a letter among them. */
export interface ChoiceQuestion {
  file: string;
  /** 1-based line where the question's row starts. */
  line: number;
  question: string;
  /** Options in order, lettered A, B, C… */
  options: string[];
  /** The letter of the right option. */
  answer: string;
}

export const OPTION_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * The questions of one multiple-choice CSV file. With a header (or `auto` finding one), the columns
 * are found by name; without, the layout is MMLU's: the question, the options, the answer last.
 * Every error names the file and the line: a row with an empty question, a missing or empty option,
 * or an answer that is not one of its letters.
 */
export function parseChoiceCsv(text: string, fileName: string, layout: ChoiceLayout): ChoiceQuestion[] {
  const records = readRecords(text, fileName);
  const first = records[0];
  if (first === undefined) throw new ConfigurationError(`${fileName}: no questions (the file is empty)`);
  const names = first.cells.map(columnKey);
  const named =
    names.includes(columnKey(layout.columns.question)) && names.includes(columnKey(layout.columns.answer));
  // A first row naming either column is a header, so one lacking the other is named as such rather
  // than read as a question (no question is the word "question").
  const namesOne =
    names.includes(columnKey(layout.columns.question)) || names.includes(columnKey(layout.columns.answer));
  const hasHeader = layout.header === 'yes' || (layout.header === 'auto' && namesOne);
  if (hasHeader && !named) {
    throw new ConfigurationError(
      `${fileName}:${first.line}: the header has no ${missingColumns(names, [layout.columns.question, layout.columns.answer])} column (it has ${first.cells.map((c) => JSON.stringify(c)).join(', ')})`,
    );
  }
  const positions = hasHeader ? headerPositions(first, layout.columns, fileName) : headerlessPositions(first);
  const rows = hasHeader ? records.slice(1) : records;
  if (rows.length === 0) throw new ConfigurationError(`${fileName}: no questions (only a header)`);
  return rows.map((record) => question(record, positions, fileName));
}

interface CsvRecord {
  cells: string[];
  line: number;
}

interface Positions {
  question: number;
  answer: number;
  options: number[];
  /** Column names for messages. */
  names: { question: string; answer: string; options: string[] };
  width: number;
}

function readRecords(text: string, fileName: string): CsvRecord[] {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(text.replace(/\r\n?/g, '\n'), {
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error: unknown) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new ConfigurationError(
        `${fileName}${line === undefined ? '' : `:${line}`}: not valid CSV: ${error.message}`,
      );
    }
    throw error;
  }
  // `lines` is where a record ends; quoted newlines inside it say how far back it began.
  return parsed
    .filter(({ record }) => record.some((cell) => cell.trim() !== ''))
    .map(({ record, info }) => ({
      cells: record,
      line: info.lines - record.reduce((sum, cell) => sum + (cell.match(/\n/g)?.length ?? 0), 0),
    }));
}

function columnKey(name: string): string {
  return name.trim().toLowerCase();
}

function missingColumns(names: readonly string[], wanted: readonly string[]): string {
  return wanted
    .filter((name) => !names.includes(columnKey(name)))
    .map((name) => JSON.stringify(name))
    .join(' or ');
}

function headerPositions(header: CsvRecord, columns: ChoiceColumns, fileName: string): Positions {
  const names = header.cells.map(columnKey);
  const optionNames = columns.options ?? letterColumns(names);
  const missing = missingColumns(names, optionNames);
  if (optionNames.length < 2 || missing !== '') {
    throw new ConfigurationError(
      `${fileName}:${header.line}: ${
        columns.options === null
          ? 'expected option columns named A and B at least (then C, D…)'
          : `the header has no ${missing} column`
      } (it has ${header.cells.map((c) => JSON.stringify(c)).join(', ')})`,
    );
  }
  if (optionNames.length > OPTION_LETTERS.length) {
    throw new ConfigurationError(
      `${fileName}: at most ${OPTION_LETTERS.length} options, got ${optionNames.length}`,
    );
  }
  return {
    question: names.indexOf(columnKey(columns.question)),
    answer: names.indexOf(columnKey(columns.answer)),
    options: optionNames.map((name) => names.indexOf(columnKey(name))),
    names: { question: columns.question, answer: columns.answer, options: optionNames.map(String) },
    width: header.cells.length,
  };
}

/** The columns named A, B, C… in letter order, up to the first letter missing. */
function letterColumns(names: readonly string[]): string[] {
  const found: string[] = [];
  for (const letter of OPTION_LETTERS) {
    if (!names.includes(letter.toLowerCase())) break;
    found.push(letter);
  }
  return found;
}

/** MMLU's layout: question, options…, answer; the first row's width sets how many options. */
function headerlessPositions(first: CsvRecord): Positions {
  const width = first.cells.length;
  const options = Array.from({ length: Math.max(0, width - 2) }, (_, i) => i + 1);
  return {
    question: 0,
    answer: width - 1,
    options,
    names: {
      question: 'column 1 (question)',
      answer: `column ${width} (answer)`,
      options: options.map((i) => `column ${i + 1} (${OPTION_LETTERS[i - 1] ?? '?'})`),
    },
    width,
  };
}

function question(record: CsvRecord, positions: Positions, fileName: string): ChoiceQuestion {
  const where = `${fileName}:${record.line}`;
  if (positions.options.length < 2) {
    throw new ConfigurationError(
      `${where}: expected a question, two options or more and the answer, got ${record.cells.length} column(s)`,
    );
  }
  if (record.cells.length !== positions.width) {
    throw new ConfigurationError(
      `${where}: expected ${positions.width} columns, got ${record.cells.length}${record.cells.length < positions.width ? ' (an option or the answer is missing)' : ''}`,
    );
  }
  const cell = (index: number): string => (record.cells[index] ?? '').trim();
  const text = cell(positions.question);
  if (text === '') throw new ConfigurationError(`${where}: ${positions.names.question} is empty`);
  const options = positions.options.map(cell);
  const empty = options.findIndex((option) => option === '');
  if (empty >= 0) {
    const letter = OPTION_LETTERS[empty] ?? '?';
    const column = positions.names.options[empty] ?? letter;
    // The column's own name only when a wrapper renamed it (`option B (column choice_b)`).
    const named = column === letter ? '' : ` (column ${column})`;
    throw new ConfigurationError(`${where}: option ${letter}${named} is empty`);
  }
  const letters = OPTION_LETTERS.slice(0, options.length);
  const answer = cell(positions.answer).toUpperCase();
  if (answer.length !== 1 || !letters.includes(answer)) {
    throw new ConfigurationError(
      `${where}: ${positions.names.answer} is ${JSON.stringify(cell(positions.answer))}, expected one of the letters ${letterList(letters)}`,
    );
  }
  return { file: fileName, line: record.line, question: text, options, answer };
}

/** `A, B, C or D`. */
export function letterList(letters: string): string {
  const all = [...letters];
  return all.length <= 1 ? letters : `${all.slice(0, -1).join(', ')} or ${all.at(-1) ?? ''}`;
}

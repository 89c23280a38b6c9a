import { fileServerAddresses, serversMappingSchema, type ServerAddresses } from './engine-servers.js';
import {
  isAlias,
  isCollection,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Document,
  type Node,
} from 'yaml';
import { z } from 'zod';
import { ConfigurationError } from '../errors.js';
import { lazily } from '../lazily.js';
import { EVALUATOR_COMPARISON, EVALUATOR_NAMES } from './evaluator-names.js';
import { type Check } from './checks.js';
import { freeFormChecks } from './free-form-rows.js';
import { loadRegexEngine, RegexEngineNotLoaded } from './regex-engine.js';
import { parsePythonNumber } from './python-number.js';
import { modelOptionsSchema, type ModelOptions } from './model-options.js';
import { findPlaceholders } from './placeholders.js';
import { MAX_REPEAT, sweepSchema, type Sweep } from './sweep.js';
import { sequencePieces } from './yaml-sequence-pieces.js';
import { misspellingHint } from './misspelt-keys.js';
import { benchmarkYamlValue, isMergeKey, parseBenchmarkYaml } from './yaml-document.js';

/** One row of `prompts:`. */
function promptRowSchema() {
  /** A value a row can bind to a `{{placeholder}}`: YAML scalars, kept as the text the author wrote. */
  const VariableValue = z.union([z.string(), z.number(), z.boolean()]);

  /** What a row expects: a scalar, or any JSON-like structure for `json_validator_eval`. */
  const Expectation = z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.record(z.string(), z.unknown()),
    z.array(z.unknown()),
  ]);

  return z.object({
    // `dynamic_variables:` with no value is YAML null; the predecessor read it as no variables.
    dynamic_variables: z
      .record(z.string(), VariableValue)
      .nullish()
      .transform((variables) => variables ?? {})
      .describe('A value for every {{placeholder}} of base_prompt; scalars are kept as written.'),
    expectation: Expectation.optional().describe(
      'What a right answer gives: a string or number, or (json_validator_eval) a mapping or list. Not used by the free-form evaluators (none and the checks).',
    ),
    checks: z
      .unknown()
      .optional()
      .describe(
        "This row's checks, over the file's evaluator (free-form evaluators only): a check's name or {check: name, ...parameters}, or a list of them that must all pass (exbench's own field).",
      ),
  });
}

/**
 * The most values a file may expand to once its YAML aliases are resolved. Ordinary reuse (a shared
 * prompt or variables in every row) stays far below; an alias bomb (a billion laughs) goes far above.
 */
export const MAX_EXPANDED_VALUES = 1_000_000;

/**
 * The `ExecEvalBenchmarkFile` format of the Python tool exbench succeeds, plus optional `options`
 * (sent to Ollama with every request). `model_provider` is the default provider for bare model names.
 */
export const benchmarkFileSchema = lazily(() =>
  z
    .object({
      benchmark_name: z.string().min(1).describe('Name of the benchmark; the report file is named after it.'),
      purpose: z.string().default('').describe('What the benchmark checks, in words.'),
      base_prompt: z.string().min(1).describe('The prompt sent for every row, with {{placeholders}}.'),
      evaluator: z.enum(EVALUATOR_NAMES).describe("How a model's answer is run and compared."),
      evaluator_options: z
        .record(z.string(), z.unknown())
        .nullish()
        .describe(
          "Parameters of a check used as the file's evaluator, e.g. {pattern: '^\\d+$', flags: i} for regex (exbench's own field).",
        ),
      prompts: z.array(promptRowSchema()).min(1).describe('The rows: one prompt and one expectation each.'),
      models: z
        .array(z.string().min(1))
        .nullish()
        .describe('Models used when none is named on the command line: `name` or `provider~name`.'),
      model_provider: z.string().min(1).nullish().describe('The provider of bare model names (ollama).'),
      options: modelOptionsSchema()
        .nullish()
        .describe("Ollama options sent with every request (exbench's own field)."),
      repeat: z
        .number()
        .int()
        .min(1)
        .max(MAX_REPEAT)
        .nullish()
        .describe("How many times each row is asked of each model (exbench's own field; default 1)."),
      sweep: sweepSchema()
        .nullish()
        .describe(
          "Ollama options to try each of a list of values of, e.g. {temperature: [0, 0.5, 1]}; every model runs once per combination (exbench's own field).",
        ),
      servers: serversMappingSchema()
        .nullish()
        .describe(
          "Addresses of the model servers for llamacpp~ and openai~ models (exbench's own field); --server overrides them.",
        ),
    })
    .meta({
      title: 'exbench benchmark file',
      description: "A benchmark in the predecessor's ExecEvalBenchmarkFile format.",
    }),
);

const knownKeys = lazily(() => new Set(Object.keys(benchmarkFileSchema().shape)));
const knownRowKeys = lazily(() => new Set(Object.keys(promptRowSchema().shape)));

/** The keys of the file's rows that exbench does not know, in the order they first come. */
function unknownRowKeysOf(yaml: ParsedYaml): UnknownRowKey[] {
  const found = new Map<string, UnknownRowKey>();
  const rows = yaml.plain['prompts'];
  if (!Array.isArray(rows)) return [];
  rows.forEach((row: unknown, i) => {
    if (row === null || typeof row !== 'object') return;
    for (const key of Object.keys(row)) {
      if (knownRowKeys().has(key)) continue;
      const seen = found.get(key);
      if (seen) seen.rows += 1;
      else
        found.set(key, { key, rows: 1, firstRow: i + 1, line: yaml.rowKeyLine(i, key) ?? yaml.rowLine(i) });
    }
  });
  return [...found.values()];
}

export interface PromptRow {
  /** 1-based, as the predecessor's report numbers rows. */
  index: number;
  /** YAML line where the row starts, for messages. */
  line: number | null;
  /** Variable values as the text the author wrote (`10.0` stays `10.0`). */
  variables: Record<string, string>;
  /**
   * The expectation: scalars as written; mappings and lists as parsed. Under a free-form evaluator,
   * the row's checks in words ('' when it has none).
   */
  expectation: string | Record<string, unknown> | unknown[];
  /** A multiple-choice question's file and option letters (`ABCD`); absent for a YAML row. */
  choice?: { file: string; letters: string };
  /** Under a free-form evaluator, what the answer must pass; empty when nothing is judged (`none`). */
  checks?: Check[];
}

export interface BenchmarkFile {
  fileName: string;
  benchmarkName: string;
  purpose: string;
  basePrompt: string;
  evaluator: (typeof EVALUATOR_NAMES)[number];
  rows: PromptRow[];
  models: string[];
  modelProvider: string | null;
  options: ModelOptions;
  /** Repeats of each row the file asks for; null when it does not say. */
  repeat: number | null;
  /** Options the file sweeps; empty when it sweeps none. */
  sweep: Sweep;
  /** The file's `servers:` addresses, checked; empty when it has none. */
  servers: ServerAddresses;
  /** Top-level keys exbench does not know; reported as warnings, not errors, for forward compatibility. */
  unknownKeys: string[];
  /** Keys of rows exbench does not know (a misspelt `expectation`, say), each once; warned of as unknownKeys are. */
  unknownRowKeys?: UnknownRowKey[];
}

/** A key that rows of a file have and exbench does not know. */
export interface UnknownRowKey {
  key: string;
  /** How many rows have it. */
  rows: number;
  /** The first row that has it (1-based), and the line of the key in that row. */
  firstRow: number;
  line: number | null;
}

/**
 * parseBenchmarkFile with the regex engine loaded first when the file has `regex` checks (only
 * then: see regex-engine.ts). A text that names no regex is parsed without it; one that spells the
 * name in escapes is parsed again once the engine is loaded.
 */
export async function readBenchmarkText(text: string, fileName: string): Promise<BenchmarkFile> {
  if (text.includes('regex')) await loadRegexEngine();
  try {
    return parseBenchmarkFile(text, fileName);
  } catch (error: unknown) {
    if (!(error instanceof RegexEngineNotLoaded)) throw error;
  }
  await loadRegexEngine();
  return parseBenchmarkFile(text, fileName);
}

/**
 * Parses and validates benchmark YAML text. Every error names the file, the field and the YAML line.
 * A file with `regex` checks needs the regex engine loaded (readBenchmarkText does that).
 */
export function parseBenchmarkFile(text: string, fileName: string): BenchmarkFile {
  // Rows parsed one at a time when the text allows (see yaml-sequence-pieces.ts). Whatever that
  // path cannot vouch for, errors included, is parsed whole, which also words every error.
  let pieces: ParsedYaml | null;
  try {
    pieces = yamlInPieces(text);
  } catch {
    // What the yaml package throws while building a piece's values (a bad `<<` merge), the whole
    // parse below words as the file's error.
    pieces = null;
  }
  if (pieces !== null) {
    try {
      return benchmarkFrom(fileName, pieces);
    } catch (error: unknown) {
      if (error instanceof RegexEngineNotLoaded) throw error;
      // The whole parse below says what is wrong.
    }
  }
  return benchmarkFrom(fileName, wholeYaml(text, fileName));
}

/** What making a benchmark reads of its parsed YAML: the plain value, and where its nodes are. */
interface ParsedYaml {
  plain: Record<string, unknown>;
  /** `:<line>` of the node at `path` or, when it is missing, of its nearest parent; '' for none. */
  locate(path: readonly (string | number)[]): string;
  /** The line row `i` starts at. */
  rowLine(i: number): number | null;
  /** The line of key `key` of row `i` (see keyLine); null when it has none, or is known to exbench. */
  rowKeyLine(i: number, key: string): number | null;
  /** The line of the top-level key `key`; null when there is none. */
  topKeyLine(key: string): number | null;
  /** The text as written of row `i`'s plain scalar at `path` (see sourceText). */
  rowSource(i: number, path: readonly (string | number)[]): string | null;
}

function benchmarkFrom(fileName: string, yaml: ParsedYaml): BenchmarkFile {
  const { plain } = yaml;
  const parsed = benchmarkFileSchema().safeParse(plain, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.filter((key): key is string | number => typeof key !== 'symbol') ?? [];
    const hint = isMissing(issue) ? misspellingHintAt(yaml, path) : '';
    throw new ConfigurationError(
      `${fileName}${yaml.locate(path)}: ${describePath(path)}: ${describeIssue(issue, path)}${hint}`,
    );
  }
  const data = parsed.data;

  const rowChecks = freeFormChecks(
    data,
    (path) => `${fileName}${yaml.locate(path)}: `,
    (path) => misspellingHintAt(yaml, path),
  );
  const rows = data.prompts.map((row, i): PromptRow => ({
    index: i + 1,
    line: yaml.rowLine(i),
    variables: Object.fromEntries(
      Object.entries(row.dynamic_variables).map(([name, value]) => [
        name,
        yaml.rowSource(i, ['dynamic_variables', name]) ?? String(value),
      ]),
    ),
    expectation:
      typeof row.expectation === 'object' || row.expectation === undefined
        ? (row.expectation ?? '')
        : (yaml.rowSource(i, ['expectation']) ?? String(row.expectation)),
    ...rowChecks[i],
  }));

  checkPlaceholders(fileName, data.base_prompt, rows, (path) => misspellingHintAt(yaml, path));
  checkExpectations(fileName, data.evaluator, rows);

  return {
    fileName,
    benchmarkName: data.benchmark_name,
    purpose: data.purpose,
    basePrompt: data.base_prompt,
    evaluator: data.evaluator,
    rows,
    ...fileRunFields(fileName, data),
    unknownKeys: Object.keys(plain).filter((key) => !knownKeys().has(key)),
    unknownRowKeys: unknownRowKeysOf(yaml),
  };
}

/** The text parsed as one document; a YAML error, a non-mapping or an alias bomb is thrown. */
function wholeYaml(text: string, fileName: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseBenchmarkYaml(text, lineCounter);
  const lineOf = (node: Node | null | undefined): number | null =>
    node?.range ? lineCounter.linePos(node.range[0]).line : null;

  const firstError = doc.errors[0];
  if (firstError) {
    // An error at the end of the text (an unclosed quote) sits past the last newline: name the last line.
    const lastLine = text.replace(/\n+$/, '').split('\n').length;
    const line = Math.min(lineCounter.linePos(firstError.pos[0]).line, lastLine);
    throw new ConfigurationError(`${fileName}:${line}: not valid YAML: ${firstError.message.split('\n')[0]}`);
  }
  if (!isMap(doc.contents)) {
    throw new ConfigurationError(
      `${fileName}: expected a mapping with benchmark_name, base_prompt, evaluator and prompts`,
    );
  }

  const expanded = expandedSize(doc.contents);
  if (expanded > MAX_EXPANDED_VALUES) {
    throw new ConfigurationError(
      `${fileName}: its YAML aliases expand to ${expanded > 1e15 ? 'more than 10^15' : expanded.toLocaleString('en-US')} values, more than the ${MAX_EXPANDED_VALUES.toLocaleString('en-US')} allowed; is an alias nested in itself many times over (an alias bomb)?`,
    );
  }
  // The expansion is bounded above, so the yaml package's own cap of 100 aliases is not needed.
  const plain = benchmarkYamlValue(doc, fileName, -1) as Record<string, unknown>;
  return {
    plain,
    locate: (path) => locate(doc, [...path], lineOf),
    rowLine: (i) => lineOf(doc.getIn(['prompts', i], true) as Node | undefined),
    rowKeyLine: (i, key) => keyLine(doc, doc.getIn(['prompts', i], true), key, lineOf),
    topKeyLine: (key) => keyLine(doc, doc.contents, key, lineOf),
    rowSource: (i, path) => sourceText(doc, ['prompts', i, ...path]),
  };
}

/** Thrown where the rows parsed one by one cannot answer: the text is then parsed whole. */
class ParseWhole extends Error {}

/**
 * The text parsed as its `prompts` items one by one and the rest, when it can be cut (see
 * yaml-sequence-pieces.ts) and every part parses without error, alias or anchor; null otherwise.
 * Only what the rows need of each item is kept: its value, line and scalars' text as written.
 */
function yamlInPieces(text: string): ParsedYaml | null {
  const cut = sequencePieces(text, 'prompts');
  if (cut === null) return null;
  const rest = parseBenchmarkYaml(cut.rest);
  if (rest.errors.length > 0 || !isMap(rest.contents)) return null;
  const promptsPair = rest.contents.items.find((pair) => isScalar(pair.key) && pair.key.value === 'prompts');
  if (
    !promptsPair ||
    !isScalar(promptsPair.key) ||
    promptsPair.key.range?.[0] !== cut.keyOffset ||
    !isScalar(promptsPair.value) ||
    promptsPair.value.value !== null
  ) {
    return null;
  }
  // Without aliases every value counts once; the `prompts` null stands for the sequence node.
  let values = plainSize(rest.contents);
  if (values === null) return null;
  const plain = rest.toJS() as Record<string, unknown>;
  const prompts: unknown[] = [];
  const rows: {
    line: number | null;
    sources: Map<string, string | null>;
    /** Lines of the keys exbench does not know, which are warned of with them. */
    unknownKeyLines?: Map<string, number | null>;
  }[] = [];
  for (const item of cut.items) {
    const lineCounter = new LineCounter();
    const doc = parseBenchmarkYaml(item.text, lineCounter);
    if (doc.errors.length > 0 || !isSeq(doc.contents) || doc.contents.items.length !== 1) return null;
    const size = plainSize(doc.contents);
    if (size === null) return null;
    // The piece's own sequence node is not one of the file's.
    values += size - 1;
    if (values > MAX_EXPANDED_VALUES) return null;
    const value = (doc.toJS() as unknown[])[0];
    const node = doc.getIn([0], true) as Node | undefined;
    const sources = new Map<string, string | null>([['expectation', sourceText(doc, [0, 'expectation'])]]);
    const variables = (value as { dynamic_variables?: unknown } | null)?.dynamic_variables;
    if (typeof variables === 'object' && variables !== null) {
      for (const name of Object.keys(variables))
        sources.set(`dynamic_variables\0${name}`, sourceText(doc, [0, 'dynamic_variables', name]));
    }
    const fileLine = (inPiece: Node | null | undefined): number | null =>
      inPiece?.range ? lineCounter.linePos(inPiece.range[0]).line + item.line - 1 : null;
    const unknownKeys =
      typeof value === 'object' && value !== null
        ? Object.keys(value).filter((key) => !knownRowKeys().has(key))
        : [];
    prompts.push(value);
    rows.push({
      line: fileLine(node),
      sources,
      ...(unknownKeys.length > 0 && {
        unknownKeyLines: new Map(unknownKeys.map((key) => [key, keyLine(doc, node, key, fileLine)])),
      }),
    });
  }
  plain.prompts = prompts;
  return {
    plain,
    locate: () => {
      throw new ParseWhole();
    },
    rowLine: (i) => rows[i]?.line ?? null,
    rowKeyLine: (i, key) => rows[i]?.unknownKeyLines?.get(key) ?? null,
    topKeyLine: () => {
      throw new ParseWhole();
    },
    rowSource: (i, path) => {
      const source = rows[i]?.sources.get(path.join('\0'));
      if (source === undefined) throw new ParseWhole();
      return source;
    },
  };
}

/** How many values a node holds, itself included; null when it holds an alias or an anchor. */
function plainSize(node: unknown): number | null {
  return yamlSize(node, 'refuse');
}

/**
 * For a field missing at `path` (top-level or a row's), what misspellingHint adds when the same
 * mapping has an unknown key close to it; '' otherwise.
 */
function misspellingHintAt(yaml: ParsedYaml, path: readonly (string | number)[]): string {
  const field = path.at(-1);
  if (typeof field !== 'string') return '';
  if (path.length === 1) {
    const unknown = Object.keys(yaml.plain).filter((key) => !knownKeys().has(key));
    return misspellingHint(
      field,
      unknown.map((key) => ({ key, line: yaml.topKeyLine(key) })),
    );
  }
  const [prompts, i] = path;
  if (path.length !== 3 || prompts !== 'prompts' || typeof i !== 'number') return '';
  const row: unknown = (yaml.plain.prompts as unknown[] | undefined)?.[i];
  if (typeof row !== 'object' || row === null) return '';
  const unknown = Object.keys(row).filter((key) => !knownRowKeys().has(key));
  return misspellingHint(
    field,
    unknown.map((key) => ({ key, line: yaml.rowKeyLine(i, key) })),
  );
}

/** Whether zod found nothing where the issue is: a required field left out. */
function isMissing(issue: z.core.$ZodIssue | undefined): boolean {
  return (
    issue !== undefined &&
    (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value') &&
    issue.input === undefined
  );
}

/** Every placeholder needs a value in every row, and every row variable must be used. */
function checkPlaceholders(
  fileName: string,
  basePrompt: string,
  rows: PromptRow[],
  hintAt: (path: readonly (string | number)[]) => string,
): void {
  const placeholders = new Set(findPlaceholders(basePrompt));
  for (const row of rows) {
    const where = `${fileName}${row.line === null ? '' : `:${row.line}`}: prompts[${row.index - 1}] (row ${row.index})`;
    const missing = [...placeholders].filter((name) => !(name in row.variables));
    if (missing.length > 0) {
      throw new ConfigurationError(
        `${where}: dynamic_variables has no value for ${missing.map((n) => `{{${n}}}`).join(', ')} used in base_prompt${
          Object.keys(row.variables).length === 0
            ? hintAt(['prompts', row.index - 1, 'dynamic_variables'])
            : ''
        }`,
      );
    }
    const unused = Object.keys(row.variables).filter((name) => !placeholders.has(name));
    if (unused.length > 0) {
      throw new ConfigurationError(
        `${where}: dynamic_variables.${unused[0]} is not used in base_prompt (placeholders: ${
          [...placeholders].map((n) => `{{${n}}}`).join(', ') || 'none'
        })`,
      );
    }
  }
}

/**
 * Every expectation must be one the evaluator can compare with, checked before any model runs: a
 * number for the numeric evaluators, a scalar (text) for the string ones.
 */
function checkExpectations(
  fileName: string,
  evaluator: (typeof EVALUATOR_NAMES)[number],
  rows: PromptRow[],
): void {
  const comparison = EVALUATOR_COMPARISON[evaluator];
  for (const row of rows) {
    const where = `${fileName}${row.line === null ? '' : `:${row.line}`}: prompts[${row.index - 1}].expectation (row ${row.index})`;
    const { expectation } = row;
    if (comparison === 'checks') continue;
    if (
      comparison === 'number' &&
      (typeof expectation !== 'string' || parsePythonNumber(expectation) === null)
    ) {
      throw new ConfigurationError(
        `${where}: ${evaluator} compares numbers, so expected a number such as 42 or 3.14, got ${typeName(expectation)}`,
      );
    }
    if (comparison === 'string' && typeof expectation !== 'string') {
      throw new ConfigurationError(
        `${where}: ${evaluator} compares text, so expected a string or a number, got ${typeName(expectation)} (a mapping or list needs json_validator_eval)`,
      );
    }
  }
}

/**
 * How many values the document holds once every alias is replaced by what it names. One walk in
 * document order: an alias names the latest anchor before it, whose size is known by then, so this
 * takes time linear in the document even when the answer is astronomically large.
 */
function expandedSize(root: unknown): number {
  return yamlSize(root, 'expand') ?? 0;
}

/**
 * How many values `root` holds, itself included: each scalar and collection once, a pair's key
 * and value each. An alias counts as the node it names (`expand`), or ends the walk with null, as
 * an anchor does (`refuse`).
 */
function yamlSize(root: unknown, aliases: 'expand' | 'refuse'): number | null {
  const sizes = new Map<unknown, number>();
  const anchors = new Map<string, unknown>();
  const walk = (node: unknown): number | null => {
    if (isAlias(node)) return aliases === 'refuse' ? null : (sizes.get(anchors.get(node.source)) ?? 1);
    if (!isScalar(node) && !isCollection(node)) return 0;
    if (node.anchor) {
      if (aliases === 'refuse') return null;
      anchors.set(node.anchor, node);
    }
    let size = 1;
    for (const item of isCollection(node) ? node.items : []) {
      for (const part of isPair(item) ? [item.key, item.value] : [item]) {
        const inner = walk(part);
        if (inner === null) return null;
        size += inner;
      }
    }
    if (aliases === 'expand') sizes.set(node, size);
    return size;
  };
  return walk(root);
}

/** The text of a plain YAML scalar as written, so `10.0` is not turned into `10`. */
function sourceText(doc: Document, path: (string | number)[]): string | null {
  const node = doc.getIn(path, true);
  if (!isScalar(node)) return null;
  if (typeof node.value === 'string') return node.value;
  return typeof node.source === 'string' ? node.source : null;
}

/**
 * The line of `key` in `map`: where the mapping writes it or, when a `<<` merge brings it in, where
 * the merged mapping that wins (see yaml-document.ts) writes it; null when the key is not there.
 */
function keyLine(
  doc: Document,
  map: unknown,
  key: string,
  lineOf: (node: Node | null | undefined) => number | null,
): number | null {
  const source = isAlias(map) ? map.resolve(doc) : map;
  if (isSeq(source)) {
    for (const item of source.items) {
      const line = keyLine(doc, item, key, lineOf);
      if (line !== null) return line;
    }
    return null;
  }
  if (!isMap(source)) return null;
  const own = source.items.find((pair) => isScalar(pair.key) && pair.key.value === key);
  if (own) return lineOf(own.key as Node);
  for (const pair of source.items) {
    if (!isMergeKey(pair.key)) continue;
    const line = keyLine(doc, pair.value, key, lineOf);
    if (line !== null) return line;
  }
  return null;
}

function locate(
  doc: Document,
  path: (string | number)[],
  lineOf: (node: Node | null | undefined) => number | null,
): string {
  // Walk up until a node exists (a missing field points at its parent).
  for (let depth = path.length; depth >= 0; depth -= 1) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (node && (isMap(node) || isSeq(node) || isScalar(node))) {
      const line = lineOf(node);
      if (line !== null) return `:${line}`;
    }
  }
  return '';
}

function describePath(path: (string | number)[]): string {
  if (path.length === 0) return 'file';
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
    '',
  );
}

/** What a field should hold, in the words of someone writing the file. */
const FIELD_WORDS: Readonly<Record<string, string>> = {
  dynamic_variables: 'a mapping of variable names to values',
  prompts: 'a list of rows, each with dynamic_variables and expectation',
  models: 'a list of model names',
  options: 'a mapping of Ollama options',
  sweep: 'a mapping of Ollama options to lists of values, e.g. {temperature: [0, 0.5, 1]}',
  repeat: 'a whole number of repeats from 1 to 1000',
  servers: 'a mapping of llamacpp and openai to server addresses',
};

const TYPE_WORDS: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  record: 'a mapping',
  object: 'a mapping',
  array: 'a list',
};

function describeIssue(issue: z.core.$ZodIssue | undefined, path: (string | number)[]): string {
  if (!issue) return 'not valid';
  const field = path.at(-1);
  const fieldWords = typeof field === 'string' ? FIELD_WORDS[field] : undefined;
  const got = 'input' in issue ? `, got ${typeName(issue.input)}` : '';
  if (issue.code === 'invalid_value' && 'values' in issue) {
    const values = issue.values.map((v) => JSON.stringify(v)).join(', ');
    return issue.input === undefined
      ? `missing (expected one of ${values})`
      : `expected one of ${values}${got}`;
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `missing (expected ${fieldWords ?? typeWords([issue.expected])})`;
  }
  if (issue.code === 'invalid_type') return `expected ${fieldWords ?? typeWords([issue.expected])}${got}`;
  if (issue.code === 'invalid_union') {
    if (issue.input === undefined) return `missing (expected ${fieldWords ?? typeWords(unionTypes(issue))})`;
    return `expected ${fieldWords ?? typeWords(unionTypes(issue))}${got}`;
  }
  // A custom rule's message completes `<value> …` (see setting-fields.ts).
  if (issue.code === 'custom' && issue.message.startsWith('is not')) {
    return `${JSON.stringify(issue.input)} ${issue.message}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return 'expected at least one entry';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'expected a non-empty string';
  if (issue.code === 'too_small') return `expected at least ${String(issue.minimum)}${got}`;
  return issue.message;
}

/** The types a union accepts, from its branches' type errors. */
function unionTypes(issue: z.core.$ZodIssueInvalidUnion): string[] {
  return issue.errors.flatMap((branch) =>
    branch.flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : [])),
  );
}

/** `['string', 'number', 'boolean']` as "a string, a number or true or false". */
function typeWords(types: readonly string[]): string {
  const words = [...new Set(types.map((type) => TYPE_WORDS[type] ?? type))];
  if (words.length <= 1) return words[0] ?? 'something else';
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The fields of a benchmark file that say how to run it: models, options, repeat, sweep, servers. */
export type FileRunFields = Pick<
  BenchmarkFile,
  'models' | 'modelProvider' | 'options' | 'repeat' | 'sweep' | 'servers'
>;

/** What a benchmark that sets none of the run fields runs with (CSV files and prompt lists alone). */
export function noFileRunFields(): FileRunFields {
  return { models: [], modelProvider: null, options: {}, repeat: null, sweep: {}, servers: {} };
}

/** The run fields a YAML file wrote, each absent one at its default; `servers` checked. */
export function fileRunFields(
  fileName: string,
  data: Pick<
    z.infer<ReturnType<typeof benchmarkFileSchema>>,
    'models' | 'model_provider' | 'options' | 'repeat' | 'sweep' | 'servers'
  >,
): FileRunFields {
  return {
    models: data.models ?? [],
    modelProvider: data.model_provider ?? null,
    options: data.options ?? {},
    repeat: data.repeat ?? null,
    sweep: data.sweep ?? {},
    servers: fileServerAddresses(fileName, data.servers),
  };
}

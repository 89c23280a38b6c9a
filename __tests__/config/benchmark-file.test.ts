import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { ConfigurationError } from '../../src/errors.js';
import { renderPrompt } from '../../src/core/template.js';
import { EVALUATOR_NAMES } from '../../src/config/evaluator-names.js';
import { isFreeFormEvaluator } from '../../src/config/checks.js';
import { FIXTURES, fixtureBenchmarks } from '../support/predecessor-files.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function parse(text: string): ReturnType<typeof parseBenchmarkFile> {
  return parseBenchmarkFile(text, 'bench.yaml');
}

function errorOf(text: string): string {
  try {
    parse(text);
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

const VALID = `benchmark_name: "Math"
purpose: "p"
base_prompt: "Compute {{statement}} now"
evaluator: "execute_python_code_with_num_output"
prompts:
  - dynamic_variables:
      statement: "1 + 1"
    expectation: "2"
  - dynamic_variables:
      statement: 10.0
    expectation: 10.0
`;

describe('parseBenchmarkFile', () => {
  it.each(fixtureBenchmarks)(
    'loads the predecessor-format file %s unchanged, with every row renderable',
    (file) => {
      const text = readFileSync(path.join(FIXTURES, file), 'utf8');
      const benchmark = parseBenchmarkFile(text, file);
      expect(benchmark.rows.length).toBeGreaterThan(0);
      for (const row of benchmark.rows) {
        const prompt = renderPrompt(benchmark.basePrompt, row.variables);
        expect(prompt).not.toMatch(/\{\{[^{}\s]+\}\}/);
      }
    },
  );

  it('has a predecessor-format file for every evaluator and format feature', () => {
    const files = fixtureBenchmarks.map((file) =>
      parseBenchmarkFile(readFileSync(path.join(FIXTURES, file), 'utf8'), file),
    );
    // exbench's free-form and multiple-choice evaluators have fixtures of their own.
    const predecessorEvaluators = EVALUATOR_NAMES.filter(
      (name) => !isFreeFormEvaluator(name) && name !== 'multiple_choice',
    );
    expect(new Set(files.map((file) => file.evaluator))).toEqual(new Set(predecessorEvaluators));
    const rows = files.flatMap((file) => file.rows);
    expect(rows.some((row) => Object.keys(row.variables).some((name) => name.includes('-')))).toBe(true);
    expect(rows.some((row) => Object.values(row.variables).includes('10.0'))).toBe(true);
    expect(rows.some((row) => Array.isArray(row.expectation))).toBe(true);
    expect(rows.some((row) => typeof row.expectation === 'object' && !Array.isArray(row.expectation))).toBe(
      true,
    );
    expect(files.flatMap((file) => file.models)).toEqual(
      expect.arrayContaining([
        'llama3.2:1b',
        'ollama~qwen2.5-coder:1.5b',
        'anthropic~claude-3-5-sonnet-latest',
      ]),
    );
    expect(files.some((file) => file.modelProvider === 'ollama' && file.purpose !== '')).toBe(true);
    expect(files.some((file) => Object.keys(file.options).length > 0)).toBe(true);
  });

  it('points every benchmark file at the published JSON Schema, so editors check it as people type', () => {
    const files = [
      ...fixtureBenchmarks.map((file) => path.join(FIXTURES, file)),
      ...readdirSync(path.join(ROOT, 'data'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => path.join(ROOT, 'data', f)),
    ];
    for (const file of files) {
      const schemaLine = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(file, 'utf8'));
      expect([file, schemaLine && existsSync(path.resolve(path.dirname(file), schemaLine[1] ?? ''))]).toEqual(
        [file, true],
      );
    }
  });

  it('keeps scalars as written, so 10.0 is not turned into 10', () => {
    const benchmark = parse(VALID);
    expect(benchmark.rows[1]?.variables).toEqual({ statement: '10.0' });
    expect(benchmark.rows[1]?.expectation).toBe('10.0');
    expect(benchmark.rows.map((r) => r.index)).toEqual([1, 2]);
    expect(benchmark.rows.map((r) => r.line)).toEqual([6, 9]);
  });

  it('keeps a mapping expectation as data for the JSON evaluator', () => {
    const file = parse(
      VALID.replace('execute_python_code_with_num_output', 'json_validator_eval').replace(
        'expectation: "2"',
        'expectation:\n      ceo: "Ada"\n      n: [1, 2]',
      ),
    );
    expect(file.rows[0]?.expectation).toEqual({ ceo: 'Ada', n: [1, 2] });
  });

  it('reads provider-prefixed models and the default provider', () => {
    const file = parse(`${VALID}models: ["llama3.2:1b", "anthropic~claude"]\nmodel_provider: "ollama"\n`);
    expect(file.models).toEqual(['llama3.2:1b', 'anthropic~claude']);
    expect(file.modelProvider).toBe('ollama');
  });

  it('names the row and its YAML line when a placeholder has no value', () => {
    const message = errorOf(VALID.replace('statement: 10.0', 'other: 10.0'));
    expect(message).toContain('bench.yaml:9');
    expect(message).toContain('prompts[1] (row 2)');
    expect(message).toContain('{{statement}}');
  });

  it('names a row variable the prompt never uses', () => {
    const message = errorOf(VALID.replace('statement: "1 + 1"', 'statement: "1 + 1"\n      unused: "x"'));
    expect(message).toMatch(
      /bench\.yaml:6: prompts\[0\] \(row 1\): dynamic_variables\.unused is not used in base_prompt/,
    );
  });

  it('lists the evaluators when the evaluator is unknown, with its line', () => {
    const message = errorOf(VALID.replace('execute_python_code_with_num_output', 'execute_rust'));
    expect(message).toMatch(
      /^bench\.yaml:4: evaluator: expected one of "execute_python_code_with_num_output"/,
    );
    expect(message).toContain('json_validator_eval');
  });

  it('says which field is missing', () => {
    expect(errorOf(VALID.replace('base_prompt: "Compute {{statement}} now"\n', ''))).toMatch(
      /^bench\.yaml:1: base_prompt: missing \(expected a string\)/,
    );
  });

  it('points at the row whose expectation is missing', () => {
    expect(errorOf(VALID.replace('    expectation: 10.0\n', ''))).toMatch(
      /^bench\.yaml:9: prompts\[1\]\.expectation: missing \(expected a string, a number, true or false, a mapping or a list\)$/,
    );
  });

  it('points at a misspelt expectation beside the missing one', () => {
    expect(errorOf(VALID.replace('    expectation: 10.0\n', '    expecation: 10.0\n'))).toBe(
      'bench.yaml:9: prompts[1].expectation: missing (expected a string, a number, true or false, a mapping or a list); found the unknown field "expecation" on line 11 — a misspelling?',
    );
  });

  it.each([
    ['base_prompt', 'base_promt', 3],
    ['evaluator', 'evaluater', 4],
    ['prompts', 'Prompts', 5],
  ])('points at a misspelt top-level %s beside the missing one', (field, misspelt, line) => {
    expect(errorOf(VALID.replace(`${field}:`, `${misspelt}:`))).toMatch(
      new RegExp(
        `^bench\\.yaml:1: ${field}: missing \\(expected [^)]*\\); found the unknown field "${misspelt}" on line ${line} — a misspelling\\?$`,
      ),
    );
  });

  it('points at misspelt dynamic_variables when a row gives no placeholder a value', () => {
    expect(
      errorOf(
        VALID.replace(
          '  - dynamic_variables:\n      statement: 10.0',
          '  - dynamic_variable:\n      statement: 10.0',
        ),
      ),
    ).toBe(
      'bench.yaml:9: prompts[1] (row 2): dynamic_variables has no value for {{statement}} used in base_prompt; found the unknown field "dynamic_variable" on line 9 — a misspelling?',
    );
  });

  it('names no misspelling when the unknown field is not close to the missing one', () => {
    expect(errorOf(VALID.replace('    expectation: 10.0\n', '    note: 10.0\n'))).toBe(
      'bench.yaml:9: prompts[1].expectation: missing (expected a string, a number, true or false, a mapping or a list)',
    );
  });

  it('reports a YAML syntax error with its line', () => {
    expect(errorOf('benchmark_name: "x"\nprompts: [\n  - a: 1\n')).toMatch(
      /^bench\.yaml:\d+: not valid YAML/,
    );
  });

  it('names a line the file has when the error is at its very end (an unclosed quote)', () => {
    expect(errorOf('benchmark_name: t\nbase_prompt: "x\nprompts: [\n')).toMatch(
      /^bench\.yaml:3: not valid YAML: /,
    );
  });

  it('rejects a file that is not a mapping', () => {
    expect(errorOf('- just\n- a list\n')).toMatch(/^bench\.yaml: expected a mapping/);
  });

  it('warns about, but accepts, fields it does not know', () => {
    expect(parse(`${VALID}future_field: 1\n`).unknownKeys).toEqual(['future_field']);
  });

  it('finds a row key exbench does not know once, with how many rows have it and the line of the first', () => {
    const text = `benchmark_name: "Notes"
base_prompt: "Say {{word}}"
evaluator: "raw_string_evaluator"
prompts:
  - dynamic_variables: { word: a }
    expectation: a
  - dynamic_variables: { word: b }
    expectation: b
    note: "added later"
  - dynamic_variables: { word: c }
    expectation: c
    note: "added later"
`;
    expect(parse(text).unknownRowKeys).toEqual([{ key: 'note', rows: 2, firstRow: 2, line: 9 }]);
    // An anchor makes the file parse whole rather than row by row: the same line.
    expect(parse(`${text}shared: &shared x\n`).unknownRowKeys).toEqual([
      { key: 'note', rows: 2, firstRow: 2, line: 9 },
    ]);
    expect(parse(text.replace(/\n {4}note: "added later"/g, '')).unknownRowKeys).toEqual([]);
  });

  it('gives a row key that a `<<` merge brings in the line where the merged mapping writes it', () => {
    const text = `benchmark_name: "Notes"
base_prompt: "Say {{word}}"
evaluator: "raw_string_evaluator"
defaults: &defaults
  expectation: a
  note: "shared"
prompts:
  - dynamic_variables: { word: a }
    <<: *defaults
  - dynamic_variables: { word: a }
    <<: { expectation: a,
          source: "inline" }
`;
    expect(parse(text).unknownRowKeys).toEqual([
      { key: 'note', rows: 1, firstRow: 1, line: 6 },
      { key: 'source', rows: 1, firstRow: 2, line: 12 },
    ]);
    // Without the anchor, rows are parsed one by one: the same line.
    expect(
      parse(text.replace(/defaults: &defaults\n.*\n.*\n/, '').replace('<<: *defaults', 'expectation: a'))
        .unknownRowKeys,
    ).toEqual([{ key: 'source', rows: 1, firstRow: 2, line: 9 }]);
  });

  it('reads `dynamic_variables:` with no value as no variables, as the predecessor did', () => {
    const benchmark = parse(`benchmark_name: "Hello"
base_prompt: "Say hello"
evaluator: "raw_string_evaluator"
prompts:
  - dynamic_variables:
    expectation: "hello"
`);
    expect(benchmark.rows[0]?.variables).toEqual({});
  });

  it.each([
    ['[statement]', 'a list'],
    ['"1 + 1"', 'string "1 + 1"'],
  ])('says dynamic_variables: %s is not a mapping of variable names to values', (value, got) => {
    expect(
      errorOf(VALID.replace('dynamic_variables:\n      statement: "1 + 1"', `dynamic_variables: ${value}`)),
    ).toBe(
      `bench.yaml:6: prompts[0].dynamic_variables: expected a mapping of variable names to values, got ${got}`,
    );
  });

  it('names the kinds of value a variable and an expectation may be, never "Invalid input"', () => {
    expect(errorOf(VALID.replace('statement: "1 + 1"', 'statement:'))).toBe(
      'bench.yaml:7: prompts[0].dynamic_variables.statement: expected a string, a number or true or false, got null',
    );
    expect(errorOf(VALID.replace('expectation: "2"', 'expectation:'))).toBe(
      'bench.yaml:8: prompts[0].expectation: expected a string, a number, true or false, a mapping or a list, got null',
    );
  });

  it.each([
    ['"ten"', 'string "ten"'],
    ['{ value: 10 }', 'a mapping'],
    ['[1, 2]', 'a list'],
  ])('refuses the expectation %s of a numeric evaluator, naming the row and its line', (value, got) => {
    expect(errorOf(VALID.replace('expectation: 10.0', `expectation: ${value}`))).toBe(
      `bench.yaml:9: prompts[1].expectation (row 2): execute_python_code_with_num_output compares numbers, so expected a number such as 42 or 3.14, got ${got}`,
    );
  });

  it('refuses a mapping as the expectation of a string evaluator', () => {
    const text = VALID.replace('execute_python_code_with_num_output', 'raw_string_evaluator').replace(
      'expectation: "2"',
      'expectation: { a: 1 }',
    );
    expect(errorOf(text)).toMatch(
      /^bench\.yaml:6: prompts\[0\]\.expectation \(row 1\): raw_string_evaluator compares text, .*got a mapping \(a mapping or list needs json_validator_eval\)$/,
    );
  });

  it('loads a file that reuses anchors more than 100 times, as PyYAML does', () => {
    const rows = Array.from(
      { length: 150 },
      (_, i) => `  - dynamic_variables: *vars\n    expectation: "${i}"`,
    );
    const text = `benchmark_name: "Aliases"
base_prompt: "Count to {{n}}"
evaluator: "execute_python_code_with_num_output"
shared: &vars { n: 3 }
prompts:
${rows.join('\n')}
`;
    const benchmark = parse(text);
    expect(benchmark.rows).toHaveLength(150);
    expect(benchmark.rows[149]?.variables).toEqual({ n: '3' });
  });

  it('merges `<<` keys into a row, as PyYAML (the predecessor) does', () => {
    const text = `benchmark_name: "Merge keys"
base_prompt: "Add {{a}} and {{b}}"
evaluator: "raw_string_evaluator"
defaults: &defaults
  dynamic_variables: { a: 1, b: 2 }
  expectation: "3"
prompts:
  - <<: *defaults
  - <<: *defaults
    expectation: "three"
`;
    const benchmark = parse(text);
    expect(benchmark.rows.map((row) => [row.variables, row.expectation])).toEqual([
      [{ a: '1', b: '2' }, '3'],
      [{ a: '1', b: '2' }, 'three'],
    ]);
  });

  it('lets the later of two `<<` keys in one mapping win, as PyYAML (the predecessor) does', () => {
    // PyYAML 6.0.3 loads this file's rows as {a: 1, b: 20} -> "21" and {a: 1, b: 30} -> "31".
    const text = `benchmark_name: "Two merge keys"
base_prompt: "Add {{a}} and {{b}}"
evaluator: "raw_string_evaluator"
small: &small
  dynamic_variables: { a: 1, b: 2 }
  expectation: "3"
big: &big
  dynamic_variables: { a: 1, b: 20 }
  expectation: "21"
prompts:
  - <<: *small
    <<: *big
  - <<: { expectation: "3" }
    <<: { expectation: "31" }
    dynamic_variables: { a: 1, b: 30 }
`;
    expect(parse(text).rows.map((row) => [row.variables, row.expectation])).toEqual([
      [{ a: '1', b: '20' }, '21'],
      [{ a: '1', b: '30' }, '31'],
    ]);
    // Without anchors the rows are parsed one by one (yaml-sequence-pieces.ts): the same there.
    const withoutAnchors = text
      .replace(/^small:[^]*?(?=prompts:)/m, '')
      .replace(/ {2}- <<: \*small\n {4}<<: \*big\n/, '');
    expect(withoutAnchors).not.toContain('*');
    expect(parse(withoutAnchors).rows.map((row) => row.expectation)).toEqual(['31']);
  });

  it("refuses a `<<` merge of something not a mapping as the file's error, as PyYAML does", () => {
    const text = VALID.replace('expectation: "2"', 'expectation: "2"\n    <<: 5');
    expect(errorOf(text)).toMatch(/^bench\.yaml: not valid YAML: .*"<<" merge key takes a mapping/);
  });

  it('refuses an alias bomb, naming the file', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 9; i += 1) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array.from({ length: 10 }, () => `*${prev}`).join(', ')}]`);
    }
    expect(errorOf(`${VALID}${levels.join('\n')}\n`)).toMatch(
      /^bench\.yaml: its YAML aliases expand to 1,234,567,9\d\d values, more than the 1,000,000 allowed/,
    );
  });

  it('reads Ollama options and rejects a wrongly typed one', () => {
    expect(parse(`${VALID}options:\n  temperature: 0\n  num_ctx: 4096\n  top_p: 0.9\n`).options).toEqual({
      temperature: 0,
      num_ctx: 4096,
      top_p: 0.9,
    });
    expect(errorOf(`${VALID}options:\n  num_ctx: "big"\n`)).toMatch(
      /^bench\.yaml:\d+: options\.num_ctx: expected a number, got string "big"/,
    );
  });

  it('reads repeat and sweep, and names a swept value the option does not take', () => {
    const file = parse(`${VALID}repeat: 5\nsweep:\n  temperature: [0, 0.5, 1]\n  top_p: [0.9, 1]\n`);
    expect(file.repeat).toBe(5);
    expect(file.sweep).toEqual({ temperature: [0, 0.5, 1], top_p: [0.9, 1] });
    expect(parse(VALID)).toMatchObject({ repeat: null, sweep: {} });
    expect(errorOf(`${VALID}sweep:\n  temperature: [0, -1]\n`)).toMatch(
      /^bench\.yaml:\d+: sweep\.temperature\[1\]: -1 is not a value temperature takes/,
    );
    expect(errorOf(`${VALID}sweep:\n  temperature: 0.5\n`)).toMatch(/sweep\.temperature: expected a list/);
    expect(errorOf(`${VALID}repeat: 0\n`)).toMatch(/^bench\.yaml:\d+: repeat: expected at least 1/);
  });
});

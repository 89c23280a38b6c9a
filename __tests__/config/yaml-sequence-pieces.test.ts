import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { sequencePieces } from '../../src/config/yaml-sequence-pieces.js';

const HEAD = `benchmark_name: Pieces
base_prompt: 'Compute {{statement}}'
evaluator: execute_python_code_with_num_output
prompts:
`;

/** The same benchmark with `prompts :` (the same key), which the cut does not take: parsed whole. */
function parsedWhole(text: string) {
  return parseBenchmarkFile(text.replace(/^prompts:/m, 'prompts :'), 'f.yaml');
}

describe('sequencePieces', () => {
  it('cuts the rows into items that start at their own lines, and leaves the key without them', () => {
    const text = `${HEAD}  - dynamic_variables:\n      statement: 1 + 1\n    expectation: 2\n\n  # a comment\n  - dynamic_variables: {statement: 2 + 2}\n    expectation: 4\nmodels: [a]\n`;
    const pieces = sequencePieces(text, 'prompts');
    expect(pieces?.items.map((item) => item.line)).toEqual([5, 10]);
    expect(pieces?.rest).toBe(`${HEAD}models: [a]\n`);
  });

  it('does not cut a flow sequence, a document marker or an indented item list with a tab', () => {
    expect(sequencePieces(`${HEAD.replace('prompts:\n', 'prompts: [a]\n')}`, 'prompts')).toBeNull();
    expect(sequencePieces(`---\n${HEAD}  - a\n`, 'prompts')).toBeNull();
    expect(sequencePieces(`${HEAD}  - a:\n    \tb\n`, 'prompts')).toBeNull();
  });
});

describe('a benchmark parsed row by row', () => {
  it('gives the rows, their lines and their scalars as written, as the whole parse does', () => {
    const text = `${HEAD}- dynamic_variables:\n    statement: 10.0\n  expectation: 10.0\n# between\n-\n  dynamic_variables: {statement: '3 + 4'}\n  expectation: 7\nmodels: [m]\n`;
    const benchmark = parseBenchmarkFile(text, 'f.yaml');
    expect(benchmark.rows.map((row) => [row.line, row.variables, row.expectation])).toEqual([
      [5, { statement: '10.0' }, '10.0'],
      [10, { statement: '3 + 4' }, '7'],
    ]);
    expect(benchmark).toEqual(parsedWhole(text));
  });

  it('reads an anchor in one row and its alias in another as the whole parse does', () => {
    const text = `${HEAD}  - dynamic_variables: &vars {statement: 1 + 1}\n    expectation: 2\n  - dynamic_variables: *vars\n    expectation: 2\n`;
    expect(parseBenchmarkFile(text, 'f.yaml').rows[1]?.variables).toEqual({ statement: '1 + 1' });
  });

  it('words an error inside a row, with its line, as the whole parse does', () => {
    const text = `${HEAD}  - dynamic_variables:\n      statement: 1 + 1\n    expectation: 2\n  - dynamic_variables:\n      statement: [1]\n    expectation: 2\n`;
    const errorOf = (parse: () => unknown): string => {
      try {
        parse();
      } catch (error: unknown) {
        return (error as Error).message;
      }
      return 'no error';
    };
    const message = errorOf(() => parseBenchmarkFile(text, 'f.yaml'));
    expect(message).toMatch(/^f\.yaml:9: prompts\[1\]\.dynamic_variables\.statement: /);
    expect(message).toBe(errorOf(() => parsedWhole(text)));
  });
});

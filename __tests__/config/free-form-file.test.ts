import { beforeAll, describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { parsePromptList } from '../../src/config/prompt-list.js';
import { loadRegexEngine } from '../../src/config/regex-engine.js';
import { ConfigurationError } from '../../src/errors.js';

// The regex checks are compiled while parsing; a file that reads from disk loads RE2 itself.
beforeAll(loadRegexEngine);

/** A free-form file: the given top-level lines, then rows each `- dynamic_variables: {q: …}` plus their own lines. */
function file(top: string, ...rows: string[]): string {
  const body = rows.map((row, i) => `  - dynamic_variables: {q: question ${i + 1}}\n${row}`).join('');
  return `benchmark_name: Free\nbase_prompt: '{{q}}'\n${top}\nprompts:\n${body}`;
}

const parse = (text: string) => parseBenchmarkFile(text, 'free.yaml');
const errorOf = (text: string): string => {
  try {
    parse(text);
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigurationError');
};

describe('free-form benchmark files', () => {
  it('takes rows without expectation under evaluator none, with no checks to run', () => {
    const parsed = parse(file('evaluator: none', '', ''));
    expect(parsed.rows.map((row) => [row.checks, row.expectation])).toEqual([
      [[], ''],
      [[], ''],
    ]);
  });

  it("gives every row the file's check, and a row's own checks replace it", () => {
    const parsed = parse(
      file(
        'evaluator: regex\nevaluator_options: {pattern: "^\\\\d+$", flags: i}',
        '',
        '    checks: [json_parse, {check: max_length, characters: 80}]\n',
      ),
    );
    expect(parsed.rows[0]?.checks).toEqual([{ check: 'regex', pattern: '^\\d+$', flags: 'i' }]);
    expect(parsed.rows[1]?.checks).toEqual([
      { check: 'json_parse' },
      { check: 'max_length', limit: 80, unit: 'characters' },
    ]);
    expect(parsed.rows[1]?.expectation).toBe('json_parse; max_length 80 characters');
  });

  it('reads contains text as one string or a list, case-sensitive unless told', () => {
    const parsed = parse(
      file(
        'evaluator: none',
        '    checks: {check: contains, text: Paris}\n',
        '    checks: {check: not_contains, text: [a, b], case_sensitive: false}\n',
      ),
    );
    expect(parsed.rows.map((row) => row.checks)).toEqual([
      [{ check: 'contains', texts: ['Paris'], caseSensitive: true }],
      [{ check: 'not_contains', texts: ['a', 'b'], caseSensitive: false }],
    ]);
  });

  it.each([
    [
      'json_keys without keys',
      'evaluator: json_keys',
      /^free\.yaml:3: evaluator_options: json_keys needs keys: a list/,
    ],
    [
      'json_keys with an empty list',
      'evaluator: json_keys\nevaluator_options: {keys: []}',
      /^free\.yaml:4: evaluator_options\.keys: expected a non-empty list of key names, got the list \[\]$/,
    ],
    [
      'a regex flag JavaScript has but RE2 does not',
      'evaluator: regex\nevaluator_options: {pattern: a, flags: g}',
      /^free\.yaml:4: evaluator_options\.flags: expected some of the letters i, m and s, got string "g"$/,
    ],
    [
      'a lookahead, which RE2 cannot run in linear time',
      "evaluator: regex\nevaluator_options: {pattern: 'a(?=b)'}",
      /^free\.yaml:4: evaluator_options\.pattern: not a regular expression RE2 accepts \(.*\); lookaround and backreferences are not supported$/,
    ],
    [
      'an unclosed bracket, a plain syntax error (no word of lookaround)',
      "evaluator: regex\nevaluator_options: {pattern: '['}",
      /^free\.yaml:4: evaluator_options\.pattern: not a regular expression RE2 accepts \([^)]*\)$/,
    ],
    [
      'max_length of a fraction',
      'evaluator: max_length\nevaluator_options: {characters: 2.5}',
      /^free\.yaml:4: evaluator_options\.characters: expected a positive whole number, got number 2\.5$/,
    ],
    [
      'max_length in both units',
      'evaluator: max_length\nevaluator_options: {characters: 5, words: 2}',
      /^free\.yaml:4: evaluator_options: max_length needs either characters or words \(one of them\)/,
    ],
    [
      'contains with a case option that is not true or false',
      'evaluator: contains\nevaluator_options: {text: a, case_sensitive: maybe}',
      /^free\.yaml:4: evaluator_options\.case_sensitive: expected true or false, got string "maybe"$/,
    ],
    [
      'a parameter the check does not take',
      'evaluator: json_parse\nevaluator_options: {keys: [a]}',
      /^free\.yaml:4: evaluator_options\.keys: json_parse takes no parameters, not keys$/,
    ],
    [
      'options for none',
      'evaluator: none\nevaluator_options: {text: a}',
      /^free\.yaml:4: evaluator_options: evaluator none judges nothing and takes no options/,
    ],
  ])('refuses %s, naming file, field and line', (_what, top, message) => {
    expect(errorOf(file(top, ''))).toMatch(message);
  });

  it("refuses a row's unknown check, pointing at the row's line", () => {
    expect(errorOf(file('evaluator: none', '', '    checks: [json_parse, {check: sentiment}]\n'))).toMatch(
      /^free\.yaml:7: prompts\[1\]\.checks\[1\]: there is no check named "sentiment"; expected one of json_parse, json_keys, regex, contains, not_contains, max_length$/,
    );
  });

  it('refuses an expectation under a free-form evaluator: it would be silently ignored', () => {
    expect(
      errorOf(file('evaluator: contains\nevaluator_options: {text: a}', '    expectation: b\n')),
    ).toMatch(/^free\.yaml:7: prompts\[0\]\.expectation: evaluator contains compares no expectation/);
  });

  it("refuses checks under the predecessor's evaluators, and still asks them for an expectation", () => {
    expect(
      errorOf(file('evaluator: raw_string_evaluator', '    expectation: a\n    checks: json_parse\n')),
    ).toMatch(
      /^free\.yaml:7: prompts\[0\]\.checks: checks are for the free-form evaluators .*, not raw_string_evaluator$/,
    );
    expect(errorOf(file('evaluator: raw_string_evaluator', ''))).toMatch(
      /^free\.yaml:5: prompts\[0\]\.expectation: missing \(expected a string/,
    );
  });
});

describe('prompts.txt', () => {
  it('makes one row per line, skipping blank lines and # comments, named after the file', () => {
    const parsed = parsePromptList('# latency\nSay hi.\n\n  Count to 3.  \r\n#x\n', 'dir/warm-up.txt');
    expect(parsed).toMatchObject({ benchmarkName: 'warm-up', evaluator: 'none', basePrompt: '{{prompt}}' });
    expect(parsed.rows.map((row) => [row.index, row.line, row.variables.prompt])).toEqual([
      [1, 2, 'Say hi.'],
      [2, 4, 'Count to 3.'],
    ]);
  });
});

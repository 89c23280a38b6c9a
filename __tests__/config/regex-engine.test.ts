import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile, readBenchmarkText } from '../../src/config/benchmark-file.js';
import { RegexEngineNotLoaded } from '../../src/config/regex-engine.js';
import { ConfigurationError } from '../../src/errors.js';

// One module registry per test file: RE2 is not loaded until a test here loads it, so order matters.

/** A one-row free-form file judged by the given evaluator lines. */
const file = (evaluator: string): string =>
  `benchmark_name: Free\nbase_prompt: '{{q}}'\n${evaluator}\nprompts:\n  - dynamic_variables: {q: a question}\n`;

describe('the regex engine, loaded only for files with regex checks', () => {
  it('parses a file without regex checks while RE2 is not loaded', async () => {
    const parsed = await readBenchmarkText(
      file('evaluator: contains\nevaluator_options: {text: yes}'),
      'a.yaml',
    );
    expect(parsed.rows[0]?.checks).toEqual([{ check: 'contains', texts: ['yes'], caseSensitive: true }]);
    expect(() =>
      parseBenchmarkFile(file('evaluator: regex\nevaluator_options: {pattern: a}'), 'b.yaml'),
    ).toThrow(RegexEngineNotLoaded);
  });

  it('loads RE2 for a regex check whose name is spelled in YAML escapes, and compiles its pattern', async () => {
    const parsed = await readBenchmarkText(
      file('evaluator: "\\x72egex"\nevaluator_options: {pattern: "\\\\d+"}'),
      'c.yaml',
    );
    expect(parsed.rows[0]?.checks).toEqual([{ check: 'regex', pattern: '\\d+', flags: '' }]);
  });

  it("names the file, the YAML line and RE2's reason for a pattern it rejects", async () => {
    const read = readBenchmarkText(file("evaluator: regex\nevaluator_options: {pattern: '('}"), 'd.yaml');
    await expect(read).rejects.toBeInstanceOf(ConfigurationError);
    await expect(read).rejects.toThrow(
      /^d\.yaml:4: evaluator_options\.pattern: not a regular expression RE2 accepts \(/,
    );
  });
});

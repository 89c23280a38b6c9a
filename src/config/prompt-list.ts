import { ConfigurationError } from '../errors.js';
import { noFileRunFields, type BenchmarkFile, type PromptRow } from './benchmark-file.js';
import { NO_EXPECTATION_EVALUATOR } from './checks.js';

/** The placeholder each line of a prompt list fills: the whole prompt is the line. */
export const PROMPT_LIST_VARIABLE = 'prompt';

/** Whether a benchmark path names a plain prompt list rather than a YAML file. */
export function isPromptList(path: string): boolean {
  return /\.txt$/i.test(path);
}

/**
 * A plain text file of prompts, one a line, as a latency benchmark with nothing to judge (evaluator
 * none). Blank lines and lines starting with `#` are skipped; each prompt is trimmed. Named after
 * the file.
 */
export function parsePromptList(text: string, fileName: string): BenchmarkFile {
  const rows: PromptRow[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const prompt = raw.trim();
    if (prompt === '' || prompt.startsWith('#')) return;
    rows.push({
      index: rows.length + 1,
      line: i + 1,
      variables: { [PROMPT_LIST_VARIABLE]: prompt },
      expectation: '',
      checks: [],
    });
  });
  if (rows.length === 0) {
    throw new ConfigurationError(
      `${fileName}: no prompts (expected one prompt a line; blank lines and lines starting with # are skipped)`,
    );
  }
  const base = fileName.split(/[\\/]/).at(-1) ?? fileName;
  return {
    fileName,
    benchmarkName: base.replace(/\.txt$/i, '') || base,
    purpose: 'Latency of free-form prompts (no expectation)',
    basePrompt: `{{${PROMPT_LIST_VARIABLE}}}`,
    evaluator: NO_EXPECTATION_EVALUATOR,
    rows,
    ...noFileRunFields(),
    unknownKeys: [],
  };
}

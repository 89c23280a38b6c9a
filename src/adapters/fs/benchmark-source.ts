import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readBenchmarkText, type BenchmarkFile } from '../../config/benchmark-file.js';
import { isChoiceBenchmarkText } from '../../config/choice-benchmark-text.js';
import { isPromptList, parsePromptList } from '../../config/prompt-list.js';
import { ConfigurationError } from '../../errors.js';

/** Multiple-choice questions (and the CSV parser they need) are loaded only for a multiple-choice benchmark. */
const choiceSource = () => import('./choice-source.js');

/**
 * The benchmark a command-line argument names: a YAML file, or multiple-choice CSV files (a file, a
 * glob or a folder of them).
 */
export async function loadBenchmarkArgument(argument: string, cwd: string): Promise<BenchmarkFile> {
  if (/\.ya?ml$/i.test(argument) || isPromptList(argument))
    return loadBenchmarkFile(path.resolve(cwd, argument));
  const choice = await choiceSource();
  if (await choice.isChoiceArgument(argument, cwd)) return choice.loadChoiceArguments([argument], cwd);
  throw new ConfigurationError(
    `${argument}: the last argument must be the benchmark: a YAML file (.yaml or .yml), a .txt list of prompts, or multiple-choice questions (a .csv file, a glob of them or a folder); see exbench --help`,
  );
}

/**
 * Reads and parses a benchmark file: YAML (a benchmark, or a multiple-choice wrapper), or a `.txt`
 * list of prompts (one a line, nothing judged). A missing or unreadable file is the user's error.
 */
export async function loadBenchmarkFile(file: string): Promise<BenchmarkFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigurationError(`${file}: benchmark file not found`);
    if (code === 'EISDIR')
      throw new ConfigurationError(`${file}: is a directory, expected a benchmark YAML file`);
    throw new ConfigurationError(`${file}: cannot read benchmark file (${code ?? String(error)})`);
  }
  if (isPromptList(file)) return parsePromptList(text, file);
  if (isChoiceBenchmarkText(text)) return (await choiceSource()).loadChoiceWrapper(text, file);
  return readBenchmarkText(text, file);
}

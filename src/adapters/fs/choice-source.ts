import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { BenchmarkFile } from '../../config/benchmark-file.js';
import {
  choiceBenchmark,
  defaultChoiceSettings,
  parseChoiceBenchmark,
  type ChoiceBenchmarkSettings,
} from '../../config/choice-benchmark.js';
import { parseChoiceCsv, type ChoiceQuestion } from '../../config/choice-file.js';
import { ConfigurationError } from '../../errors.js';
import { findBenchmarkFiles } from './benchmark-glob.js';

const GLOB_CHARS = /[*?[{]/;

/**
 * Whether a benchmark argument names multiple-choice CSV files: a `.csv` file, a glob of them, or a
 * folder (whose `.csv` files, at any depth, are the questions).
 */
export async function isChoiceArgument(argument: string, cwd: string): Promise<boolean> {
  if (/\.csv$/i.test(argument) || (GLOB_CHARS.test(argument) && /\.csv\}?$/i.test(argument))) return true;
  if (GLOB_CHARS.test(argument)) return false;
  try {
    return (await stat(path.resolve(cwd, argument))).isDirectory();
  } catch {
    return false;
  }
}

/** Benchmark patterns split into those naming multiple-choice CSV files (or folders) and the rest. */
export async function splitChoicePatterns(
  patterns: readonly string[],
  cwd: string,
): Promise<{ choice: string[]; other: string[] }> {
  const choice: string[] = [];
  const other: string[] = [];
  for (const pattern of patterns) ((await isChoiceArgument(pattern, cwd)) ? choice : other).push(pattern);
  return { choice, other };
}

/** Multiple-choice CSV files named on their own: the default columns, header detection and prompt. */
export async function loadChoiceArguments(patterns: readonly string[], cwd: string): Promise<BenchmarkFile> {
  const label = patterns.join(', ');
  return loadChoiceBenchmark(defaultChoiceSettings([...patterns]), cwd, label);
}

/** A multiple-choice wrapper YAML (its text already read): its CSV files are found from its folder. */
export async function loadChoiceWrapper(text: string, file: string): Promise<BenchmarkFile> {
  return loadChoiceBenchmark(parseChoiceBenchmark(text, file), path.dirname(file), file);
}

async function loadChoiceBenchmark(
  settings: ChoiceBenchmarkSettings,
  baseDir: string,
  label: string,
): Promise<BenchmarkFile> {
  const files = await choiceFiles(settings.questions, baseDir);
  const questions: ChoiceQuestion[] = [];
  for (const file of files) {
    questions.push(
      ...parseChoiceCsv(await readCsv(path.resolve(baseDir, file), file), file, settings.layout),
    );
  }
  return choiceBenchmark(settings, questions, label);
}

/** The CSV files that patterns name, a folder standing for every `.csv` file in it. */
async function choiceFiles(patterns: readonly string[], baseDir: string): Promise<string[]> {
  const expanded: string[] = [];
  for (const pattern of patterns) {
    const isFolder =
      !GLOB_CHARS.test(pattern) &&
      (await stat(path.resolve(baseDir, pattern)).then(
        (info) => info.isDirectory(),
        () => false,
      ));
    expanded.push(isFolder ? `${pattern.replace(/\/+$/, '')}/**/*.csv` : pattern);
  }
  const files = await findBenchmarkFiles(expanded, baseDir);
  const notCsv = files.find((file) => !/\.csv$/i.test(file));
  if (notCsv !== undefined) {
    throw new ConfigurationError(`${notCsv}: expected a CSV file of multiple-choice questions (.csv)`);
  }
  return files;
}

async function readCsv(absolute: string, shown: string): Promise<string> {
  try {
    return await readFile(absolute, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigurationError(`${shown}: question file not found`);
    throw new ConfigurationError(`${shown}: cannot read question file (${code ?? String(error)})`);
  }
}

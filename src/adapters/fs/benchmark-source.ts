import { readFile } from 'node:fs/promises';
import { parseBenchmarkFile, type BenchmarkFile } from '../../config/benchmark-file.js';
import { isPromptList, parsePromptList } from '../../config/prompt-list.js';
import { ConfigurationError } from '../../errors.js';

/**
 * Reads and parses a benchmark file: YAML, or a `.txt` list of prompts (one a line, nothing judged).
 * A missing or unreadable file is the user's error.
 */
export async function loadBenchmarkFile(path: string): Promise<BenchmarkFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ConfigurationError(`${path}: benchmark file not found`);
    if (code === 'EISDIR')
      throw new ConfigurationError(`${path}: is a directory, expected a benchmark YAML file`);
    throw new ConfigurationError(`${path}: cannot read benchmark file (${code ?? String(error)})`);
  }
  return isPromptList(path) ? parsePromptList(text, path) : parseBenchmarkFile(text, path);
}

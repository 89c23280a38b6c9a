import { writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Writes `say.yaml` in `dir`: one row per word, asking the model to say it back (`say: <word>`),
 * compared as a string so nothing runs. Returns its path.
 */
export function writeSayBenchmark(dir: string, words: readonly string[]): string {
  const file = path.join(dir, 'say.yaml');
  const rows = words
    .map((w) => `  - dynamic_variables: { word: "${w}" }\n    expectation: "${w}"`)
    .join('\n');
  writeFileSync(
    file,
    `benchmark_name: Say\nbase_prompt: "say: {{word}}"\nevaluator: raw_string_evaluator\nprompts:\n${rows}\n`,
  );
  return file;
}

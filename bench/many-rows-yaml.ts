/**
 * Benchmark YAML with many rows shaped like data/simple_math.yaml (its base prompt, one `a + b`
 * statement each, the sum as expectation), built as text: `yaml.stringify` of 10,000 rows would
 * itself leave tens of megabytes of heap behind in the bench's process.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from './figures.js';

/** The base prompt of data/simple_math.yaml, with its `{{statement}}` placeholder. */
export async function simpleMathBasePrompt(): Promise<string> {
  const text = await readFile(path.join(REPO_ROOT, 'data', 'simple_math.yaml'), 'utf8');
  return (parse(text) as { base_prompt: string }).base_prompt;
}

export function manyRowsYaml(basePrompt: string, rows: number, evaluator: string): string {
  const lines = [
    "benchmark_name: 'Memory'",
    "purpose: 'Many rows shaped like simple_math.yaml, to measure peak memory.'",
    'base_prompt: |',
    ...basePrompt
      .replace(/\n$/, '')
      .split('\n')
      .map((line) => (line === '' ? '' : `  ${line}`)),
    `evaluator: '${evaluator}'`,
    'prompts:',
  ];
  for (let i = 0; i < rows; i += 1) {
    lines.push('  - dynamic_variables:', `      statement: '${i} + ${i * 7}'`, `    expectation: '${i * 8}'`);
  }
  return `${lines.join('\n')}\n`;
}

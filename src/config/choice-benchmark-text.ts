/**
 * Whether a benchmark YAML text is a multiple-choice wrapper (it has `questions:`), not a prompt file.
 * Apart from choice-benchmark.ts so a reader can tell without loading the CSV parser.
 */
export function isChoiceBenchmarkText(text: string): boolean {
  return /^questions\s*:/m.test(text);
}

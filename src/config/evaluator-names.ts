/** Every evaluator of the `ExecEvalBenchmarkFile` format: the file's vocabulary, which the core implements. */
export const EVALUATOR_NAMES = [
  'execute_python_code_with_num_output',
  'execute_python_code_with_string_output',
  'execute_python_code_with_uv',
  'python_print_execution_with_num_output',
  'raw_string_evaluator',
  'json_validator_eval',
  'multiple_choice',
] as const;
export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];

/** What an evaluator compares, and so what a row's `expectation` must be: a number, text or JSON. */
export type Comparison = 'number' | 'string' | 'json' | 'choice';

/** Each evaluator's comparison, the one place it is said (the core's evaluators read it). */
export const EVALUATOR_COMPARISON: Readonly<Record<EvaluatorName, Comparison>> = {
  execute_python_code_with_num_output: 'number',
  execute_python_code_with_string_output: 'string',
  execute_python_code_with_uv: 'string',
  python_print_execution_with_num_output: 'number',
  raw_string_evaluator: 'string',
  json_validator_eval: 'json',
  multiple_choice: 'choice',
};

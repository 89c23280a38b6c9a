/** Every evaluator of the `ExecEvalBenchmarkFile` format: the file's vocabulary, which the core implements. */
export const EVALUATOR_NAMES = [
  'execute_python_code_with_num_output',
  'execute_python_code_with_string_output',
  'execute_python_code_with_uv',
  'python_print_execution_with_num_output',
  'raw_string_evaluator',
  'json_validator_eval',
] as const;
export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];

import { CHECK_NAMES, NO_EXPECTATION_EVALUATOR } from './checks.js';

/**
 * Every evaluator of the `ExecEvalBenchmarkFile` format: the file's vocabulary, which the core
 * implements; then exbench's free-form ones (see checks.ts).
 */
export const EVALUATOR_NAMES = [
  'execute_python_code_with_num_output',
  'execute_python_code_with_string_output',
  'execute_python_code_with_uv',
  'python_print_execution_with_num_output',
  'raw_string_evaluator',
  'json_validator_eval',
  'multiple_choice',
  NO_EXPECTATION_EVALUATOR,
  ...CHECK_NAMES,
] as const;
export type EvaluatorName = (typeof EVALUATOR_NAMES)[number];

/**
 * What an evaluator compares, and so what a row's `expectation` must be: a number, text, JSON or an
 * option letter; `checks` compares no expectation but runs the row's checks (none for `none`).
 */
export type Comparison = 'number' | 'string' | 'json' | 'choice' | 'checks';

/** Each evaluator's comparison, the one place it is said (the core's evaluators read it). */
export const EVALUATOR_COMPARISON: Readonly<Record<EvaluatorName, Comparison>> = {
  execute_python_code_with_num_output: 'number',
  execute_python_code_with_string_output: 'string',
  execute_python_code_with_uv: 'string',
  python_print_execution_with_num_output: 'number',
  raw_string_evaluator: 'string',
  json_validator_eval: 'json',
  multiple_choice: 'choice',
  none: 'checks',
  json_parse: 'checks',
  json_keys: 'checks',
  regex: 'checks',
  contains: 'checks',
  not_contains: 'checks',
  max_length: 'checks',
};

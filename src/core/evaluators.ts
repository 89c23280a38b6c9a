import { EVALUATOR_COMPARISON, type Comparison, type EvaluatorName } from '../config/evaluator-names.js';
import type { Executor } from '../ports.js';

/** How the model's answer becomes something to compare: run as a program, run as an expression, or not run. */
export type Execution = 'program' | 'expression' | 'none';
export type { Comparison };

export interface EvaluatorSpec {
  name: EvaluatorName;
  execution: Execution;
  comparison: Comparison;
  /** The executor this evaluator asks for; `uv` falls back to `python3` when uv is not installed. */
  executor: Executor | null;
  /** Fence languages that mark the block to evaluate when a response holds several. */
  languages: readonly string[];
}

const PYTHON = ['python', 'py', 'python3'] as const;

export const EVALUATORS: Readonly<Record<EvaluatorName, EvaluatorSpec>> = {
  execute_python_code_with_num_output: spec(
    'execute_python_code_with_num_output',
    'program',

    'python3',
    PYTHON,
  ),
  execute_python_code_with_string_output: spec(
    'execute_python_code_with_string_output',
    'program',

    'python3',
    PYTHON,
  ),
  execute_python_code_with_uv: spec('execute_python_code_with_uv', 'program', 'uv', PYTHON),
  python_print_execution_with_num_output: spec(
    'python_print_execution_with_num_output',
    'expression',

    'python3',
    PYTHON,
  ),
  raw_string_evaluator: spec('raw_string_evaluator', 'none', null, []),
  json_validator_eval: spec('json_validator_eval', 'none', null, ['json']),
  multiple_choice: spec('multiple_choice', 'none', null, []),
  // exbench's free-form evaluators run nothing: each row's checks judge the answer (core/checks.ts).
  none: spec('none', 'none', null, []),
  json_parse: spec('json_parse', 'none', null, ['json']),
  json_keys: spec('json_keys', 'none', null, ['json']),
  regex: spec('regex', 'none', null, []),
  contains: spec('contains', 'none', null, []),
  not_contains: spec('not_contains', 'none', null, []),
  max_length: spec('max_length', 'none', null, []),
};

function spec(
  name: EvaluatorName,
  execution: Execution,
  executor: Executor | null,
  languages: readonly string[],
): EvaluatorSpec {
  return { name, execution, comparison: EVALUATOR_COMPARISON[name], executor, languages };
}

/** The program that prints an expression's value, as the predecessor built it. */
export function expressionProgram(expression: string): string {
  return `print(${expression.trim()})\n`;
}

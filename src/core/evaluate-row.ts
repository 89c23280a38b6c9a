import type { CodeRunner, CodeRunResult, ErrorKind, Executor, Generation } from '../ports.js';
import { judgeChoice } from './choice-verdict.js';
import { compareResult } from './compare.js';
import { expressionProgram, type EvaluatorSpec } from './evaluators.js';
import { checkOutcome, type Check } from './checks.js';
import { extractCode } from './extract-code.js';
import type { RowResult } from './types.js';

/** Why a row has no verdict after an interruption. */
export const NOT_RUN_REASON = 'not run: the run was interrupted';

/** A row the interruption left without a verdict. */
export function notRunRow(
  base: GeneratedRow['base'],
  generation: Generation | null = null,
  attempts = 0,
): RowResult {
  return {
    ...base,
    generation,
    attempts,
    error: null,
    errorKind: null,
    extraction: null,
    execution: null,
    output: '',
    correct: false,
    status: 'not_run',
    reason: NOT_RUN_REASON,
    comparison: null,
  };
}

export interface GeneratedRow {
  base: Pick<RowResult, 'index' | 'line' | 'variables' | 'expectation' | 'prompt'> & {
    /** A free-form row's checks (none: nothing judged); absent under the predecessor's evaluators. */
    checks?: readonly Check[];
  };
  generation: Generation | null;
  attempts: number;
  error: string | null;
  errorKind: ErrorKind | null;
}

export interface EvaluationContext {
  evaluator: EvaluatorSpec;
  executor: Executor | null;
  runner: CodeRunner;
  codeTimeoutMs: number;
  maxOutputBytes: number;
  /** Aborted when the run is interrupted: rows not finished become `not_run`. */
  signal?: AbortSignal;
  /** The `num_predict` sent with every request, to name it when an answer is cut off; null if none. */
  tokenLimit: number | null;
}

/** Turns a generated answer into a verdict. Whatever the code does is recorded, never thrown. */
export async function evaluateRow(row: GeneratedRow, context: EvaluationContext): Promise<RowResult> {
  if (context.signal?.aborted) return notRunRow(row.base, row.generation, row.attempts);
  const result = await judgeRow(row, context);
  if (result.status === 'passed' || row.generation?.doneReason !== 'length') return result;
  // Whatever went wrong downstream, a truncated answer is the first thing a reader should know.
  const cutOff = `the answer was cut off at the token limit${context.tokenLimit === null ? '' : ` (num_predict ${context.tokenLimit})`}`;
  return { ...result, reason: result.reason === null ? cutOff : `${cutOff}; ${result.reason}` };
}

async function judgeRow(row: GeneratedRow, context: EvaluationContext): Promise<RowResult> {
  const { base, generation, attempts, error, errorKind } = row;
  const { index, line, variables, expectation, prompt, checks } = base;
  /**
   * The result, its fields named one by one: spreading the base (or a result begun from it) into a
   * new object gave every result hidden classes of its own, garbage only a full GC takes away.
   */
  const result = (
    verdict: Pick<
      RowResult,
      'extraction' | 'comparison' | 'execution' | 'output' | 'correct' | 'status' | 'reason'
    >,
  ): RowResult => {
    if (checks === undefined)
      return {
        index,
        line,
        variables,
        expectation,
        prompt,
        generation,
        attempts,
        error,
        errorKind,
        ...verdict,
      };
    // A free-form row's result carries its checks, where the base had them (not a RowResult field).
    const judged = {
      index,
      line,
      variables,
      expectation,
      prompt,
      checks,
      generation,
      attempts,
      error,
      errorKind,
      ...verdict,
    };
    return judged;
  };
  if (!generation) {
    return result({
      extraction: null,
      execution: null,
      output: '',
      correct: false,
      status: 'errored',
      reason: `no answer from the server: ${error ?? 'unknown error'}`,
      comparison: null,
    });
  }

  const { evaluator } = context;
  const found = extractCode(generation.response, evaluator.languages);
  const extraction = {
    ...found,
    thinking: [generation.thinking.trim(), found.thinking].filter(Boolean).join('\n\n'),
  };
  const done = (
    fields: Pick<RowResult, 'execution' | 'output' | 'correct' | 'status' | 'reason'> &
      Partial<Pick<RowResult, 'comparison'>>,
  ): RowResult => {
    const { execution, output, correct, status, reason } = fields;
    return result({
      extraction,
      comparison: fields.comparison ?? null,
      execution,
      output,
      correct,
      status,
      reason,
    });
  };

  if (evaluator.comparison === 'checks') {
    return done({ execution: null, ...checkOutcome(generation.response, checks ?? []) });
  }

  if (extraction.code.trim() === '') {
    return done({
      execution: null,
      output: '',
      correct: false,
      status: 'failed',
      reason: 'the answer is empty',
    });
  }

  if (evaluator.comparison === 'choice') {
    const verdict = judgeChoice(generation.response, variables, expectation);
    return done({
      execution: null,
      output: verdict.chosen ?? '',
      correct: verdict.correct,
      status: verdict.correct ? 'passed' : 'failed',
      reason: verdict.correct ? null : verdict.reason,
      comparison: verdict.rule,
    });
  }

  if (evaluator.execution === 'none' || context.executor === null) {
    const verdict = compareResult(evaluator.comparison, extraction.code, row.base.expectation);
    return done({
      execution: null,
      output: extraction.code,
      correct: verdict.correct,
      status: verdict.correct ? 'passed' : 'failed',
      reason: verdict.correct ? null : verdict.reason,
      comparison: verdict.rule,
    });
  }

  const code = evaluator.execution === 'expression' ? expressionProgram(extraction.code) : extraction.code;
  let execution: CodeRunResult;
  try {
    execution = await context.runner.run({
      code,
      executor: context.executor,
      timeoutMs: context.codeTimeoutMs,
      maxOutputBytes: context.maxOutputBytes,
      signal: context.signal,
    });
  } catch (error: unknown) {
    // The sandbox itself failed (e.g. no space for the run directory): this row errs, the run goes on.
    const reason = `could not run the code: ${error instanceof Error ? error.message : String(error)}`;
    return done({ execution: null, output: '', correct: false, status: 'errored', reason });
  }
  // Killed by the interruption, not by anything it did: no verdict.
  if (context.signal?.aborted) return notRunRow(row.base, row.generation, row.attempts);
  const failure = describeExecutionFailure(execution, context);
  if (failure) return done({ execution, output: execution.stdout, correct: false, ...failure });

  const verdict = compareResult(evaluator.comparison, execution.stdout, row.base.expectation);
  return done({
    execution,
    output: execution.stdout,
    correct: verdict.correct,
    status: verdict.correct ? 'passed' : 'failed',
    reason: verdict.correct ? null : verdict.reason,
    comparison: verdict.rule,
  });
}

function describeExecutionFailure(
  execution: CodeRunResult,
  context: EvaluationContext,
): Pick<RowResult, 'status' | 'reason'> | null {
  if (execution.spawnError !== null) {
    return { status: 'errored', reason: `could not start ${execution.command}: ${execution.spawnError}` };
  }
  if (execution.timedOut) {
    return { status: 'timed_out', reason: `timed out after ${context.codeTimeoutMs / 1000} s` };
  }
  if (execution.stdoutTruncated || execution.stderrTruncated) {
    return { status: 'failed', reason: `output exceeded ${context.maxOutputBytes} bytes` };
  }
  if (execution.exitCode !== 0) {
    const how = execution.signal ? `killed by ${execution.signal}` : `exit code ${execution.exitCode}`;
    const lastLine = execution.stderr.trim().split('\n').at(-1);
    return { status: 'failed', reason: lastLine ? `${how}: ${lastLine}` : how };
  }
  return null;
}

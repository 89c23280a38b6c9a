import { ConfigurationError } from '../errors.js';
import {
  describeCheck,
  isFreeFormEvaluator,
  parseCheck,
  parseChecks,
  type Check,
  type CheckName,
  type CheckSite,
} from './checks.js';

/** The parts of a parsed benchmark file that decide its rows' checks. */
interface FreeFormFields {
  evaluator: string;
  evaluator_options?: Record<string, unknown> | null;
  prompts: readonly { expectation?: unknown; checks?: unknown }[];
}

/** What a row adds under a free-form evaluator: its checks, and them in words as its expectation. */
export type FreeFormRow = { checks: Check[]; expectation: string } | Record<string, never>;

/**
 * Each row's checks: its own `checks:`, else the file's evaluator with `evaluator_options`; none
 * under `none`. Under the predecessor's evaluators a row needs its expectation and may have no
 * checks. `at(path)` is `file:line: ` of the YAML node at path; `missingHint(path)` is what to add
 * when the field at path is missing (a likely misspelling of it), or ''.
 */
export function freeFormChecks(
  data: FreeFormFields,
  at: (path: readonly (string | number)[]) => string,
  missingHint: (path: readonly (string | number)[]) => string,
): FreeFormRow[] {
  const { evaluator } = data;
  const options = data.evaluator_options ?? null;
  if (!isFreeFormEvaluator(evaluator)) {
    if (options !== null) {
      throw new ConfigurationError(
        `${at(['evaluator_options'])}evaluator_options: only a check used as the evaluator takes options, not ${evaluator}`,
      );
    }
    return data.prompts.map((row, i) => {
      if (row.expectation === undefined) {
        throw new ConfigurationError(
          `${at(['prompts', i])}prompts[${i}].expectation: missing (expected a string, a number, true or false, a mapping or a list)${missingHint(['prompts', i, 'expectation'])}`,
        );
      }
      if (row.checks !== undefined) {
        throw new ConfigurationError(
          `${at(['prompts', i, 'checks'])}prompts[${i}].checks: checks are for the free-form evaluators (none, json_parse, json_keys, regex, contains, not_contains, max_length), not ${evaluator}`,
        );
      }
      return {};
    });
  }

  let fileChecks: Check[] = [];
  if (evaluator === 'none') {
    if (options !== null) {
      throw new ConfigurationError(
        `${at(['evaluator_options'])}evaluator_options: evaluator none judges nothing and takes no options; put checks in a row's checks:`,
      );
    }
  } else {
    const path = options === null ? ['evaluator'] : ['evaluator_options'];
    const site: CheckSite = { at, path, field: 'evaluator_options' };
    fileChecks = [parseCheck(evaluator as CheckName, options ?? {}, site)];
  }

  return data.prompts.map((row, i) => {
    if (row.expectation !== undefined) {
      throw new ConfigurationError(
        `${at(['prompts', i, 'expectation'])}prompts[${i}].expectation: evaluator ${evaluator} compares no expectation; remove it, or say what the answer must pass under checks:`,
      );
    }
    const checks =
      row.checks === undefined
        ? fileChecks
        : parseChecks(row.checks, { at, path: ['prompts', i, 'checks'], field: `prompts[${i}].checks` });
    return { checks, expectation: checks.map(describeCheck).join('; ') };
  });
}

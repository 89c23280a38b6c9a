import type { RE2JS } from 're2js';
import { ConfigurationError } from '../errors.js';
import { regexEngine, RegexEngineNotLoaded } from './regex-engine.js';

/**
 * The heuristic checks of free-form answers (exbench's own evaluators): each is usable as a whole
 * file's `evaluator:` (its parameters under `evaluator_options:`) or in a row's `checks:` list.
 */
export const CHECK_NAMES = [
  'json_parse',
  'json_keys',
  'regex',
  'contains',
  'not_contains',
  'max_length',
] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** The evaluator that judges nothing: the answers are kept and timed, for latency benchmarks. */
export const NO_EXPECTATION_EVALUATOR = 'none';

export type Check =
  | { check: 'json_parse' }
  | { check: 'json_keys'; keys: string[] }
  | { check: 'regex'; pattern: string; flags: string }
  | { check: 'contains' | 'not_contains'; texts: string[]; caseSensitive: boolean }
  | { check: 'max_length'; limit: number; unit: 'characters' | 'words' };

/** Regex flags a check may set, as JavaScript spells them, and the name of RE2's flag for each. */
const REGEX_FLAGS: Readonly<Record<string, 'CASE_INSENSITIVE' | 'MULTILINE' | 'DOTALL'>> = {
  i: 'CASE_INSENSITIVE',
  m: 'MULTILINE',
  s: 'DOTALL',
};

/**
 * Compiles a check's pattern with RE2 (linear-time matching, so no pattern can backtrack
 * catastrophically on an answer). Throws RE2's message for a pattern it cannot compile, and
 * RegexEngineNotLoaded before RE2 is loaded (see regex-engine.ts).
 */
export function compileCheckPattern(pattern: string, flags: string): RE2JS {
  const re2 = regexEngine();
  let bits = 0;
  for (const flag of flags) {
    const name = REGEX_FLAGS[flag];
    if (name !== undefined) bits |= re2[name];
  }
  return re2.compile(pattern, bits);
}

/** How a check is named in reasons and reports: its name and what it looks for. */
export function describeCheck(check: Check): string {
  switch (check.check) {
    case 'json_parse':
      return 'json_parse';
    case 'json_keys':
      return `json_keys [${check.keys.join(', ')}]`;
    case 'regex':
      return `regex /${check.pattern}/${check.flags}`;
    case 'contains':
    case 'not_contains':
      return `${check.check}${check.caseSensitive ? '' : ' (any case)'} ${check.texts.map((t) => JSON.stringify(t)).join(', ')}`;
    case 'max_length':
      return `max_length ${check.limit} ${check.unit}`;
  }
}

/** Where a value sits: `file:line: field` for messages, and how to name a field inside it. */
export interface CheckSite {
  /** `file:line: ` of the value's YAML node (or its nearest parent). */
  at(path: readonly (string | number)[]): string;
  /** The field's path as written, e.g. `prompts[2].checks[0]`. */
  field: string;
  path: readonly (string | number)[];
}

/** A bad check or check parameter: the user's error, naming file, field and YAML line. */
export class CheckError extends ConfigurationError {}

const PARAMETERS: Readonly<Record<CheckName, readonly string[]>> = {
  json_parse: [],
  json_keys: ['keys'],
  regex: ['pattern', 'flags'],
  contains: ['text', 'case_sensitive'],
  not_contains: ['text', 'case_sensitive'],
  max_length: ['characters', 'words'],
};

/**
 * One check from its parameters (`{keys: [a, b]}` for json_keys); every error names the file, the
 * field and the YAML line, and what was expected.
 */
export function parseCheck(name: CheckName, parameters: Record<string, unknown>, site: CheckSite): Check {
  const fail = (key: string | null, message: string): never => {
    const path = key === null ? site.path : [...site.path, key];
    const field = key === null ? site.field : `${site.field}.${key}`;
    throw new CheckError(`${site.at(path)}${field}: ${message}`);
  };
  const unknown = Object.keys(parameters).find((key) => key !== 'check' && !PARAMETERS[name].includes(key));
  if (unknown !== undefined) {
    const known = PARAMETERS[name];
    fail(unknown, `${name} takes ${known.length === 0 ? 'no parameters' : known.join(', ')}, not ${unknown}`);
  }
  switch (name) {
    case 'json_parse':
      return { check: name };
    case 'json_keys': {
      const keys = parameters.keys;
      if (keys === undefined)
        return fail(null, 'json_keys needs keys: a list of the keys the JSON must have');
      const list = typeof keys === 'string' ? [keys] : keys;
      if (
        !Array.isArray(list) ||
        list.length === 0 ||
        !list.every((k) => typeof k === 'string' && k !== '')
      ) {
        return fail('keys', `expected a non-empty list of key names, got ${describeValue(keys)}`);
      }
      return { check: name, keys: list as string[] };
    }
    case 'regex': {
      const { pattern, flags = '' } = parameters;
      if (pattern === undefined) return fail(null, 'regex needs pattern: the regular expression to find');
      if (typeof pattern !== 'string' || pattern === '') {
        return fail('pattern', `expected a non-empty regular expression, got ${describeValue(pattern)}`);
      }
      if (typeof flags !== 'string' || ![...flags].every((flag) => flag in REGEX_FLAGS)) {
        return fail('flags', `expected some of the letters i, m and s, got ${describeValue(flags)}`);
      }
      try {
        compileCheckPattern(pattern, flags);
      } catch (error: unknown) {
        if (error instanceof RegexEngineNotLoaded) throw error;
        const why = error instanceof Error ? error.message : String(error);
        // RE2 matches in linear time, so it has no lookaround or backreferences: say so when used.
        const unsupported = /\(\?<?[=!]|\\[1-9]|\\k</.test(pattern)
          ? '; lookaround and backreferences are not supported'
          : '';
        return fail('pattern', `not a regular expression RE2 accepts (${why})${unsupported}`);
      }
      return { check: name, pattern, flags };
    }
    case 'contains':
    case 'not_contains': {
      const { text, case_sensitive: caseSensitive = true } = parameters;
      if (text === undefined) return fail(null, `${name} needs text: a string or a list of strings`);
      const texts = typeof text === 'string' ? [text] : text;
      if (
        !Array.isArray(texts) ||
        texts.length === 0 ||
        !texts.every((t) => typeof t === 'string' && t !== '')
      ) {
        return fail('text', `expected a non-empty string or a list of them, got ${describeValue(text)}`);
      }
      if (typeof caseSensitive !== 'boolean') {
        return fail('case_sensitive', `expected true or false, got ${describeValue(caseSensitive)}`);
      }
      return { check: name, texts: texts as string[], caseSensitive };
    }
    case 'max_length': {
      const { characters, words } = parameters;
      if ((characters === undefined) === (words === undefined)) {
        return fail(
          null,
          'max_length needs either characters or words (one of them): a positive whole number',
        );
      }
      const unit = characters === undefined ? 'words' : 'characters';
      const limit = characters ?? words;
      if (typeof limit !== 'number' || !Number.isSafeInteger(limit) || limit < 1) {
        return fail(unit, `expected a positive whole number, got ${describeValue(limit)}`);
      }
      return { check: name, limit, unit };
    }
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `the list ${JSON.stringify(value)}`;
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Whether an evaluator is one of exbench's free-form ones: `none` or a heuristic check. */
export function isFreeFormEvaluator(name: string): boolean {
  return name === NO_EXPECTATION_EVALUATOR || (CHECK_NAMES as readonly string[]).includes(name);
}

/**
 * A row's `checks:`: one check or a list of them, each a check's name (`json_parse`) or a mapping
 * naming it under `check:` with its parameters beside (`{check: regex, pattern: '^\d+$'}`).
 */
export function parseChecks(value: unknown, site: CheckSite): Check[] {
  const entries = Array.isArray(value) ? value : [value];
  const many = Array.isArray(value);
  if (many && entries.length === 0) {
    throw new CheckError(`${site.at(site.path)}${site.field}: expected at least one check`);
  }
  return entries.map((entry: unknown, i) => {
    const path = many ? [...site.path, i] : site.path;
    const inner: CheckSite = { ...site, path, field: many ? `${site.field}[${i}]` : site.field };
    const fail = (message: string): never => {
      throw new CheckError(`${site.at(path)}${inner.field}: ${message}`);
    };
    const parameters: Record<string, unknown> =
      typeof entry === 'string'
        ? { check: entry }
        : entry !== null && typeof entry === 'object' && !Array.isArray(entry)
          ? (entry as Record<string, unknown>)
          : fail(
              `expected a check's name or a mapping with check: and its parameters, got ${describeValue(entry)}`,
            );
    const name = parameters.check;
    if (!(CHECK_NAMES as readonly unknown[]).includes(name)) {
      fail(
        `${name === undefined ? 'check: missing' : `there is no check named ${typeof name === 'string' ? JSON.stringify(name) : describeValue(name)}`}; expected one of ${CHECK_NAMES.join(', ')}`,
      );
    }
    return parseCheck(name as CheckName, parameters, inner);
  });
}

import type { z } from 'zod';
import { ConfigurationError } from '../errors.js';

/** How the outside world spells one setting: its CLI flag and its action input, where it has them. */
export interface SettingNames {
  /** Without the dashes; `null` when the CLI has no such flag. */
  flag: { name: string; type: 'string' | 'boolean'; multiple?: boolean } | null;
  /** As in action.yml; `null` when the action has no such input. */
  input: string | null;
}

/** Names an issue's setting, e.g. `--timeout` or `Input "timeout"`, given the issue's path. */
export type SettingLabel = (path: readonly PropertyKey[]) => string;

export function flagLabel(flag: string): string {
  return `--${flag}`;
}

export function inputLabel(input: string): string {
  return `Input "${input}"`;
}

/** Labels by a names table: `--timeout` for the CLI, `Input "timeout"` for the action. */
export function labelByNames(
  names: Readonly<Record<string, SettingNames>>,
  side: 'flag' | 'input',
): SettingLabel {
  return (path) => {
    const field = String(path[0] ?? '');
    const setting = names[field];
    if (side === 'flag') return setting?.flag ? flagLabel(setting.flag.name) : field;
    return inputLabel(setting?.input ?? field);
  };
}

/**
 * Checks raw settings (text from flags or inputs, or values already typed) with `schema`, once.
 * The first problem becomes a ConfigurationError that names the setting by `label` and echoes the
 * value given: `--timeout: "abc" is not a positive number of seconds (e.g. 10 or 2.5).`
 */
export function parseSettings<S extends z.ZodType>(
  schema: S,
  raw: Readonly<Record<string, unknown>>,
  label: SettingLabel,
): z.output<S> {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue === undefined) throw new ConfigurationError(`${label([])}: invalid`);
  const [field, ...rest] = issue.path;
  const name = label(issue.path);
  if (issue.code === 'custom') {
    // Our own checks: the message completes `<name>: "<value>"`.
    throw new ConfigurationError(`${name}: ${JSON.stringify(issue.input)} ${issue.message}.`);
  }
  // A structural problem inside a value (an option of the wrong type): name the part, echo the whole.
  const given = field === undefined ? raw : raw[String(field)];
  const echoed = typeof given === 'string' ? given : issue.input;
  const part = rest.map(String).join('.');
  // `--temperature` already names the option `temperature`: say it once.
  const named = part === '' || name.replace(/^--/, '').replace(/-/g, '_') === part;
  throw new ConfigurationError(
    `${name}: ${named ? '' : `${part}: `}${issueWords(issue)} (got ${JSON.stringify(echoed)}).`,
  );
}

const TYPE_WORDS: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

/** A zod issue in a user's words: "expected a number", not "Invalid input: expected number, received string". */
function issueWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `expected ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}`;
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `expected ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}`;
  return issue.message;
}

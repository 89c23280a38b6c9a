import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ConfigurationError } from '../errors.js';

export type FlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** A negative number (`-1`, `-0.5`, `-1,0`): as the token after a flag that takes a value, it is the value. */
const NEGATIVE_NUMBER = /^-\.?\d/;

/**
 * `parseArgs` from node:util with exbench's own messages. The arguments are checked first, so an
 * unknown flag, a missing value or a value given to a switch is named with what it expects, not
 * in Node's wording; `--temperature -1` is read as the value -1 (Node calls it ambiguous). What
 * parseArgs still refuses keeps its message, with a pointer to the help.
 */
export function parseFlags<T extends ParseArgsConfig>(
  config: T & { args: string[]; options: FlagOptions },
  command: string,
): { values: FlagValues; positionals: string[] } {
  const args = checkedArgs(config.args, config.options, config.allowNegative === true, command);
  try {
    return parseArgs({ ...config, args });
  } catch (error: unknown) {
    throw new ConfigurationError(
      `${error instanceof Error ? error.message : String(error)} (see ${command} --help)`,
    );
  }
}

function checkedArgs(
  args: readonly string[],
  options: FlagOptions,
  allowNegative: boolean,
  command: string,
): string[] {
  const help = `see ${command} --help`;
  const shorts = new Map(
    Object.entries(options).flatMap(([name, option]) =>
      option.short === undefined ? [] : [[option.short, name] as const],
    ),
  );
  const out: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (!arg.startsWith('-') || arg === '-' || NEGATIVE_NUMBER.test(arg)) {
      out.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const [written = arg, inline] = long ? splitOnce(arg, '=') : [arg, undefined];
    const key = long ? written.slice(2) : shorts.get(arg.slice(1, 2));
    const negated =
      long && allowNegative && key?.startsWith('no-') && options[key.slice(3)]?.type === 'boolean';
    const option = key === undefined ? undefined : options[key];
    if (option === undefined && !negated) {
      throw new ConfigurationError(`unknown flag ${written} (${help} for the flags it takes)`);
    }
    if (option?.type === 'boolean' || negated) {
      if (inline !== undefined)
        throw new ConfigurationError(
          `${written} is a switch and takes no value; drop "=${inline}" (${help})`,
        );
      out.push(arg);
      continue;
    }
    if (inline !== undefined || !long) {
      out.push(arg);
      continue;
    }
    const next = args[i + 1];
    if (next === undefined || (next.startsWith('-') && !NEGATIVE_NUMBER.test(next))) {
      throw new ConfigurationError(
        `${written} needs a value: ${written} <value>${next === undefined ? '' : `, got the flag ${next} instead; a value that starts with "-" is written ${written}=-…`} (${help})`,
      );
    }
    out.push(`${written}=${next}`);
    i += 1;
  }
  return out;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/*
 * What the CLI reads of its arguments before it loads a command's code (the flags' rules, the
 * settings' schemas): enough to answer --help and --version, and to know how to write errors.
 */

/** The commands whose usage is USAGE (usage.ts), and which take `--version` as `exbench` does. */
const USAGE_COMMANDS: ReadonlySet<string | undefined> = new Set(['ollama-bench', 'compare']);

/**
 * The command that needs no code of a run: `--help` (also no arguments, -h, help) or `--version`,
 * alone or among a command's arguments (`exbench ollama-bench --help`), before a `--`. Answered
 * here, they load none of the command's code (its flags' rules, the settings' schemas, the run).
 */
export function helpOrVersion(argv: readonly string[]): 'help' | 'version' | null {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '--version' || command === 'version') return 'version';
  if (!USAGE_COMMANDS.has(command)) return null;
  const flags = rest.slice(0, rest.includes('--') ? rest.indexOf('--') : undefined);
  // The first one given wins, as when the command's flags are parsed.
  for (const flag of flags) {
    if (flag === '-h' || flag === '--help') return 'help';
    if (flag === '--version') return 'version';
  }
  return null;
}

/**
 * Whether argv asks for JSON logs, read before the arguments are parsed so that an error in them is
 * written as JSON too.
 */
export function wantsJsonLogs(argv: readonly string[]): boolean {
  return argv.some(
    (arg, i) => arg === '--log-format=json' || (arg === '--log-format' && argv[i + 1] === 'json'),
  );
}

/*
 * What the CLI reads of its arguments before it loads a command's code (the flags' rules, the
 * settings' schemas): enough to answer --help and --version, and to know how to write errors.
 */

/** The command that needs no code of a run: `--help` (also no arguments, -h, help) or `--version`. */
export function helpOrVersion(argv: readonly string[]): 'help' | 'version' | null {
  const [command] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return 'help';
  if (command === '--version' || command === 'version') return 'version';
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

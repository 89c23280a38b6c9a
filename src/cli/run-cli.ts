import { createRedactor, secretsFromEnv, type Redact } from '../core/redact.js';
import { ConfigurationError, describeError } from '../errors.js';
import type { JsonLogger } from '../adapters/logger/json-logger.js';
import { terminalText } from '../report/safe-text.js';
import { EXBENCH_VERSION } from '../version.js';
import { helpOrVersion, wantsJsonLogs } from './argv-glance.js';
import { isSiteCommand } from './site-command-names.js';
import { USAGE } from './usage.js';
import type { CliIo } from './cli-io.js';

export type { CliIo };

/**
 * The CLI: parses arguments, runs the benchmark, prints the table and the report path; returns the
 * exit status. `--help` and `--version` are answered before any command's code is loaded (the
 * settings' schemas, the run, its adapters): they and each command load only what they use.
 */
export async function runCli(rawIo: CliIo): Promise<number> {
  // Whatever this prints passes through the redactor, so a secret never reaches the terminal or a
  // CI log, and may carry untrusted text (server errors, model output), so no escape sequence acts.
  let current = createRedactor(secretsFromEnv(rawIo.env));
  const redact: Redact = (text) => current(text);
  // With --log-format json every stderr line is a JSON event, the final error included; the JSON
  // logger redacts and escapes itself (terminal escaping would break the JSON).
  const jsonLogger = async (verbose: boolean): Promise<JsonLogger> => {
    const [{ JsonLogger }, { systemClock }] = await Promise.all([
      import('../adapters/logger/json-logger.js'),
      import('../adapters/clock/system-clock.js'),
    ]);
    return new JsonLogger({
      write: (line) => rawIo.stderr(`${line}\n`),
      now: () => systemClock.date(),
      redact,
      verbose,
    });
  };
  const stderrEvents = wantsJsonLogs(rawIo.argv) ? await jsonLogger(false) : null;
  const io: CliIo = {
    ...rawIo,
    stdout: (text) => rawIo.stdout(terminalText(redact(text))),
    stderr: (text) =>
      stderrEvents === null ? rawIo.stderr(terminalText(redact(text))) : stderrEvents.text(text),
  };
  try {
    const [name, ...rest] = io.argv;
    // The history site and the merge (HTML pages, charts) are loaded only for their commands.
    if (isSiteCommand(name)) return await (await import('./site-commands.js')).runSiteCommand(name, rest, io);
    switch (helpOrVersion(io.argv)) {
      case 'help':
        io.stdout(`${USAGE}\n`);
        return 0;
      case 'version':
        io.stdout(`${EXBENCH_VERSION}\n`);
        return 0;
      case null:
        break;
    }
    const { runParsedCommand } = await import('./ollama-bench-command.js');
    return await runParsedCommand(io, {
      redact,
      addSecret: (secret) => {
        current = createRedactor([...secretsFromEnv(rawIo.env), secret]);
      },
      jsonLogger,
    });
  } catch (error: unknown) {
    io.stderr(`error: ${describeError(error)}\n`);
    return error instanceof ConfigurationError ? 2 : 1;
  }
}

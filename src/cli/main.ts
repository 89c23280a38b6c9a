import { checkedOutput, statusAfterOutput } from '../adapters/system/checked-output.js';
import { interruptExitStatus, listenForInterrupts } from '../adapters/system/interrupts.js';
import { runCli } from './run-cli.js';

/** The CLI on this process: its arguments, environment, streams and signals. */
export function main(): void {
  // A reader that went away (`exbench … | head -1`) must not stop the run: its report is still written.
  // Without a listener, the EPIPE of the next write would be an uncaught exception. A failed write to
  // stdout is kept for the exit status; one to stderr has nowhere to be told.
  const stdout = checkedOutput(process.stdout);
  process.stderr.on('error', () => undefined);
  const interrupts = listenForInterrupts((line) => process.stderr.write(`\n${line}\n`));

  void runCli({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY,
    progressTerminal: process.stderr.isTTY ? process.stderr : undefined,
    signal: interrupts.signal,
  }).then(async (status) => {
    const received = interrupts.received();
    // An interrupted run may leave a request to Ollama open; the report is written, so leave now.
    if (received !== null) process.exit(interruptExitStatus(received));
    const outcome = statusAfterOutput(status, await stdout.settled());
    if (outcome.message !== null) process.stderr.write(`error: ${outcome.message}\n`);
    process.exitCode = outcome.status;
  });
}

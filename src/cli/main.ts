import { interruptExitStatus, listenForInterrupts } from '../adapters/system/interrupts.js';
import { runCli } from './run-cli.js';

/** The CLI on this process: its arguments, environment, streams and signals. */
export function main(): void {
  // A reader that went away (`exbench … | head -1`) must not stop the run: its report is still written.
  // Without a listener, the EPIPE of the next write would be an uncaught exception.
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);
  const interrupts = listenForInterrupts((line) => process.stderr.write(`\n${line}\n`));

  void runCli({
    argv: process.argv.slice(2),
    env: process.env,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTerminal: process.stdout.isTTY,
    progressTerminal: process.stderr.isTTY ? process.stderr : undefined,
    signal: interrupts.signal,
  }).then((status) => {
    const received = interrupts.received();
    // An interrupted run may leave a request to Ollama open; the report is written, so leave now.
    if (received !== null) process.exit(interruptExitStatus(received));
    process.exitCode = status;
  });
}

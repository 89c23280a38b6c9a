#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

// A reader that went away (`exbench … | head -1`) must not stop the run: its report is still written.
// Without a listener, the EPIPE of the next write would be an uncaught exception.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

void runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((status) => {
  process.exitCode = status;
});

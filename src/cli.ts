#!/usr/bin/env node
import { runCli } from './cli/run-cli.js';

void runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY,
}).then((status) => {
  process.exitCode = status;
});

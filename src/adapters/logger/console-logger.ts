import type { Logger } from '../../ports.js';
import { terminalText } from '../../report/safe-text.js';

/** Logger for the CLI: progress to stderr, so stdout stays for the results table. */
export class ConsoleLogger implements Logger {
  private depth = 0;

  constructor(
    private readonly verbose = false,
    private readonly write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  ) {}

  debug(message: string): void {
    if (this.verbose) this.line(message);
  }
  info(message: string): void {
    this.line(message);
  }
  warning(message: string): void {
    this.line(`warning: ${message}`);
  }
  error(message: string): void {
    this.line(`error: ${message}`);
  }

  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.line(`▸ ${name}`);
    this.depth += 1;
    try {
      return await body();
    } finally {
      this.depth -= 1;
    }
  }

  private line(message: string): void {
    const indent = '  '.repeat(this.depth);
    for (const part of terminalText(message).split('\n')) this.write(`${indent}${part}`);
  }
}

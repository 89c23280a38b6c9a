import type { Logger } from '../../src/ports.js';

/** A Logger that keeps every line, with the groups it was written in, for assertions. */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'debug' | 'info' | 'warning' | 'error'; message: string; groups: string[] }[] = [];
  readonly groups: string[] = [];
  private readonly open: string[] = [];

  debug(message: string): void {
    this.lines.push({ level: 'debug', message, groups: [...this.open] });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message, groups: [...this.open] });
  }
  warning(message: string): void {
    this.lines.push({ level: 'warning', message, groups: [...this.open] });
  }
  error(message: string): void {
    this.lines.push({ level: 'error', message, groups: [...this.open] });
  }
  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(name);
    this.open.push(name);
    try {
      return await body();
    } finally {
      this.open.pop();
    }
  }

  messages(level?: 'debug' | 'info' | 'warning' | 'error'): string[] {
    return this.lines.filter((line) => level === undefined || line.level === level).map((l) => l.message);
  }
}

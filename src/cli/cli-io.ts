import type { TerminalStream } from '../adapters/progress/bar-progress.js';
import type { PythonCodeRunnerOptions } from '../adapters/sandbox/python-code-runner.js';
import type { EnvironmentFingerprint } from '../core/environment.js';
import type { CodeRunner } from '../ports.js';

export interface CliIo {
  argv: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal: compare then prints a plain table instead of markdown. */
  stdoutIsTerminal?: boolean;
  /** Tests may pass a runner; otherwise the real sandbox is created with these options. */
  createRunner?: (options: PythonCodeRunnerOptions) => Promise<CodeRunner>;
  /** Aborted on an interrupt signal (see listenForInterrupts); its reason is the signal's name. */
  signal?: AbortSignal;
  /** The terminal progress bars are drawn on (stderr when it is one); without it, plain progress lines. */
  progressTerminal?: TerminalStream;
  /** Tests may pass a fixed machine; otherwise this one is fingerprinted. */
  collectEnvironment?: () => Promise<EnvironmentFingerprint>;
}

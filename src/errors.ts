/**
 * One tree for every failure exbench raises on purpose, so a program can tell them apart:
 *
 *     ExbenchError
 *     ├─ ConfigurationError (UserError)  the user's to fix: bad benchmark file, bad flag or input;
 *     │                                  the message names the file, the field and what was expected
 *     └─ ExternalError (WorldError)      the world failed: server down, download refused, process died;
 *        ├─ HttpError                      keeps the HTTP `status` (null: no answer at all)
 *        │  └─ ModelServerError (ports.ts)   … and whether trying again may help
 *        └─ ProcessError                   keeps the `exitCode`, the `signal` and the `stderrTail`
 *
 * What the world said is a field, not only words in the message.
 */
export abstract class ExbenchError extends Error {}

export class ConfigurationError extends ExbenchError {
  override readonly name: string = 'ConfigurationError';
}

export class ExternalError extends ExbenchError {
  override readonly name: string = 'ExternalError';
}

/** A server answered with an HTTP error, or (status null) could not be reached. */
export class HttpError extends ExternalError {
  override readonly name: string = 'HttpError';
  constructor(
    message: string,
    /** HTTP status, or null when the connection itself failed. */
    readonly status: number | null,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export interface ProcessOutcome {
  /** Null when the process was killed by a signal or never started. */
  exitCode: number | null;
  signal?: string | null;
  /** The last lines of its standard error (or log), trimmed; '' when it said nothing. */
  stderrTail: string;
}

/** A process exbench started failed or could not be started. */
export class ProcessError extends ExternalError {
  override readonly name: string = 'ProcessError';
  readonly exitCode: number | null;
  readonly signal: string | null;
  readonly stderrTail: string;
  constructor(message: string, outcome: ProcessOutcome, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = outcome.exitCode;
    this.signal = outcome.signal ?? null;
    this.stderrTail = outcome.stderrTail;
  }
}

/** The two halves of the tree under the names the issue and STYLE.md use. */
export { ConfigurationError as UserError, ExternalError as WorldError };

/** The message of anything thrown, for logs and reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

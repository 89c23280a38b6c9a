/**
 * Two kinds of failure. A `ConfigurationError` is the user's to fix (bad benchmark file, bad flag):
 * its message names the file, the field and what was expected. An `ExternalError` comes from the
 * world (server down, process failed) and keeps what the world said.
 */
export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export class ExternalError extends Error {
  override readonly name = 'ExternalError';
}

/** The message of anything thrown, for logs and reports. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

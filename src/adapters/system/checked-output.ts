/**
 * Writes to a standard stream whose failures are kept, not lost: a reader that went away (EPIPE:
 * `exbench … | head -1`) or a file that cannot take more (ENOSPC: `> /dev/full`, EIO). The run
 * goes on either way (its report is on disk), but the exit status must not claim the output arrived.
 */
export interface CheckedOutput {
  write(text: string): void;
  /** Resolves once every write so far has gone out or failed, with the first failure or null. */
  settled(): Promise<Error | null>;
}

export function checkedOutput(stream: NodeJS.WritableStream): CheckedOutput {
  let failure: Error | null = null;
  const note = (error?: Error | null): void => {
    failure ??= error ?? null;
  };
  // Without a listener, the stream's error would be an uncaught exception; the callbacks keep it.
  stream.on('error', note);
  return {
    write: (text) => {
      stream.write(text, note);
    },
    // Callbacks run in the order of the writes, so this one comes after every earlier write's.
    settled: () => new Promise((resolve) => stream.write('', () => resolve(failure))),
  };
}

/** The exit status of a shell's process ended by SIGPIPE (128 + 13), which is what `| head` gives. */
export const READER_GONE_EXIT_STATUS = 141;

/**
 * The exit status once the command returned `status` and its stdout had `failure`, and the line to
 * say on stderr. A reader that went away is no error to print (as for `yes | head`): quiet, 141. A
 * failure to write is said, with Node's reason, and exits 1. A failing status is kept either way.
 */
export function statusAfterOutput(
  status: number,
  failure: Error | null,
): { status: number; message: string | null } {
  if (failure === null) return { status, message: null };
  if ((failure as NodeJS.ErrnoException).code === 'EPIPE')
    return { status: status === 0 ? READER_GONE_EXIT_STATUS : status, message: null };
  return {
    status: status === 0 ? 1 : status,
    message: `stdout could not be written (${failure.message}); the output there is incomplete`,
  };
}

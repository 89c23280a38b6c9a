import { mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { ReportStore } from '../../ports.js';

/** Writes reports into one folder. Files are created exclusively, so two runs never overwrite each other. */
export class DirectoryReportStore implements ReportStore {
  constructor(
    private readonly directory: string,
    /** How the folder was given, for messages (e.g. `--output-dir` or `Input "report-dir"`). */
    private readonly source = 'report directory',
  ) {}

  get location(): string {
    return this.directory;
  }

  async prepare(): Promise<void> {
    const probe = path.join(this.directory, `.exbench-write-check-${process.pid}`);
    try {
      await mkdir(this.directory, { recursive: true });
      const handle = await open(probe, 'wx');
      await handle.close();
      await rm(probe, { force: true });
    } catch (error: unknown) {
      // Node's fs errors are Errors, but not always of this realm's Error (under a test's VM).
      const reason =
        typeof error === 'object' && error !== null && 'message' in error
          ? String(error.message)
          : String(error);
      throw new ConfigurationError(
        `${this.source}: cannot write reports to ${this.directory} (${reason}); give a folder exbench can create and write`,
      );
    }
  }

  async write(fileStem: string, chunks: Iterable<string>): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    for (let n = 1; ; n += 1) {
      const file = path.join(this.directory, n === 1 ? `${fileStem}.json` : `${fileStem}_${n}.json`);
      let handle;
      try {
        handle = await open(file, 'wx');
      } catch (error: unknown) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw error;
      }
      try {
        let buffered = '';
        for (const chunk of chunks) {
          buffered += chunk;
          if (buffered.length >= 1 << 16) {
            await handle.write(buffered);
            buffered = '';
          }
        }
        await handle.write(`${buffered}\n`);
      } finally {
        await handle.close();
      }
      return file;
    }
  }
}

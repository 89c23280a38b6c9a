import { randomBytes } from 'node:crypto';
import { access, link, mkdir, open, rename, rm, rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { ReportChunks, ReportStore, RunJournal } from '../../ports.js';
import { FileRunJournal } from './run-journal.js';

/**
 * Writes reports into one folder. Each report is written whole to a hidden temporary file and then
 * linked under its name, so a reader never sees half a report and an interrupted write leaves none.
 * Linking fails when the name is taken, so two runs never overwrite each other.
 */
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

  async createJournal(fileStem: string): Promise<RunJournal> {
    await mkdir(this.directory, { recursive: true });
    for (let n = 1; ; n += 1) {
      const stem = path.join(this.directory, n === 1 ? fileStem : `${fileStem}_${n}`);
      // The report goes under the journal's stem: a report or folder there already takes it.
      if ((await taken(`${stem}.json`)) || (await taken(stem))) continue;
      try {
        return FileRunJournal.create(`${stem}.jsonl`);
      } catch (error: unknown) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  async replace(fileStem: string, chunks: Iterable<string>): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const temporary = path.join(this.directory, `.${fileStem}.${randomBytes(6).toString('hex')}.tmp`);
    await writeWhole(temporary, chunks, '\n');
    const file = path.join(this.directory, `${fileStem}.json`);
    try {
      await rename(temporary, file);
    } catch (error: unknown) {
      await unlink(temporary).catch(() => undefined);
      throw error;
    }
    return file;
  }

  async write(fileStem: string, chunks: Iterable<string>): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const temporary = path.join(this.directory, `.${fileStem}.${randomBytes(6).toString('hex')}.tmp`);
    await writeWhole(temporary, chunks, '\n');
    try {
      for (let n = 1; ; n += 1) {
        const file = path.join(this.directory, n === 1 ? `${fileStem}.json` : `${fileStem}_${n}.json`);
        try {
          await link(temporary, file);
          return file;
        } catch (error: unknown) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
    } finally {
      await unlink(temporary).catch(() => undefined);
    }
  }

  async writeFolder(
    folderStem: string,
    files: Iterable<{ name: string; chunks: ReportChunks }>,
  ): Promise<string[]> {
    await mkdir(this.directory, { recursive: true });
    const temporary = path.join(this.directory, `.${folderStem}.${randomBytes(6).toString('hex')}.tmp`);
    await mkdir(temporary);
    try {
      const names: string[] = [];
      for (const { name, chunks } of files) {
        const parts = name.split('/');
        if (parts.some((part) => part === '' || part === '.' || part === '..')) {
          throw new Error(`report file name ${JSON.stringify(name)} is not a relative path`);
        }
        await mkdir(path.join(temporary, ...parts.slice(0, -1)), { recursive: true });
        await writeWhole(path.join(temporary, ...parts), chunks, '');
        names.push(parts.join(path.sep));
      }
      for (let n = 1; ; n += 1) {
        const folder = path.join(this.directory, n === 1 ? folderStem : `${folderStem}_${n}`);
        try {
          // Claims the name (mkdir fails when it is taken); renaming onto the empty folder then
          // puts the whole report in place at once.
          await mkdir(folder);
        } catch (error: unknown) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          continue;
        }
        try {
          await rename(temporary, folder);
        } catch (error: unknown) {
          await rmdir(folder).catch(() => undefined);
          throw error;
        }
        return names.map((name) => path.join(folder, name));
      }
    } finally {
      await rm(temporary, { recursive: true, force: true });
    }
  }
}

/** Whether `file` exists (or cannot be told not to). */
async function taken(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    (error: unknown) => (error as NodeJS.ErrnoException).code !== 'ENOENT',
  );
}

/** Bytes of report text gathered before each write. */
const WRITE_BUFFER_BYTES = 1 << 16;

/**
 * Writes `chunks` and then `ending` to a new file, flushed to disk. The text is encoded into one
 * reused buffer as it comes, so each chunk's string dies at once: text gathered as a string until a
 * write would outlive the young generation's collections and pile up as old-generation garbage over
 * a large report.
 */
async function writeWhole(file: string, chunks: ReportChunks, ending: string): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    const buffer = Buffer.allocUnsafe(WRITE_BUFFER_BYTES);
    let used = 0;
    const flush = async (): Promise<void> => {
      if (used > 0) await handle.write(buffer, 0, used);
      used = 0;
    };
    /** Whether the buffer must be written before more is added. */
    const add = (chunk: string): boolean => {
      const bytes = Buffer.byteLength(chunk);
      if (used + bytes > WRITE_BUFFER_BYTES) return true;
      used += buffer.write(chunk, used);
      return false;
    };
    /** Writes what the buffer holds, then `chunk`: into the buffer, or whole when it is larger. */
    const spill = async (chunk: string): Promise<void> => {
      await flush();
      if (add(chunk)) await handle.write(chunk);
    };
    // A synchronous report (the JSON's many small chunks) is not awaited chunk by chunk.
    if (Symbol.asyncIterator in chunks) {
      for await (const chunk of chunks) if (add(chunk)) await spill(chunk);
    } else {
      for (const chunk of chunks) if (add(chunk)) await spill(chunk);
    }
    if (add(ending)) await spill(ending);
    await flush();
    await handle.sync();
  } catch (error: unknown) {
    await handle.close();
    await unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

import { randomBytes } from 'node:crypto';
import { link, mkdir, open, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ReportStore } from '../../ports.js';

/**
 * Writes reports into one folder. Each report is written whole to a hidden temporary file and then
 * linked under its name, so a reader never sees half a report and an interrupted write leaves none.
 * Linking fails when the name is taken, so two runs never overwrite each other.
 */
export class DirectoryReportStore implements ReportStore {
  constructor(private readonly directory: string) {}

  async write(fileStem: string, chunks: Iterable<string>): Promise<string> {
    await mkdir(this.directory, { recursive: true });
    const temporary = path.join(this.directory, `.${fileStem}.${randomBytes(6).toString('hex')}.tmp`);
    await writeWhole(temporary, chunks);
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
}

async function writeWhole(file: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
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
    await handle.sync();
  } catch (error: unknown) {
    await handle.close();
    await unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

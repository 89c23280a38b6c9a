import { mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import type { ReportStore } from '../../ports.js';

/** Writes reports into one folder. Files are created exclusively, so two runs never overwrite each other. */
export class DirectoryReportStore implements ReportStore {
  constructor(private readonly directory: string) {}

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

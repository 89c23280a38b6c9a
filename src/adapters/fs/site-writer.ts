import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes files given by `/`-separated paths relative to `directory`, creating folders. */
export async function writeFiles(
  directory: string,
  files: Readonly<Record<string, string>>,
): Promise<string[]> {
  const written: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const target = path.resolve(directory, ...file.split('/'));
    if (!target.startsWith(path.resolve(directory) + path.sep)) {
      throw new Error(`refusing to write ${file} outside ${directory}`);
    }
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text, 'utf8');
    written.push(target);
  }
  return written;
}

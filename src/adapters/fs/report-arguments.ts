import { stat } from 'node:fs/promises';
import path from 'node:path';
import { readReportDirectory, readReportFiles, type ReadReports } from './baseline-reports.js';

/**
 * The reports that command-line arguments name: a folder gives every report under it (e.g. an
 * unpacked artifact), anything else is a file or a glob. Problems are lines in `skipped`.
 */
export async function readReportArguments(args: readonly string[], cwd: string): Promise<ReadReports> {
  const read: ReadReports = { reports: [], skipped: [] };
  for (const arg of args) {
    const full = path.resolve(cwd, arg);
    const isFolder = await stat(full).then(
      (s) => s.isDirectory(),
      () => false,
    );
    const found = isFolder ? await readReportDirectory(full) : await readReportFiles([arg], cwd);
    read.reports.push(...found.reports);
    read.skipped.push(...found.skipped);
  }
  const seen = new Set<string>();
  read.reports = read.reports.filter((r) => !seen.has(r.path) && seen.add(r.path));
  return read;
}

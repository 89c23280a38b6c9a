import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError, describeError } from '../../errors.js';
import {
  readReport as parseReport,
  type ReadReportResult,
  type StoredReport,
} from '../../report/report-schema.js';
import { findBenchmarkFiles } from './benchmark-glob.js';
import { INDEX_FILE, MODELS_FOLDER } from '../../report/report-folder.js';

/** A report read from disk, with the path it came from. */
export interface ReportOnDisk {
  path: string;
  report: StoredReport;
}

export interface ReadReports {
  reports: ReportOnDisk[];
  /** Patterns that matched nothing and files that are not reports, one line each. */
  skipped: string[];
}

/**
 * Reads the reports that files or globs name (relative to `cwd`). Nothing here throws for a file:
 * a pattern matching nothing, an unreadable file or one that is not a report is a line in `skipped`.
 */
export async function readReportFiles(patterns: readonly string[], cwd: string): Promise<ReadReports> {
  const files: string[] = [];
  const skipped: string[] = [];
  for (const pattern of patterns) {
    try {
      files.push(...(await findBenchmarkFiles([pattern], cwd)));
    } catch (error: unknown) {
      if (!(error instanceof ConfigurationError)) throw error;
      skipped.push(`"${pattern}" matches no file`);
    }
  }
  const read = await readReports([...new Set(files)].map((file) => path.resolve(cwd, file)));
  return { reports: read.reports, skipped: [...skipped, ...read.skipped] };
}

/** Reads every `.json` file under `directory` (e.g. an extracted artifact) that is a report. */
export async function readReportDirectory(directory: string): Promise<ReadReports> {
  let files: string[];
  try {
    files = await findBenchmarkFiles(['**/*.json'], directory);
  } catch (error: unknown) {
    if (!(error instanceof ConfigurationError)) throw error;
    return { reports: [], skipped: [`no JSON file in ${directory}`] };
  }
  const full = files.map((file) => path.resolve(directory, file));
  // A report folder (--format) also holds each model's report alone: the run's report has them all.
  const kept: string[] = [];
  for (const file of full) {
    const folder = path.dirname(path.dirname(file));
    const perModel =
      path.basename(path.dirname(file)) === MODELS_FOLDER &&
      (await access(path.join(folder, INDEX_FILE)).then(
        () => true,
        () => false,
      ));
    if (!perModel) kept.push(file);
  }
  return readReports(kept);
}

async function readReports(files: readonly string[]): Promise<ReadReports> {
  const reports: ReportOnDisk[] = [];
  const skipped: string[] = [];
  for (const file of files) {
    const read = await readReport(file);
    if (read.ok) reports.push({ path: file, report: read.report });
    else skipped.push(`${file}: ${read.problem}`);
  }
  return { reports, skipped };
}

/** One report file, checked by the same reader for both sides of a comparison. */
export async function readReport(file: string): Promise<ReadReportResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error: unknown) {
    return { ok: false, problem: describeError(error) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error: unknown) {
    // A YAML benchmark or any other file given where a report belongs: say so, not "syntax error".
    const detail = describeError(error)
      .replace(/\s*\n\s*/g, ' ')
      .slice(0, 120);
    return {
      ok: false,
      problem: `not an exbench report: a report is the JSON file exbench ollama-bench writes, and this is not JSON (${detail})`,
    };
  }
  const read = parseReport(value);
  return read.ok ? read : { ok: false, problem: `not an exbench report (${read.problem})` };
}

import type { BenchmarkFile } from '../config/benchmark-file.js';
import { describeError } from '../errors.js';
import type { ReportStore, RunJournal } from '../ports.js';
import { buildJsonReport, resultReport, type ReportMeta, type ResultsOf } from '../report/json-report.js';
import type { Report, ResultReport } from '../report/report-schema.js';
import { reportFileStem } from '../report/report-file-name.js';
import { onlyJson } from '../config/report-formats.js';
import { streamJson } from '../report/stream-json.js';
import { redactDeep, type Redact } from '../core/redact.js';
import { runBenchmark, type RunPorts } from '../core/run-benchmark.js';
import { combineObservers } from '../core/run-observers.js';
import { targetKey } from '../core/run-targets.js';
import type { BenchmarkRun, ModelRun, RunSettings } from '../core/types.js';
import { shardBenchmark } from './shard.js';
import {
  journalHeader,
  resumeJournal,
  rowRetainer,
  startJournal,
  wholeRow,
  type OpenedJournal,
  type RowRetainer,
} from './run-journal.js';
import type { PriorResults } from '../core/prior-results.js';

export interface BenchmarkJobResult {
  run: BenchmarkRun;
  report: Report;
  /** The JSON report. */
  reportPath: string;
  /** Every file written: the JSON report alone, or the whole folder of formats (JSON report first). */
  reportFiles: string[];
}

/**
 * Runs a benchmark and writes its report; the one sequence the CLI and the action share. The run
 * comes back with every secret redacted (`redact`), so neither the report nor anything rendered
 * from the run can carry one. The report is written only after runBenchmark returned, that is after
 * every snippet of the run is dead, also when the run was interrupted.
 *
 * With a journal the run holds each result slimmed (see rowRetainer): the JSON report's results are
 * read back from the journal one at a time as the report is written, so memory stays flat as rows
 * grow. `report` is then made on first use from the rows held (their figures, statuses and reasons;
 * no prompts or answers): only a comparison reads it. The other formats (`--format`) need every
 * result at once, so a folder of them holds them whole while it is written.
 */
export async function runBenchmarkJob(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts & {
    reports: ReportStore;
    redact: Redact;
    /** Where the report goes when `reports` fails at the end (the system's temporary folder). */
    fallbackReports?: ReportStore;
    /** Journal each finished result beside the report (see run-journal.ts), when `reports` can. */
    journal?: boolean;
    /**
     * The journal of a stopped run to finish (`--resume`): its results that stand are not asked
     * again, and the report is written beside it, replacing one there. `reports` is its folder.
     */
    resume?: RunJournal;
  },
  /** May still be coming (a machine fingerprint probed while the rows run); awaited after the run. */
  meta: ReportMeta | PromiseLike<ReportMeta>,
): Promise<BenchmarkJobResult> {
  for (const key of benchmark.unknownKeys) {
    ports.logger.warning(`${benchmark.fileName}: unknown field "${key}" is ignored`);
  }
  for (const { key, rows, firstRow, line } of benchmark.unknownRowKeys ?? []) {
    const where = rows === 1 ? `row ${firstRow}` : `${rows} rows (the first is row ${firstRow})`;
    ports.logger.warning(
      `${benchmark.fileName}${line === null ? '' : `:${line}`}: unknown field "${key}" in ${where} is ignored`,
    );
  }
  // Found out now, not after every row has run.
  await ports.reports.prepare();
  const sharded = settings.shard === null ? null : shardBenchmark(benchmark, settings.shard);
  const retain = rowRetainer();
  const opened = await openJournal(benchmark, settings, ports, retain);
  try {
    // The journal holds a result before a display shows it.
    const observer = combineObservers(opened?.observer, ports.observer);
    const run = redactDeep(
      await runBenchmark(sharded?.benchmark ?? benchmark, settings, {
        ...ports,
        ...(observer ? { observer } : {}),
        ...(opened?.prior ? { prior: opened.prior } : {}),
        ...(opened ? { retainRow: (ref, row) => retain(targetKey(ref), row) } : {}),
      }),
      ports.redact,
    );
    const reportMeta = sharded === null ? await meta : { ...(await meta), shard: sharded.record };
    const reportOf = (resultsOf?: ResultsOf): Report =>
      redactDeep(buildJsonReport(run, reportMeta, resultsOf), ports.redact);
    // Journal lines were redacted as they were written; rows not journaled are the run's own.
    function* wholeResults(journaled: OpenedJournal, model: ModelRun): Iterable<ResultReport> {
      for (const row of model.rows)
        yield resultReport(wholeRow(journaled.journal, journaled.index, model.ref, row), model);
    }
    /**
     * The JSON report with each model's results read back from the journal one at a time while
     * it is written: each `results` array of the redacted report (empty) stands for its model's.
     */
    const streamedReport = (journaled: OpenedJournal): Iterable<string> => {
      const written = reportOf(() => []);
      const lazy = new Map(
        written.models.map((model, i) => {
          const held = run.models[i];
          return [model.results, () => (held ? wholeResults(journaled, held) : [])] as const;
        }),
      );
      return streamJson(written, 2, 4, lazy);
    };
    let report: Report | undefined;
    // With a journal the report goes beside it, under its name.
    const stem =
      opened?.journal.reportStem ?? reportFileStem(ports.redact(benchmark.benchmarkName), run.startedAt);
    const write = async (store: ReportStore): Promise<string[]> => {
      if (!onlyJson(settings.formats)) {
        report ??= reportOf(opened === null ? undefined : (model) => [...wholeResults(opened, model)]);
        // The other formats' renderers (HTML, charts, CSV, JUnit) are loaded only when asked for.
        const { reportFolderFiles } = await import('../report/report-folder.js');
        const files = reportFolderFiles(report, settings.formats, stem);
        return store.writeFolder(
          stem,
          files.map((file) => ({ name: file.name, chunks: file.render() })),
        );
      }
      const chunks = opened === null ? streamJson((report ??= reportOf())) : streamedReport(opened);
      // A resumed run's report takes the place of the one its interruption wrote.
      return [
        ports.resume && store === ports.reports && store.replace
          ? await store.replace(stem, chunks)
          : await store.write(stem, chunks),
      ];
    };
    let reportFiles: string[];
    try {
      reportFiles = await write(ports.reports);
    } catch (error: unknown) {
      if (!ports.fallbackReports) throw error;
      ports.logger.error(
        `could not write the report to ${ports.reports.location} (${describeError(error)}); writing it to ${ports.fallbackReports.location} instead`,
      );
      reportFiles = await write(ports.fallbackReports);
      ports.logger.warning(`the report is at ${reportFiles[0] ?? ports.fallbackReports.location}`);
    }
    // The JSON report comes first in either layout.
    const reportPath = reportFiles[0] ?? '';
    return {
      run,
      get report(): Report {
        report ??= reportOf();
        return report;
      },
      reportPath,
      reportFiles,
    };
  } catch (error: unknown) {
    // A run that failed before its first result (the server unreachable) leaves no journal behind.
    if (opened !== null && opened.prior === undefined && opened.written() === 0)
      await opened.journal.discard();
    throw error;
  } finally {
    await opened?.journal.close();
  }
}

/** The run's journal: the one resumed, or a new one when asked for and the report store can keep it. */
async function openJournal(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts & { reports: ReportStore; redact: Redact; journal?: boolean; resume?: RunJournal },
  retain: RowRetainer,
): Promise<(OpenedJournal & { prior?: PriorResults }) | null> {
  const startedAt = ports.clock.date();
  const header = journalHeader(benchmark, settings, startedAt);
  if (ports.resume) {
    const opened = await resumeJournal(ports.resume, header, ports.redact, retain);
    ports.logger.info(`resuming the run journaled in ${ports.resume.path}`);
    return opened;
  }
  if (ports.journal !== true || !ports.reports.createJournal) return null;
  const journal = await ports.reports.createJournal(
    reportFileStem(ports.redact(benchmark.benchmarkName), startedAt),
  );
  return startJournal(journal, header, ports.redact);
}

/** The file's options overridden by the caller's. */
export function mergeOptions(
  benchmark: BenchmarkFile,
  overrides: RunSettings['options'],
): RunSettings['options'] {
  return { ...benchmark.options, ...overrides };
}

import path from 'node:path';
import { readReportArguments } from '../adapters/fs/report-arguments.js';
import { DirectoryReportStore } from '../adapters/fs/report-store.js';
import { writeFiles } from '../adapters/fs/site-writer.js';
import { addRuns } from '../app/history-site.js';
import { ConfigurationError } from '../errors.js';
import { parseFlags } from './flags.js';
import type { SiteCommandName } from './site-command-names.js';
import { EMPTY_HISTORY } from '../report/history-index.js';
import { mergeReports, partialMergeWarning } from '../report/merge-reports.js';
import { reportFileStem } from '../report/report-file-name.js';
import type { Report, StoredReport } from '../report/report-schema.js';
import { streamJson } from '../report/stream-json.js';

export const SITE_USAGE = `Usage: exbench dashboard <reports or folders…> --out <dir> [--title <text>]
       exbench merge <reports or folders…> --out <dir> [--allow-partial]

exbench dashboard builds the static history site from report files: <dir>/index.html (charts of
accuracy, decode tokens/s and time to first token over time per model and machine, the latest
leaderboard; opens from file:// too), <dir>/data/index.json and the reports under <dir>/data/runs/.

exbench merge joins the reports of a matrix into one report per benchmark: the shards of one model
(--shard i/n) become one model result; other models are kept beside it. Shards of different files
or overlapping rows are refused, and so is a split with shards missing (1/3 and 2/3 without 3/3)
unless --allow-partial: the merged report then lists the absent shards in missing_shards.

Exit status: 0 when written, 2 for bad arguments or reports that cannot be read or merged.`;

/** `exbench dashboard` and `exbench merge`; returns the exit status. */
export async function runSiteCommand(
  name: SiteCommandName,
  args: readonly string[],
  io: { cwd: string; stdout: (text: string) => void; stderr: (text: string) => void },
): Promise<number> {
  const { values, positionals } = parseSiteArgs(name, args);
  if (values.help === true) {
    io.stdout(`${SITE_USAGE}\n`);
    return 0;
  }
  const out = values.out;
  if (typeof out !== 'string' || out === '') {
    throw new ConfigurationError(
      `${name} needs --out <dir>: the folder to write to (see exbench ${name} --help)`,
    );
  }
  if (positionals.length === 0) {
    throw new ConfigurationError(
      `${name} needs at least one report file or folder (see exbench ${name} --help)`,
    );
  }
  const read = await readReportArguments(positionals, io.cwd);
  for (const line of read.skipped) io.stderr(`warning: skipped ${line}\n`);
  const reports = read.reports
    .filter((r): r is { path: string; report: Report } => isOwnReport(r.report))
    .map((r) => ({ label: path.relative(io.cwd, r.path) || r.path, report: r.report }));
  const predecessor = read.reports.length - reports.length;
  if (predecessor > 0)
    io.stderr(`warning: skipped ${predecessor} report(s) of the predecessor (no report_format)\n`);
  if (reports.length === 0)
    throw new ConfigurationError(`no exbench report found in ${positionals.join(', ')}`);
  const outDir = path.resolve(io.cwd, out);

  if (name === 'merge') {
    const mergedReports = mergeReports(reports, { allowPartial: values['allow-partial'] === true });
    const store = new DirectoryReportStore(outDir, '--out');
    await store.prepare();
    for (const merged of mergedReports) {
      if (merged.missing_shards)
        io.stderr(`warning: ${partialMergeWarning(merged.benchmark_name, merged.missing_shards)}\n`);
      const file = await store.write(
        reportFileStem(merged.benchmark_name, new Date(merged.started_at)),
        streamJson(merged),
      );
      const models = merged.models.length;
      io.stdout(
        `${merged.benchmark_name}: ${merged.merged_from?.length ?? 1} report(s), ${models} model(s) → ${path.relative(io.cwd, file) || file}\n`,
      );
    }
    return 0;
  }

  const runs = [...reports]
    .sort((a, b) => a.report.started_at.localeCompare(b.report.started_at))
    .map(({ report }) => ({ report, origin: { commit: null, ref: null, runUrl: null } }));
  const title = typeof values.title === 'string' ? values.title : undefined;
  const site = addRuns(EMPTY_HISTORY, runs, Number.MAX_SAFE_INTEGER, title);
  await writeFiles(outDir, site.write);
  io.stdout(
    `Dashboard of ${site.index.entries.length} run(s): ${path.join(path.relative(io.cwd, outDir) || '.', 'index.html')}\n`,
  );
  return 0;
}

function parseSiteArgs(name: SiteCommandName, args: readonly string[]) {
  return parseFlags(
    {
      args: [...args],
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        title: { type: 'string' },
        'allow-partial': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    },
    `exbench ${name}`,
  );
}

function isOwnReport(report: StoredReport): report is Report {
  return 'report_format' in report;
}

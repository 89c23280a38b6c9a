import type { BenchmarkFile } from '../config/benchmark-file.js';
import type { ReportStore } from '../ports.js';
import { buildJsonReport, type ReportMeta } from '../report/json-report.js';
import type { Report } from '../report/report-schema.js';
import { reportFileStem } from '../report/report-file-name.js';
import { streamJson } from '../report/stream-json.js';
import { runBenchmark, type RunPorts } from '../core/run-benchmark.js';
import type { BenchmarkRun, RunSettings } from '../core/types.js';

export interface BenchmarkJobResult {
  run: BenchmarkRun;
  report: Report;
  reportPath: string;
}

/** Runs a benchmark and writes its report; the one sequence the CLI and the action share. */
export async function runBenchmarkJob(
  benchmark: BenchmarkFile,
  settings: RunSettings,
  ports: RunPorts & { reports: ReportStore },
  meta: ReportMeta,
): Promise<BenchmarkJobResult> {
  for (const key of benchmark.unknownKeys) {
    ports.logger.warning(`${benchmark.fileName}: unknown field "${key}" is ignored`);
  }
  const run = await runBenchmark(benchmark, settings, ports);
  const report = buildJsonReport(run, meta);
  const reportPath = await ports.reports.write(
    reportFileStem(benchmark.benchmarkName, run.startedAt),
    streamJson(report),
  );
  return { run, report, reportPath };
}

/** The file's options overridden by the caller's. */
export function mergeOptions(
  benchmark: BenchmarkFile,
  overrides: RunSettings['options'],
): RunSettings['options'] {
  return { ...benchmark.options, ...overrides };
}

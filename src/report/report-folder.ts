import type { ReportFormat } from '../config/report-formats.js';
import { benchmarkActionEntries } from './report-benchmark-action.js';
import { safeFileName } from './report-file-name.js';
import { modelLabel } from './report-figures.js';
import { renderHtmlReport } from './report-html.js';
import { renderReportMarkdown } from './report-markdown.js';
import type { ReportChunks } from '../ports.js';
import type { ModelReport, Report } from './report-schema.js';
import { streamJson } from './stream-json.js';

/** One file of a report's folder: its name inside the folder and its contents, rendered when pulled. */
export interface ReportFile {
  /** Relative, `/`-separated, of letters, digits, `_`, `-` and `.` only. */
  name: string;
  /** What it holds, for the page's list of files. */
  description: string;
  render: () => ReportChunks;
}

/**
 * A file whose renderer's module is loaded when the file is written: JUnit's XML builder and the
 * CSV writer are large libraries, and a run that asks for neither format never loads them.
 */
async function* loadedThenRendered<M>(
  load: () => Promise<M>,
  render: (module: M) => string,
): AsyncIterable<string> {
  yield render(await load());
}
const csvModule = () => import('./report-csv.js');

/** The page of the folder: the HTML report, linking every other file. */
export const INDEX_FILE = 'index.html';
/** The folder of a report folder that holds each model's report alone. */
export const MODELS_FOLDER = 'models';

/**
 * The files of a report's folder for `formats`: the JSON report first (the report a comparison
 * reads), one JSON report per model under `models/`, `index.html` (the HTML report, which links the
 * others), then the files of each other format asked for. Pure: the caller writes them.
 */
export function reportFolderFiles(
  report: Report,
  formats: readonly ReportFormat[],
  stem: string,
): ReportFile[] {
  const files: ReportFile[] = [
    { name: `${stem}.json`, description: 'the JSON report', render: () => streamJson(report) },
    ...modelFiles(report),
  ];
  if (formats.includes('csv')) {
    files.push(
      {
        name: `${stem}.csv`,
        description: 'CSV, one record per result',
        render: () => loadedThenRendered(csvModule, (csv) => csv.renderResultsCsv(report)),
      },
      {
        name: `${stem}.models.csv`,
        description: 'CSV, one record per model',
        render: () => loadedThenRendered(csvModule, (csv) => csv.renderModelsCsv(report)),
      },
    );
  }
  if (formats.includes('junit')) {
    files.push({
      name: `${stem}.junit.xml`,
      description: 'JUnit XML, a testsuite per model and a testcase per row',
      render: () =>
        loadedThenRendered(
          () => import('./report-junit.js'),
          (junit) => junit.renderJunit(report),
        ),
    });
  }
  if (formats.includes('md')) {
    files.push({ name: `${stem}.md`, description: 'markdown', render: () => [renderReportMarkdown(report)] });
  }
  if (formats.includes('github-action-benchmark')) {
    const entries = (): ReturnType<typeof benchmarkActionEntries> => benchmarkActionEntries(report);
    files.push(
      {
        name: `${stem}.customBiggerIsBetter.json`,
        description: "github-action-benchmark's customBiggerIsBetter input (accuracy, decode speed)",
        render: () => [JSON.stringify(entries().biggerIsBetter, null, 2)],
      },
      {
        name: `${stem}.customSmallerIsBetter.json`,
        description: "github-action-benchmark's customSmallerIsBetter input (times)",
        render: () => [JSON.stringify(entries().smallerIsBetter, null, 2)],
      },
    );
  }
  const linked = files.map(({ name, description }) => ({ name, description }));
  return [
    ...files.slice(0, 1),
    { name: INDEX_FILE, description: 'this page', render: () => renderHtmlReport(report, { files: linked }) },
    ...files.slice(1),
  ];
}

/** A JSON report per model, named after it (`models/qwen2.5-coder_1.5b.json`), each once. */
function modelFiles(report: Report): ReportFile[] {
  const taken = new Set<string>();
  return report.models.map((model) => {
    const base = safeFileName(modelLabel(model), 'model');
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${base}_${n}`;
    taken.add(name.toLowerCase());
    return {
      name: `${MODELS_FOLDER}/${name}.json`,
      description: `the JSON report of ${modelLabel(model)} alone`,
      render: () => streamJson(reportOfModel(report, model)),
    };
  });
}

/**
 * The report as if only `model` had run: its overall figures are the model's, so the file reads
 * (and compares, with `exbench compare`) as a report of its own.
 */
export function reportOfModel(report: Report, model: ModelReport): Report {
  return {
    ...report,
    models: [model],
    overall_correct_count: model.correct_count,
    overall_incorrect_count: model.incorrect_count,
    overall_accuracy: model.accuracy,
    average_tokens_per_second: model.average_tokens_per_second,
    average_total_duration_ms: model.average_total_duration_ms,
    average_load_duration_ms: model.average_load_duration_ms,
    overall_errored_count: model.errored_count,
    overall_timed_out_count: model.timed_out_count,
    overall_not_run_count: model.not_run_count ?? 0,
  };
}

import { createHash } from 'node:crypto';
import { reportEngines } from './engine-text.js';
import { htmlText } from './html-text.js';
import {
  accuracyCellText,
  figureText,
  modelAccuracy,
  modelLabel,
  modelRan,
  ROW_FIGURES,
  rowValues,
  type RowFigure,
} from './report-figures.js';
import type { ModelReport, Report, ResultReport } from './report-schema.js';
import { barChartSvg, distributionSvg, heatmapSvg, type HeatmapMatrix } from './svg-charts.js';

export interface HtmlReportOptions {
  /** Files beside the page (names relative to it) to link, with what each holds. */
  files?: readonly { name: string; description: string }[];
  /** Matrices to draw as heatmaps, such as a sweep's accuracy by model and option value. */
  heatmaps?: readonly HeatmapMatrix[];
}

/**
 * A report as one self-contained HTML page: the run, the models' table, inline SVG charts of
 * accuracy and of the speed distributions, any heatmaps, and every row (prompt, code, output,
 * reason) collapsed. It loads nothing: no script at all, and a Content-Security-Policy that
 * forbids every remote load and every inline style but the page's own style sheet (by its hash).
 * Every text from the report is escaped (htmlText). Yields the page in pieces, row by row, so a
 * large report is never one string.
 */
export function* renderHtmlReport(report: Report, options: HtmlReportOptions = {}): Generator<string> {
  const csp = `default-src 'none'; style-src '${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  yield '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n';
  yield `<meta http-equiv="Content-Security-Policy" content="${csp}">\n`;
  yield '<meta name="viewport" content="width=device-width, initial-scale=1">\n';
  yield `<title>${htmlText(`${report.benchmark_name} — exbench report`)}</title>\n`;
  yield `<style>${STYLE}</style>\n</head>\n<body>\n`;
  yield* header(report, options);
  yield modelTable(report.models);
  yield* charts(report, options.heatmaps ?? sweepHeatmaps(report));
  yield '<section id="rows"><h2>Rows</h2>\n';
  for (const model of report.models) yield* modelRows(model);
  yield '</section>\n';
  yield `<footer><p>${htmlText(report.measurement.accuracy ?? '')}</p><p>${htmlText(report.measurement.tokens_per_second ?? '')}</p><p>${htmlText(report.measurement.time_to_first_token_ms ?? '')}</p></footer>\n`;
  yield '</body>\n</html>\n';
}

function* header(report: Report, options: HtmlReportOptions): Generator<string> {
  yield `<header><h1>${htmlText(report.benchmark_name)}</h1>`;
  if (report.purpose !== '') yield `<p class="purpose">${htmlText(report.purpose)}</p>`;
  const facts: [string, string][] = [
    ['Benchmark file', `${report.benchmark_file} (${report.prompt_iterations.length} rows)`],
    ['Evaluator', report.evaluator],
    ...reportEngines(report).map(({ label, version, host }): [string, string] => [
      label,
      `${version} at ${host}`,
    ]),
    [
      'Run',
      `${report.started_at} to ${report.finished_at}${report.status === 'interrupted' ? ' (interrupted)' : ''}`,
    ],
    ['Options', JSON.stringify(report.options)],
    ['Sandbox', report.sandbox ? `${report.sandbox.tier} tier` : '–'],
    ['exbench', report.exbench_version],
  ];
  yield `<dl class="facts">${facts.map(([term, value]) => `<dt>${htmlText(term)}</dt><dd>${htmlText(value)}</dd>`).join('')}</dl>`;
  if (report.status === 'interrupted') {
    yield `<p class="warning">The run was interrupted: ${report.overall_not_run_count ?? 0} rows not run (counted apart, not as failed).</p>`;
  }
  if (report.sandbox?.warning) yield `<p class="warning">${htmlText(report.sandbox.warning)}</p>`;
  if (report.speed_warning) yield `<p class="warning">${htmlText(report.speed_warning)}</p>`;
  const files = options.files ?? [];
  if (files.length > 0) {
    yield `<nav><h2>Files</h2><ul>${files
      .map(
        (f) =>
          `<li><a href="${htmlText(encodeURI(f.name))}">${htmlText(f.name)}</a> — ${htmlText(f.description)}</li>`,
      )
      .join('')}</ul></nav>`;
  }
  yield '</header>\n';
}

const COLUMNS = [
  'Model',
  'Status',
  'Accuracy',
  'Passed',
  'Failed',
  'Errored',
  'Timed out',
  'Not run',
  'Decode tok/s',
  'TTFT ms',
  'Total ms',
  'Load ms',
];

function modelTable(models: readonly ModelReport[]): string {
  const rows = models.map((model) => {
    const counts = modelRan(model)
      ? [
          model.passed_count,
          model.failed_count,
          model.errored_count,
          model.timed_out_count,
          model.not_run_count ?? 0,
        ]
      : [];
    const cells = [
      accuracyCellText(model),
      ...(counts.length > 0 ? counts.map(String) : ['–', '–', '–', '–', '–']),
      figureText(model.decode_tokens_per_second.median, 1),
      figureText(model.time_to_first_token_ms.median, 0),
      figureText(model.total_duration_ms.median, 0),
      figureText(model.warmup_load_duration_ms, 0),
    ];
    const status = model.error === null ? model.status : `${model.status}: ${model.error}`;
    return `<tr><th scope="row">${htmlText(modelLabel(model))}</th><td>${htmlText(status)}</td>${cells.map((c) => `<td class="number">${c}</td>`).join('')}</tr>`;
  });
  return (
    `<section id="models"><h2>Models</h2><table><thead><tr>${COLUMNS.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>` +
    '<p class="note">Decode tok/s, TTFT and Total are medians over the rows the server answered; Load is the warm-up load time; – marks a figure the model does not have.</p></section>\n'
  );
}

const SPEED_CHARTS: readonly { figure: RowFigure; kind: string; title: string; unit: string }[] = [
  { figure: 'decodeTokensPerSecond', kind: 'decode', title: 'Decode speed', unit: 'tokens/s' },
  { figure: 'timeToFirstTokenMs', kind: 'ttft', title: 'Time to first token', unit: 'ms' },
  { figure: 'totalDurationMs', kind: 'total', title: 'Total time', unit: 'ms' },
];

/** The sweep's success rates (the report's `heatmap`), model by variant; none without a sweep. */
export function sweepHeatmaps(report: Report): HeatmapMatrix[] {
  const heatmap = report.heatmap;
  if (!heatmap || heatmap.variants.length === 0) return [];
  return [
    {
      title: `Success rate by model and ${heatmap.options.join(', ')} (mean per-row pass rate)`,
      rowLabels: heatmap.models,
      columnLabels: heatmap.variants,
      values: heatmap.success_rate,
      format: (value) => `${(value * 100).toFixed(0)}%`,
      higherIsBetter: true,
    },
  ];
}

function* charts(report: Report, heatmaps: readonly HeatmapMatrix[]): Generator<string> {
  yield '<section id="charts"><h2>Charts</h2>';
  const accuracy = report.models.map((model) => ({
    label: modelLabel(model),
    fraction: modelAccuracy(model),
  }));
  yield figure('Accuracy by model (passed over rows run)', barChartSvg('Accuracy by model', accuracy));
  for (const { figure: rowFigure, kind, title, unit } of SPEED_CHARTS) {
    const samples = report.models.map((model) => ({
      label: modelLabel(model),
      values: rowValues(model, rowFigure),
    }));
    yield figure(
      `${title} per row, ${unit} (box: quartiles, line: median, dots: rows)`,
      distributionSvg(kind, title, unit, samples),
    );
  }
  for (const matrix of heatmaps) yield figure(matrix.title, heatmapSvg(matrix));
  yield '</section>\n';
}

function figure(caption: string, svg: string): string {
  return `<figure><figcaption>${htmlText(caption)}</figcaption>${svg}</figure>`;
}

function* modelRows(model: ModelReport): Generator<string> {
  yield `<section class="model"><h3>${htmlText(modelLabel(model))}</h3>`;
  if (model.results.length === 0) {
    yield `<p>No rows: ${htmlText(model.error ?? model.status)}</p>`;
  }
  for (const result of model.results) yield rowDetails(result);
  yield '</section>\n';
}

function rowDetails(result: ResultReport): string {
  const where = result.yaml_line === null ? '' : ` · line ${result.yaml_line}`;
  const reason = result.reason === null ? '' : ` — ${htmlText(result.reason)}`;
  const summary = `<summary><span class="status ${result.status}">${result.status.replace('_', ' ')}</span> Row ${result.index}${where}${reason}</summary>`;
  const response = result.prompt_response;
  const facts: [string, string][] = [
    ...Object.entries(result.dynamic_variables).map(([name, value]): [string, string] => [name, value]),
    ['Expected', result.expected_result],
    ['Got', result.execution_result],
    ['Reason', result.reason ?? '–'],
    ['Decode tok/s', figureText(ROW_FIGURES.decodeTokensPerSecond(result), 1)],
    ['TTFT ms', figureText(ROW_FIGURES.timeToFirstTokenMs(result), 0)],
    ['Total ms', figureText(ROW_FIGURES.totalDurationMs(result), 0)],
    ...(response.error === null ? [] : [['Server error', response.error] as [string, string]]),
    ...(result.execution?.exit_code == null
      ? []
      : [['Exit code', String(result.execution.exit_code)] as [string, string]]),
  ];
  const blocks: [string, string | null][] = [
    ['Prompt', result.input_prompt],
    ['Code', result.extracted_code],
    ['Output', result.execution_result === '' ? null : result.execution_result],
    ['Stderr', result.execution?.stderr || null],
    ['Thinking', result.thinking],
    ['Response', response.response === '' ? null : response.response],
  ];
  return (
    `<details class="row ${result.status}">${summary}` +
    `<dl>${facts.map(([term, value]) => `<dt>${htmlText(term)}</dt><dd>${htmlText(value)}</dd>`).join('')}</dl>` +
    blocks
      .filter((block): block is [string, string] => block[1] !== null)
      .map(([title, text]) => `<h4>${title}</h4><pre>${htmlText(text)}</pre>`)
      .join('') +
    '</details>\n'
  );
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; background: #fff; }
body { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem 3rem; line-height: 1.45; }
h1 { margin-bottom: 0.2rem; } h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
.purpose { color: #59636e; margin-top: 0; }
dl.facts, details dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.warning { background: #fff8c5; border: 1px solid #d4a72c; padding: 0.5rem 0.75rem; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { border: 1px solid #d0d7de; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th { background: #f6f8fa; overflow-wrap: normal; } tbody th { min-width: 9rem; }
.note, footer { color: #59636e; font-size: 0.88rem; }
figure { margin: 1rem 0; overflow-x: auto; } figcaption { font-weight: 600; }
svg.chart { max-width: 100%; height: auto; font-size: 12px; }
svg .label, svg .value, svg .tick, svg .cell { fill: #1f2328; } svg .tick { fill: #59636e; font-size: 11px; }
svg .grid { stroke: #d0d7de; stroke-width: 1; }
svg .bar { fill: #2da44e; }
svg .box { fill: #b6e3ff; stroke: #0969da; stroke-width: 1; fill-opacity: 0.7; }
svg .whisker { stroke: #0969da; stroke-width: 1.5; } svg .median { stroke: #0550ae; stroke-width: 3; }
svg .point { fill: #1f2328; fill-opacity: 0.45; }
svg .empty { fill: #eaeef2; } svg .on-dark { fill: #fff; }
svg .shade-0 { fill: #dafbe1; } svg .shade-1 { fill: #aceebb; } svg .shade-2 { fill: #6fdd8b; } svg .shade-3 { fill: #2da44e; } svg .shade-4 { fill: #116329; }
details.row { border: 1px solid #d0d7de; border-radius: 6px; margin: 0.3rem 0; padding: 0.3rem 0.6rem; }
details.row[open] { background: #f6f8fa; }
summary { cursor: pointer; overflow-wrap: anywhere; }
.status { display: inline-block; min-width: 5.5rem; font-weight: 600; }
.status.passed { color: #1a7f37; } .status.failed, .status.timed_out { color: #cf222e; } .status.errored { color: #9a6700; } .status.not_run { color: #59636e; }
pre { background: #fff; border: 1px solid #d0d7de; padding: 0.5rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 30rem; }
h4 { margin: 0.6rem 0 0.2rem; }
`;

/** The style sheet's hash, the one inline style the Content-Security-Policy allows. */
const styleHash = `sha256-${createHash('sha256').update(STYLE).digest('base64')}`;

import { reportEngines } from './engine-text.js';
import { escapeHtml, escapeInline, fenced } from './markdown-text.js';
import { accuracyCellText, figureText, modelLabel, modelRan, rowsRun } from './report-figures.js';
import { answerLanguage } from './answer-language.js';
import type { ModelReport, Report, ResultReport } from './report-schema.js';
import { didNotPass } from '../core/row-verdict.js';

/**
 * A report as a markdown file to keep or read beside the others: the run, a table of the models'
 * figures, and every row that did not pass in a collapsed section with its reason, code and output.
 * Unlike the job summary it has no size limit, so nothing is left out. Untrusted text is escaped:
 * no HTML, links or mentions act.
 */
export function renderReportMarkdown(report: Report): string {
  const interrupted =
    report.status === 'interrupted'
      ? [
          `> [!WARNING]\n> The run was interrupted: ${report.overall_not_run_count ?? 0} rows not run (counted apart, not as failed).`,
        ]
      : [];
  const sandboxWarning = [report.sandbox?.warning, report.speed_warning]
    .filter((warning): warning is string => typeof warning === 'string' && warning !== '')
    .map((warning) => `> [!WARNING]\n> ${escapeInline(warning)}`);
  const parts = [
    `# ${escapeInline(report.benchmark_name)}`,
    ...(report.purpose === '' ? [] : [escapeInline(report.purpose)]),
    [
      `- Benchmark file: ${escapeInline(report.benchmark_file)} (${report.prompt_iterations.length} rows)`,
      `- Evaluator: ${escapeInline(report.evaluator)}`,
      ...reportEngines(report).map(
        ({ label, version, host }) => `- ${label} ${escapeInline(version)} at ${escapeInline(host)}`,
      ),
      `- Run from ${escapeInline(report.started_at)} to ${escapeInline(report.finished_at)} with exbench ${escapeInline(report.exbench_version)}`,
      `- Options: ${escapeInline(JSON.stringify(report.options))}`,
    ].join('\n'),
    ...interrupted,
    ...sandboxWarning,
    modelTable(report.models),
    'Decode tok/s, TTFT and Total are medians over the rows the server answered; Load is the warm-up load time. – marks a figure the model does not have.',
    ...report.models
      .map((model) => failureSection(model, report.evaluator))
      .filter((section) => section !== ''),
  ];
  return `${parts.join('\n\n')}\n`;
}

const HEADER = ['Model', 'Status', 'Accuracy', 'Passed', 'Failed', 'Errored', 'Timed out', 'Not run'];
const FIGURES = ['Decode tok/s', 'TTFT ms', 'Total ms', 'Load ms'];

function modelTable(models: readonly ModelReport[]): string {
  const header = [...HEADER, ...FIGURES];
  const rows = models.map((model) => {
    const status = model.error === null ? model.status : `${model.status}: ${model.error}`;
    return [
      escapeInline(modelLabel(model)),
      escapeInline(status),
      accuracyCellText(model),
      ...(modelRan(model)
        ? [
            model.passed_count,
            model.failed_count,
            model.errored_count,
            model.timed_out_count,
            model.not_run_count ?? 0,
          ]
        : [null, null, null, null, null]
      ).map((count) => (count === null ? '–' : String(count))),
      figureText(model.decode_tokens_per_second.median, 1),
      figureText(model.time_to_first_token_ms.median, 0),
      figureText(model.total_duration_ms.median, 0),
      figureText(model.warmup_load_duration_ms, 0),
    ];
  });
  return [
    `| ${header.join(' | ')} |`,
    `| --- | --- | ${header
      .slice(2)
      .map(() => '---:')
      .join(' | ')} |`,
    ...rows.map((cells) => `| ${cells.join(' | ')} |`),
  ].join('\n');
}

function failureSection(model: ModelReport, evaluatorName: string): string {
  const failing = model.results.filter((r) => didNotPass(r.status));
  if (failing.length === 0) return '';
  return [
    '<details>',
    `<summary>${escapeHtml(modelLabel(model))}: ${failing.length} of ${rowsRun(model)} rows did not pass</summary>`,
    '',
    failing.map((result) => failureDetail(result, evaluatorName)).join('\n\n'),
    '',
    '</details>',
  ].join('\n');
}

function failureDetail(result: ResultReport, evaluatorName: string): string {
  const where = result.yaml_line === null ? '' : ` (line ${result.yaml_line})`;
  const lines = [
    `**Row ${result.index}${where}: ${result.status.replace('_', ' ')}**${result.reason ? ` — ${escapeInline(result.reason)}` : ''}`,
    '',
    ...Object.entries(result.dynamic_variables).map(
      ([name, value]) => `- ${escapeInline(name)}: ${escapeInline(value)}`,
    ),
    `- Expected: ${escapeInline(result.expected_result)}`,
  ];
  if (result.prompt_response.error !== null)
    lines.push(`- Server error: ${escapeInline(result.prompt_response.error)}`);
  if (result.extracted_code !== null)
    lines.push('', fenced(result.extracted_code, answerLanguage(result.code_language, evaluatorName)));
  if (result.execution_result !== '') lines.push('', 'Output:', '', fenced(result.execution_result, 'text'));
  const stderr = result.execution?.stderr ?? '';
  if (stderr !== '') lines.push('', 'Stderr:', '', fenced(stderr, 'text'));
  return lines.join('\n');
}

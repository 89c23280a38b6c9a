/**
 * The files a run can write. `json` is the report itself; any other writes a folder holding the
 * JSON report, one JSON report per model, `index.html` and the files of each format asked for.
 * `github-action-benchmark` is the input of that action's `customBiggerIsBetter` and
 * `customSmallerIsBetter` tools.
 */
export const REPORT_FORMATS = ['json', 'html', 'csv', 'junit', 'md', 'github-action-benchmark'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Names every format at once. */
export const ALL_REPORT_FORMATS = 'all';

const EXPECTED = `expected any of ${REPORT_FORMATS.join(', ')}, comma-separated, or ${ALL_REPORT_FORMATS}`;

/** Comma- or newline-separated format names, any case; kept once each, in REPORT_FORMATS' order. */
export const checkReportFormats = (text: string): { value: ReportFormat[] } | string => {
  const names = text
    .split(/[\s,]+/)
    .map((name) => name.toLowerCase())
    .filter((name) => name !== '');
  if (names.length === 0) return `names no report format; ${EXPECTED}`;
  if (names.includes(ALL_REPORT_FORMATS)) return { value: [...REPORT_FORMATS] };
  const unknown = names.find((name) => !(REPORT_FORMATS as readonly string[]).includes(name));
  if (unknown !== undefined) {
    return names.length === 1
      ? `is not a report format; ${EXPECTED}`
      : `names "${unknown}", which is not a report format; ${EXPECTED}`;
  }
  return { value: REPORT_FORMATS.filter((format) => names.includes(format)) };
};

/** Only the JSON report: written as one file, as before there were other formats. */
export function onlyJson(formats: readonly ReportFormat[]): boolean {
  return formats.length === 1 && formats[0] === 'json';
}

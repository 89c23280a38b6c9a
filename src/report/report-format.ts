/**
 * The report format's name and version, written into every report (see report-schema.ts for what
 * bumps it). On its own so that writing a report does not load the schema's module, and zod's
 * with it, only reading one does.
 */
export const REPORT_FORMAT = 'exbench-report/1';

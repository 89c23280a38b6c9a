import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { modelLabel } from './report-figures.js';
import type { ModelReport, Report, ResultReport } from './report-schema.js';
import { escapeControls } from './safe-text.js';

/**
 * The report as JUnit XML (the Ant/Jenkins schema test reporters read): a testsuite per model, a
 * testcase per row. A failed or timed-out row is a `<failure>` with its reason, an errored row an
 * `<error>`, a row an interruption did not run `<skipped/>`. A model that could not be run is one
 * errored testcase, a skipped one (another provider) one skipped testcase, so a CI system shows them.
 * XML is built by xmlbuilder2, which escapes every attribute and text; control characters, which
 * XML 1.0 cannot hold even escaped, are first made visible (`\x1b`).
 */
export function renderJunit(report: Report): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('testsuites');
  report.models.forEach((model, id) => suite(root, report, model, id));
  return root.end({ prettyPrint: true });
}

/** Fields the XSD requires that a report does not have. */
const HOSTNAME = 'localhost';
const PACKAGE = 'exbench';

function suite(root: XMLBuilder, report: Report, model: ModelReport, id: number): void {
  const cases = model.results.length > 0 ? model.results.map(rowCase) : modelCase(model);
  const element = root.ele('testsuite', {
    package: PACKAGE,
    id: String(id),
    name: text(modelLabel(model)),
    // The XSD's timestamp has no fraction and no zone; started_at is UTC.
    timestamp: report.started_at.slice(0, 19),
    hostname: HOSTNAME,
    tests: String(cases.length),
    failures: String(cases.filter((c) => c.outcome?.kind === 'failure').length),
    errors: String(cases.filter((c) => c.outcome?.kind === 'error').length),
    skipped: String(cases.filter((c) => c.outcome?.kind === 'skipped').length),
    time: seconds(cases.reduce((sum, c) => sum + c.ms, 0)),
  });
  const properties = element.ele('properties');
  for (const [name, value] of suiteProperties(report, model)) {
    properties.ele('property', { name, value: text(value) });
  }
  const classname = text(`${report.benchmark_name}.${modelLabel(model)}`);
  for (const c of cases) {
    const testcase = element.ele('testcase', { name: text(c.name), classname, time: seconds(c.ms) });
    if (c.outcome === null) continue;
    if (c.outcome.kind === 'skipped') {
      testcase.ele('skipped');
      continue;
    }
    testcase
      .ele(c.outcome.kind, { type: c.outcome.type, message: text(c.outcome.message) })
      .txt(text(c.outcome.details));
  }
  element.ele('system-out').txt('');
  element.ele('system-err').txt('');
}

interface Case {
  name: string;
  ms: number;
  outcome:
    | null
    | { kind: 'skipped' }
    | { kind: 'failure' | 'error'; type: string; message: string; details: string };
}

function rowCase(result: ResultReport): Case {
  const where = result.yaml_line === null ? '' : ` (line ${result.yaml_line})`;
  const variables = Object.entries(result.dynamic_variables)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  const name = `row ${result.index}${where}${variables === '' ? '' : `: ${variables}`}`;
  const ms = (result.prompt_response.wall_ms ?? 0) + (result.execution?.duration_ms ?? 0);
  const message = result.reason ?? result.status;
  switch (result.status) {
    // A free-form answer with nothing to judge was answered, which is all a latency run asks.
    case 'answered':
    case 'passed':
      return { name, ms, outcome: null };
    case 'not_run':
      return { name, ms, outcome: { kind: 'skipped' } };
    case 'errored':
      return {
        name,
        ms,
        outcome: { kind: 'error', type: result.error_kind ?? 'errored', message, details: details(result) },
      };
    case 'failed':
    case 'timed_out':
      return {
        name,
        ms,
        outcome: { kind: 'failure', type: result.status, message, details: details(result) },
      };
  }
}

/** A model without rows: why it has none, as one testcase. */
function modelCase(model: ModelReport): Case[] {
  const name = 'model';
  const message = model.error ?? model.status;
  switch (model.status) {
    case 'skipped':
      return [{ name, ms: 0, outcome: { kind: 'skipped' } }];
    case 'unavailable':
      return [{ name, ms: 0, outcome: { kind: 'error', type: 'unavailable', message, details: message } }];
    case 'completed':
    case 'interrupted':
    case 'incomplete':
      return [];
  }
}

/** What a reader needs to see why the row did not pass. */
function details(result: ResultReport): string {
  const parts = [
    `expected: ${result.expected_result}`,
    `got: ${result.execution_result}`,
    ...(result.prompt_response.error === null ? [] : [`server error: ${result.prompt_response.error}`]),
    ...(result.extracted_code === null ? [] : [`code:\n${result.extracted_code}`]),
    ...(result.execution?.stderr ? [`stderr:\n${result.execution.stderr}`] : []),
  ];
  return parts.join('\n');
}

function suiteProperties(report: Report, model: ModelReport): [string, string][] {
  const figure = (value: number | null): string => (value === null ? '' : String(value));
  return [
    ['benchmark', report.benchmark_name],
    ['benchmark_file', report.benchmark_file],
    ['evaluator', report.evaluator],
    ['model', model.model],
    ['model_status', model.status],
    ['ollama_version', report.ollama.version],
    ['exbench_version', report.exbench_version],
    ['accuracy', model.results.length === 0 ? '' : String(model.accuracy)],
    ['decode_tokens_per_second_median', figure(model.decode_tokens_per_second.median)],
    ['time_to_first_token_ms_median', figure(model.time_to_first_token_ms.median)],
  ];
}

function seconds(ms: number): string {
  return (Number.isFinite(ms) ? ms / 1000 : 0).toFixed(3);
}

/**
 * Untrusted text as XML can hold it: controls visible, and lone surrogates (half an emoji cut off)
 * replaced by U+FFFD, since XML forbids both.
 */
function text(value: string): string {
  return escapeControls(value).replace(NOT_XML, '\ufffd');
}

/** Lone surrogates, and the two noncharacters XML 1.0 excludes. */
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

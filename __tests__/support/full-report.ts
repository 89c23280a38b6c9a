/** Small builders of whole reports (the JSON a run writes), for the renderers of the other formats. */
import { describe as distribution } from '../../src/core/statistics.js';
import { MEASUREMENT_NOTES } from '../../src/report/json-report.js';
import {
  REPORT_FORMAT,
  type ModelReport,
  type Report,
  type ResultReport,
} from '../../src/report/report-schema.js';

export interface RowSpec {
  status: ResultReport['status'];
  reason?: string;
  tokensPerSecond?: number;
  ttftMs?: number;
  totalMs?: number;
  code?: string;
  output?: string;
  prompt?: string;
  response?: string;
  error?: string;
}

export function row(spec: RowSpec, position: number, modelName: string): ResultReport {
  const index = position + 1;
  const answered = spec.status !== 'not_run' && spec.status !== 'errored';
  const tokensPerSecond = spec.tokensPerSecond ?? 40 + index;
  return {
    prompt_response: {
      response: spec.response ?? (answered ? `\`\`\`python\n${spec.code ?? `print(${index})`}\n\`\`\`` : ''),
      tokens_per_second: answered ? tokensPerSecond : 0,
      provider: 'ollama',
      total_duration_ms: answered ? (spec.totalMs ?? 900 + index) : 0,
      load_duration_ms: answered ? 5 : 0,
      inputAndOutputCost: 0,
      errored: answered ? null : true,
      ...(answered
        ? {
            done_reason: 'stop',
            time_to_first_token_ms: spec.ttftMs ?? 100 + index,
            prefill_tokens_per_second: 500,
            eval_count: 20,
            eval_duration_ms: 20_000 / tokensPerSecond,
            prompt_eval_count: 30,
            prompt_eval_duration_ms: 60,
            wall_ms: 1000,
          }
        : {}),
      attempts: spec.status === 'not_run' ? 0 : 1,
      error: spec.error ?? (spec.status === 'errored' ? 'no answer from the server: HTTP 500' : null),
    },
    execution_result: spec.output ?? (spec.status === 'passed' ? String(index) : ''),
    expected_result: String(index),
    input_prompt: spec.prompt ?? `Print ${index}.`,
    model: modelName,
    correct: spec.status === 'passed',
    index,
    status: spec.status,
    reason:
      spec.reason ??
      (spec.status === 'passed'
        ? null
        : spec.status === 'not_run'
          ? 'not run: the run was interrupted'
          : 'wrong'),
    comparison: answered ? 'exact_integer' : null,
    error_kind: spec.status === 'errored' ? 'server' : null,
    yaml_line: 10 + 2 * index,
    dynamic_variables: { n: String(index) },
    extracted_code: answered ? (spec.code ?? `print(${index})`) : null,
    code_language: answered ? 'python' : null,
    thinking: null,
    execution: null,
  };
}

export interface ModelSpec {
  name: string;
  rows?: RowSpec[];
  status?: ModelReport['status'];
  error?: string;
}

export function modelReport({ name, rows = [], status = 'completed', error }: ModelSpec): ModelReport {
  const results = rows.map((spec, i) => row(spec, i, name));
  const count = (s: ResultReport['status']) => results.filter((r) => r.status === s).length;
  const answered = results.filter((r) => r.prompt_response.errored !== true);
  const notRun = count('not_run');
  const run = results.length - notRun;
  const passed = count('passed');
  const dist = (values: number[]) => {
    const d = distribution(values);
    return { n: d.n, mean: d.mean, median: d.median, p95: d.p95, min: d.min, max: d.max };
  };
  return {
    model: name,
    results,
    correct_count: passed,
    incorrect_count: run - passed,
    accuracy: run === 0 ? 0 : passed / run,
    average_tokens_per_second: 0,
    average_total_duration_ms: 0,
    average_load_duration_ms: 0,
    total_cost: 0,
    provider: 'ollama',
    name,
    status,
    error: error ?? null,
    pulled: false,
    details: null,
    passed_count: passed,
    failed_count: count('failed'),
    errored_count: count('errored'),
    server_errored_count: count('errored'),
    timed_out_count: count('timed_out'),
    not_run_count: notRun,
    decode_tokens_per_second: dist(answered.map((r) => r.prompt_response.tokens_per_second)),
    prefill_tokens_per_second: dist([]),
    time_to_first_token_ms: dist(answered.map((r) => r.prompt_response.time_to_first_token_ms ?? 0)),
    total_duration_ms: dist(answered.map((r) => r.prompt_response.total_duration_ms)),
    load_duration_ms: dist([]),
    warmup_load_duration_ms: results.length > 0 ? 1500 : null,
    warmup: null,
    executor: 'python3',
  };
}

export function fullReport(models: ModelSpec[], overrides: Partial<Report> = {}): Report {
  const reports = models.map(modelReport);
  const all = reports.flatMap((m) => m.results);
  const rows = models[0]?.rows?.length ?? 0;
  return {
    benchmark_name: 'Simple Math',
    purpose: 'Print a number.',
    base_prompt: 'Print {{n}}.',
    prompt_iterations: Array.from({ length: rows }, (_, i) => ({
      dynamic_variables: { n: String(i + 1) },
      expectation: String(i + 1),
    })),
    models: reports,
    overall_correct_count: all.filter((r) => r.correct).length,
    overall_incorrect_count: all.filter((r) => !r.correct && r.status !== 'not_run').length,
    overall_accuracy: 0,
    average_tokens_per_second: 0,
    average_total_duration_ms: 0,
    average_load_duration_ms: 0,
    report_format: REPORT_FORMAT,
    status: 'completed',
    exbench_version: '0.1.0',
    benchmark_file: 'data/simple_math.yaml',
    evaluator: 'execute_python_code_with_num_output',
    executor: 'python3',
    options: { temperature: 0 },
    ollama: { host: 'http://127.0.0.1:11434', version: '0.33.3' },
    environment: null,
    started_at: '2026-11-29T10:15:00.000Z',
    finished_at: '2026-11-29T10:16:30.500Z',
    settings: {
      pull: true,
      warmup: true,
      overlap: false,
      evaluation_concurrency: 2,
      code_timeout_ms: 10_000,
      max_output_bytes: 1_048_576,
      retry_attempts: 3,
    },
    overall_errored_count: all.filter((r) => r.status === 'errored').length,
    overall_timed_out_count: all.filter((r) => r.status === 'timed_out').length,
    overall_not_run_count: all.filter((r) => r.status === 'not_run').length,
    measurement: MEASUREMENT_NOTES,
    ...overrides,
  };
}

/** Text a hostile model or server could send: markup, a script end tag, an event handler, controls. */
export const HOSTILE_TEXT =
  '</script><img src=x onerror="alert(1)"><b>bold</b> & "quoted" \u001b[31mred\u0007';

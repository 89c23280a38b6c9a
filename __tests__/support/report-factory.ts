/** Small builders of reports as a comparison reads them, for regression tests. */
import type {
  ComparableEnvironment,
  ComparableModel,
  ComparableReport,
  ComparableResult,
} from '../../src/core/regression/report-input.js';

export interface RowSpec {
  correct: boolean;
  tokensPerSecond?: number | null;
  ttftMs?: number | null;
  totalMs?: number | null;
  index?: number;
  code?: string;
  output?: string;
  /** Errored because the server failed, not the model (`error_kind: server`). */
  serverError?: boolean;
  /** Left without a verdict by an interruption (`status: not_run`). */
  notRun?: boolean;
}

export function result(row: RowSpec, position: number): ComparableResult {
  const index = row.index ?? position + 1;
  if (row.notRun === true) {
    return {
      index,
      correct: false,
      status: 'not_run',
      reason: 'not run: the run was interrupted',
      dynamic_variables: { n: String(index) },
      expected_result: String(index),
      execution_result: '',
      extracted_code: null,
      prompt_response: { tokens_per_second: 0, errored: true },
    };
  }
  if (row.serverError === true) {
    return {
      index,
      correct: false,
      status: 'errored',
      reason: 'no answer from the server: fetch failed: connect ECONNREFUSED',
      error_kind: 'server',
      dynamic_variables: { n: String(index) },
      expected_result: String(index),
      execution_result: '',
      extracted_code: null,
      prompt_response: { tokens_per_second: 0, errored: true },
    };
  }
  return {
    index,
    correct: row.correct,
    status: row.correct ? 'passed' : 'failed',
    reason: row.correct ? null : `got ${row.output ?? '0'}, expected ${index}`,
    dynamic_variables: { n: String(index) },
    expected_result: String(index),
    execution_result: row.output ?? (row.correct ? String(index) : '0'),
    extracted_code: row.code ?? `print(${row.correct ? index : 0})`,
    prompt_response: {
      tokens_per_second: row.tokensPerSecond === undefined ? 50 : row.tokensPerSecond,
      time_to_first_token_ms: row.ttftMs === undefined ? 120 : row.ttftMs,
      total_duration_ms: row.totalMs === undefined ? 2000 : row.totalMs,
      errored: null,
    },
  };
}

export function model(name: string, rows: RowSpec[], extra: Partial<ComparableModel> = {}): ComparableModel {
  return {
    model: name,
    status: 'completed',
    details: { digest: `sha256:${name}` },
    results: rows.map(result),
    ...extra,
  };
}

export function environment(
  overrides: Partial<NonNullable<ComparableEnvironment>> = {},
): ComparableEnvironment {
  return {
    os: { platform: 'linux', release: '6.8.0', version: null },
    arch: 'x64',
    cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
    memory_bytes: 16 * 2 ** 30,
    gpus: [],
    runner: {
      image_os: 'ubuntu24',
      image_version: '20261120.1',
      name: 'GitHub Actions 2',
      environment: 'github-hosted',
    },
    ...overrides,
  };
}

export function report(
  models: ComparableModel[],
  overrides: Partial<ComparableReport> = {},
): ComparableReport {
  return {
    benchmark_name: 'Math',
    models,
    report_format: 'exbench-report/1',
    options: { temperature: 0 },
    ollama: { version: '0.12.3' },
    environment: environment(),
    ...overrides,
  };
}

/** n rows that all pass, with the given per-row speed. */
export function passing(n: number, speed: Partial<RowSpec> = {}): RowSpec[] {
  return Array.from({ length: n }, () => ({ correct: true, ...speed }));
}

/** Speeds spread ±10 % around a centre, so medians are well defined and intervals non-trivial. */
export function spread(center: number, i: number, n: number): number {
  return center * (0.9 + (0.2 * ((i * 7) % n)) / (n - 1));
}

/** Whole reports as exbench writes them (checked by the report schema), built small for publisher tests. */
import {
  reportSchema,
  REPORT_FORMAT,
  type EnvironmentReport,
  type Report,
} from '../../src/report/report-schema.js';

export interface ModelSpec {
  name: string;
  /** One entry per row: passed or not. */
  passes: boolean[];
  decodeTokensPerSecond?: number;
  ttftMs?: number;
}

export interface ReportSpec {
  benchmark?: string;
  startedAt: string;
  models: ModelSpec[];
  machine?: EnvironmentReport | null;
}

export const MACHINE_A: EnvironmentReport = {
  os: { platform: 'linux', release: '6.8.0', version: null },
  arch: 'x64',
  cpu: { model: 'AMD EPYC 7763', cores: 4 },
  memory_bytes: 16 * 2 ** 30,
  gpus: [],
  runner: null,
};

export const MACHINE_B: EnvironmentReport = {
  ...MACHINE_A,
  cpu: { model: 'Apple M2', cores: 8 },
  os: { platform: 'darwin', release: '23.0.0', version: null },
  arch: 'arm64',
};

const distribution = (value: number | null) => ({
  n: value === null ? 0 : 1,
  mean: value,
  median: value,
  p95: value,
  min: value,
  max: value,
});

export function fullReport(spec: ReportSpec): Report {
  const rows = spec.models[0]?.passes.length ?? 0;
  const models = spec.models.map((m) => {
    const passed = m.passes.filter(Boolean).length;
    return {
      model: m.name,
      results: m.passes.map((pass, i) => ({
        prompt_response: {
          response: `print(${pass ? i + 1 : 0})`,
          tokens_per_second: m.decodeTokensPerSecond ?? 40,
          provider: 'ollama',
          total_duration_ms: 900,
          load_duration_ms: 10,
          inputAndOutputCost: 0,
          errored: null,
          time_to_first_token_ms: m.ttftMs ?? 150,
          attempts: 1,
          error: null,
        },
        execution_result: pass ? String(i + 1) : '0',
        expected_result: String(i + 1),
        input_prompt: `What is ${i + 1}?`,
        model: m.name,
        correct: pass,
        index: i + 1,
        status: pass ? ('passed' as const) : ('failed' as const),
        reason: pass ? null : `got 0, expected ${i + 1}`,
        yaml_line: 10 + i,
        dynamic_variables: { n: String(i + 1) },
        extracted_code: `print(${pass ? i + 1 : 0})`,
        code_language: 'python',
        thinking: null,
        execution: null,
      })),
      correct_count: passed,
      incorrect_count: m.passes.length - passed,
      accuracy: m.passes.length === 0 ? 0 : passed / m.passes.length,
      average_tokens_per_second: m.decodeTokensPerSecond ?? 40,
      average_total_duration_ms: 900,
      average_load_duration_ms: 10,
      total_cost: 0,
      provider: 'ollama',
      name: m.name,
      status: 'completed' as const,
      error: null,
      pulled: false,
      details: null,
      passed_count: passed,
      failed_count: m.passes.length - passed,
      errored_count: 0,
      timed_out_count: 0,
      decode_tokens_per_second: distribution(m.decodeTokensPerSecond ?? 40),
      prefill_tokens_per_second: distribution(400),
      time_to_first_token_ms: distribution(m.ttftMs ?? 150),
      total_duration_ms: distribution(900),
      load_duration_ms: distribution(10),
      warmup_load_duration_ms: null,
      warmup: null,
      executor: 'python3' as const,
    };
  });
  const correct = models.reduce((sum, m) => sum + m.correct_count, 0);
  const total = rows * models.length;
  return reportSchema().parse({
    benchmark_name: spec.benchmark ?? 'Simple Math',
    purpose: 'arithmetic',
    base_prompt: 'What is {{n}}?',
    prompt_iterations: Array.from({ length: rows }, (_, i) => ({
      dynamic_variables: { n: String(i + 1) },
      expectation: String(i + 1),
    })),
    models,
    overall_correct_count: correct,
    overall_incorrect_count: total - correct,
    overall_accuracy: total === 0 ? 0 : correct / total,
    average_tokens_per_second: 40,
    average_total_duration_ms: 900,
    average_load_duration_ms: 10,
    report_format: REPORT_FORMAT,
    status: 'completed',
    exbench_version: '0.1.0',
    benchmark_file: 'data/simple_math.yaml',
    evaluator: 'execute_python_code_with_num_output',
    executor: 'python3',
    options: {},
    ollama: { host: '127.0.0.1:11434', version: '0.12.3' },
    environment: spec.machine === undefined ? MACHINE_A : spec.machine,
    started_at: spec.startedAt,
    finished_at: spec.startedAt,
    settings: {
      pull: true,
      warmup: true,
      overlap: false,
      evaluation_concurrency: 2,
      code_timeout_ms: 10_000,
      max_output_bytes: 1_048_576,
      retry_attempts: 3,
    },
    overall_errored_count: 0,
    overall_timed_out_count: 0,
    measurement: {},
  });
}

/** `count` reports of one benchmark, a day apart, alternating two models' accuracies and two machines. */
export function reportSeries(count: number, start = Date.UTC(2026, 9, 1)): Report[] {
  return Array.from({ length: count }, (_, i) =>
    fullReport({
      startedAt: new Date(start + i * 86_400_000).toISOString(),
      machine: i % 3 === 2 ? MACHINE_B : MACHINE_A,
      models: [
        {
          name: 'qwen2.5-coder:1.5b',
          passes: [true, true, i % 2 === 0, true],
          decodeTokensPerSecond: 40 + (i % 5),
          ttftMs: 120 + i,
        },
        {
          name: 'llama3.2:1b',
          passes: [true, i % 4 !== 0, false, true],
          decodeTokensPerSecond: 55 - (i % 7),
          ttftMs: 90 + (i % 3),
        },
      ],
    }),
  );
}

import { z } from 'zod';

/**
 * What a comparison reads from a report: exbench's own (`exbench-report/1`) or its predecessor's,
 * which lacks most of these fields. Every field but the skeleton is optional, and a figure that is
 * missing (or 0 where 0 cannot be a measurement) is treated as absent, never as zero.
 */
const Figure = z.number().nullish();

const PromptResponse = z.looseObject({
  tokens_per_second: Figure,
  time_to_first_token_ms: Figure,
  total_duration_ms: Figure,
  errored: z.boolean().nullish(),
});

const Result = z.looseObject({
  index: z.number().int().nullish(),
  correct: z.boolean(),
  status: z.string().nullish(),
  reason: z.string().nullish(),
  /** `server` when the server, not the model, failed the row (exbench 0.2 on). */
  error_kind: z.string().nullish(),
  dynamic_variables: z.record(z.string(), z.unknown()).nullish(),
  expected_result: z.unknown().optional(),
  execution_result: z.unknown().optional(),
  extracted_code: z.string().nullish(),
  prompt_response: PromptResponse.nullish(),
});

const Details = z.looseObject({
  digest: z.string().nullish(),
  family: z.string().nullish(),
  parameter_size: z.string().nullish(),
  quantization_level: z.string().nullish(),
  context_length: z.number().nullish(),
});

const Model = z.looseObject({
  model: z.string().min(1),
  status: z.string().nullish(),
  error: z.string().nullish(),
  details: Details.nullish(),
  results: z.array(Result),
});

const Environment = z.looseObject({
  os: z.looseObject({ platform: z.string(), release: z.string(), version: z.string().nullish() }).nullish(),
  arch: z.string().nullish(),
  cpu: z.looseObject({ model: z.string().nullish(), cores: z.number().nullish() }).nullish(),
  memory_bytes: z.number().nullish(),
  gpus: z
    .array(z.looseObject({ name: z.string(), memory: z.string().nullish(), driver: z.string().nullish() }))
    .nullish(),
  runner: z
    .looseObject({
      image_os: z.string().nullish(),
      image_version: z.string().nullish(),
      name: z.string().nullish(),
      environment: z.string().nullish(),
    })
    .nullish(),
});

export const ComparableReport = z.looseObject({
  benchmark_name: z.string(),
  prompt_iterations: z
    .array(z.looseObject({ dynamic_variables: z.record(z.string(), z.unknown()).nullish() }))
    .nullish(),
  models: z.array(Model),
  report_format: z.string().nullish(),
  exbench_version: z.string().nullish(),
  started_at: z.string().nullish(),
  options: z.record(z.string(), z.unknown()).nullish(),
  ollama: z.looseObject({ version: z.string().nullish() }).nullish(),
  environment: Environment.nullish(),
});

export type ComparableReport = z.infer<typeof ComparableReport>;
export type ComparableModel = ComparableReport['models'][number];
export type ComparableResult = ComparableModel['results'][number];
export type ComparableEnvironment = z.infer<typeof Environment>;

/**
 * Checks that a parsed JSON value is a report a comparison can read. Returns the problem in words
 * (with the path of the first bad field) instead of throwing, so the caller can name the file.
 */
export function readComparableReport(
  value: unknown,
): { ok: true; report: ComparableReport } | { ok: false; problem: string } {
  const parsed = ComparableReport.safeParse(value);
  if (parsed.success) return { ok: true, report: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  return { ok: false, problem: `${where}${issue?.message ?? 'not a report'}` };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/**
 * What a comparison reads from a report: exbench's own or its predecessor's, which lacks most of
 * these fields. Declared here so the core states its need without importing report/ (which owns the
 * report's schema and checks at compile time that every report it reads fits this). Every field but
 * the skeleton is optional, and a figure that is missing (or 0 where 0 cannot be a measurement) is
 * treated as absent, never as zero.
 */
type Figure = number | null | undefined;

export interface ComparableResult {
  index?: number | null;
  correct: boolean;
  status?: string | null;
  reason?: string | null;
  /** `server` when the server, not the model, failed the row (exbench 0.2 on). */
  error_kind?: string | null;
  dynamic_variables?: Readonly<Record<string, unknown>> | null;
  expected_result?: unknown;
  execution_result?: unknown;
  extracted_code?: string | null;
  prompt_response?: {
    tokens_per_second?: Figure;
    time_to_first_token_ms?: Figure;
    total_duration_ms?: Figure;
    errored?: boolean | null;
  } | null;
}

export interface ComparableModel {
  model: string;
  /** The provider a bare name was read with; older reports (and the predecessor's) mean Ollama. */
  provider?: string | null;
  status?: string | null;
  error?: string | null;
  /** The variant (`temperature=0.5`) when options were swept: variants pair by model and variant. */
  variant?: string | null;
  details?: {
    digest?: string | null;
    family?: string | null;
    parameter_size?: string | null;
    quantization_level?: string | null;
    context_length?: number | null;
  } | null;
  results: ComparableResult[];
  /** The engine that served it; older reports mean Ollama. */
  engine?: string | null;
  /** Who timed each speed figure; absent in older reports, whose speeds the server timed. */
  figure_sources?: {
    decode_tokens_per_second?: string | null;
    prefill_tokens_per_second?: string | null;
    time_to_first_token_ms?: string | null;
  } | null;
}

export type ComparableEnvironment =
  | {
      os?: { platform: string; release: string; version?: string | null } | null;
      arch?: string | null;
      cpu?: { model?: string | null; cores?: number | null } | null;
      memory_bytes?: number | null;
      gpus?: { name: string; memory?: string | null; driver?: string | null }[] | null;
      runner?: {
        image_os?: string | null;
        image_version?: string | null;
        name?: string | null;
        environment?: string | null;
      } | null;
    }
  | null
  | undefined;

export interface ComparableReport {
  benchmark_name: string;
  prompt_iterations?: { dynamic_variables?: Readonly<Record<string, unknown>> | null }[] | null;
  models: ComparableModel[];
  report_format?: string | null;
  exbench_version?: string | null;
  started_at?: string | null;
  options?: Readonly<Record<string, unknown>> | null;
  ollama?: { version?: string | null } | null;
  /** Each engine the run used and its version. */
  engines?: readonly { engine: string; version: string }[] | null;
  environment?: ComparableEnvironment;
  /** Requests in flight at once; absent before it was recorded, when runs were serial. */
  settings?: { request_concurrency?: number | null } | null;
}

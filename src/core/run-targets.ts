import type { ModelOptions } from '../config/model-options.js';
import type { Sweep } from '../config/sweep.js';
import type { ModelRef, Variant } from './model-ref.js';
import { plural } from './words.js';

export type { Variant } from './model-ref.js';

/**
 * Run targets: the planned models expanded by the sweep. Each combination of swept values is a
 * variant of every model; a target is a model ref carrying its variant (see ModelRef.variant), so
 * the engine's loop over models stays one loop over targets.
 */

/** Every combination of the sweep's values, the first key varying slowest; [] for no sweep. */
export function expandVariants(sweep: Sweep): Variant[] {
  const keys = Object.keys(sweep);
  if (keys.length === 0) return [];
  let combinations: Record<string, unknown>[] = [{}];
  for (const key of keys) {
    const values = sweep[key] ?? [];
    combinations = combinations.flatMap((combination) =>
      values.map((value) => ({ ...combination, [key]: value })),
    );
  }
  return combinations.map((options) => ({
    name: Object.entries(options)
      .map(([key, value]) => `${key}=${formatValue(value)}`)
      .join(', '),
    options,
  }));
}

function formatValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Each model once per variant, a model's variants together (they share its warm-up). */
export function expandTargets(refs: readonly ModelRef[], sweep: Sweep): ModelRef[] {
  const variants = expandVariants(sweep);
  if (variants.length === 0) return [...refs];
  return refs.flatMap((ref) => variants.map((variant) => ({ ...ref, variant })));
}

/** How a target is named everywhere: `qwen2.5:1.5b @ temperature=0.5`, or the model as given. */
/** One key per run target: variants of one model share its `id`, so the variant is part of the key. */
export function targetKey(ref: Pick<ModelRef, 'id' | 'variant'>): string {
  return ref.variant === undefined ? ref.id : `${ref.id} @ ${ref.variant.name}`;
}

export function targetName(ref: Pick<ModelRef, 'spec' | 'variant'>): string {
  return variantLabel(ref.spec, ref.variant?.name);
}

/** `model @ variant`, or `model` without one: one spelling for runs and reports. */
export function variantLabel(model: string, variant: string | null | undefined): string {
  return variant ? `${model} @ ${variant}` : model;
}

/** The options a target's requests carry: the run's, the variant's over them. */
export function targetOptions(ref: ModelRef, options: ModelOptions): ModelOptions {
  return ref.variant ? { ...options, ...ref.variant.options } : options;
}

/**
 * Options that change what Ollama loads: its scheduler reloads a model when any of the request's
 * runner options (api.Runner in ollama/api/types.go: num_ctx, num_batch, num_gpu, main_gpu,
 * use_mmap, num_thread) differ from the loaded runner's. Older servers also had numa, low_vram,
 * f16_kv, use_mlock and vocab_only there. Sampling options (temperature, top_p, seed, …) do not.
 */
export const LOAD_OPTIONS = [
  'num_ctx',
  'num_batch',
  'num_gpu',
  'main_gpu',
  'use_mmap',
  'num_thread',
  'numa',
  'low_vram',
  'f16_kv',
  'use_mlock',
  'vocab_only',
] as const;

/** Targets with the same key are served by the same loaded model: one warm-up serves them all. */
export function warmupKey(ref: ModelRef, options: ModelOptions): string {
  const loaded = LOAD_OPTIONS.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]);
  return JSON.stringify([ref.id, loaded]);
}

/**
 * The seed a repeat is sent with. A fixed seed makes every repeat give the same answer, so unless
 * the user asked to keep it (`fixedSeed`), repeat r (from 1) uses seed + r - 1.
 */
export function repeatSeed(options: ModelOptions, repeat: number, fixedSeed: boolean): number | undefined {
  if (typeof options.seed !== 'number') return undefined;
  return fixedSeed ? options.seed : options.seed + repeat - 1;
}

/** How the plan reads before the first request: `3 models × 3 temperatures × 12 rows × 5 repeats = 540 requests`. */
export function describePlan(models: number, sweep: Sweep, rows: number, repeat: number): string {
  const factors = [plural(models, 'model')];
  for (const [key, values] of Object.entries(sweep)) {
    factors.push(
      key === 'temperature' ? plural(values.length, 'temperature') : `${values.length} ${key} values`,
    );
  }
  factors.push(plural(rows, 'row'), plural(repeat, 'repeat'));
  const requests =
    models * Object.values(sweep).reduce((product, values) => product * values.length, 1) * rows * repeat;
  return `${factors.join(' × ')} = ${plural(requests, 'request')}`;
}

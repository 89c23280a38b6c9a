import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { lazily } from '../lazily.js';
import { modelOptionsSchema, type ModelOptions } from './model-options.js';

/** The most repeats of each row a run may ask for. */
export const MAX_REPEAT = 1000;

/** The most values one swept option may take; a sweep is the product of them all. */
export const MAX_SWEEP_VALUES = 100;

/**
 * Ollama options that take a list of values to try (`{temperature: [0, 0.5, 1]}`): each value must
 * be one the option itself accepts. The one rule for the file's `sweep:`, the `sweep` input and the
 * CLI's listed option values.
 */
export const sweepSchema = lazily(() =>
  z
    .record(
      z.string().min(1),
      z
        .array(z.union([z.number(), z.string(), z.boolean()]))
        .min(1)
        .max(MAX_SWEEP_VALUES),
    )
    .superRefine((sweep, ctx) => {
      for (const [key, values] of Object.entries(sweep)) {
        values.forEach((value, i) => {
          const checked = modelOptionsSchema().safeParse({ [key]: value });
          if (!checked.success) {
            ctx.addIssue({
              code: 'custom',
              path: [key, i],
              input: value,
              message: `is not a value ${key} takes (${checked.error.issues[0]?.message ?? 'invalid'})`,
            });
          }
        });
      }
    })
    .transform((sweep) =>
      Object.fromEntries(Object.entries(sweep).map(([key, values]) => [key, [...new Set(values)]])),
    ),
);
export type Sweep = z.output<ReturnType<typeof sweepSchema>>;

/** A sweep as YAML or JSON text (the action's input), or as a mapping already (the file, the CLI). */
export const sweepSetting = lazily(() =>
  z
    .unknown()
    .transform((value, ctx): unknown => {
      if (typeof value !== 'string') return value;
      if (value.trim() === '') return {};
      try {
        return parseYaml(value) ?? {};
      } catch (error: unknown) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        ctx.addIssue({ code: 'custom', input: value, message: `is not valid YAML or JSON (${reason})` });
        return z.NEVER;
      }
    })
    .pipe(sweepSchema()),
);

/**
 * The sweep a run covers: the file's, under the caller's; an option the caller fixed (`options`) is
 * not swept, whatever the file says.
 */
export function mergeSweep(fileSweep: Sweep, callerSweep: Sweep, callerOptions: ModelOptions): Sweep {
  const merged: Sweep = {};
  for (const [key, values] of Object.entries({ ...fileSweep, ...callerSweep })) {
    if (key in callerSweep || !(key in callerOptions)) merged[key] = values;
  }
  return merged;
}

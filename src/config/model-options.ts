import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { lazily } from '../lazily.js';

/**
 * Ollama's per-request `options`. The common sampling fields are typed; any other option Ollama
 * accepts (`top_p`, `repeat_penalty`, `num_thread`, …) passes through unchanged. The one rule set
 * for the benchmark file's `options:`, the action's `options` input and the CLI's `--option`.
 */
export const modelOptionsSchema = lazily(() =>
  z.looseObject({
    temperature: z.number().min(0).optional(),
    seed: z.number().int().optional(),
    num_ctx: z.number().int().positive().optional(),
    num_predict: z.number().int().optional(),
    top_p: z.number().optional(),
    top_k: z.number().int().optional(),
  }),
);
export type ModelOptions = z.infer<ReturnType<typeof modelOptionsSchema>>;

const MAPPING_EXAMPLE = '{temperature: 0, num_ctx: 4096}';

/** Options as YAML or JSON text (the action's input), or as a mapping already (the CLI's flags). */
export const modelOptionsSetting = lazily(() =>
  z
    .unknown()
    .transform((value, ctx): unknown => {
      if (typeof value !== 'string') return value;
      if (value.trim() === '') return {};
      let parsed: unknown;
      try {
        parsed = parseYaml(value);
      } catch (error: unknown) {
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
        ctx.addIssue({ code: 'custom', input: value, message: `is not valid YAML or JSON (${reason})` });
        return z.NEVER;
      }
      if (parsed === null || parsed === undefined) return {};
      if (typeof parsed !== 'object' || Array.isArray(parsed)) {
        ctx.addIssue({
          code: 'custom',
          input: value,
          message: `is not a mapping such as ${MAPPING_EXAMPLE}`,
        });
        return z.NEVER;
      }
      return parsed;
    })
    .pipe(modelOptionsSchema()),
);

/** A `--option key=value` value: JSON when it parses (`0.9`, `true`, `[1]`), else the text itself. */
export function optionValue(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

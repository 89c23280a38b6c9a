import { z } from 'zod';

/**
 * Ollama's per-request `options`. The common sampling fields are typed; any other option Ollama
 * accepts (`top_p`, `repeat_penalty`, `num_thread`, …) passes through unchanged.
 */
export const ModelOptions = z.looseObject({
  temperature: z.number().min(0).optional(),
  seed: z.number().int().optional(),
  num_ctx: z.number().int().positive().optional(),
  num_predict: z.number().int().optional(),
  top_p: z.number().optional(),
  top_k: z.number().int().optional(),
});
export type ModelOptions = z.infer<typeof ModelOptions>;

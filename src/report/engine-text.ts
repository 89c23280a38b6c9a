import { ENGINE_LABELS } from '../core/server-registry.js';
import type { Report } from './report-schema.js';

/** One engine a report's models ran on, named for people: `llama-server`, `b6500`, its address. */
export interface EngineFact {
  label: string;
  version: string;
  host: string;
}

/**
 * Each engine the run used, from the report's `engines`; reports written before engines existed
 * name only Ollama.
 */
export function reportEngines(report: Pick<Report, 'engines' | 'ollama'>): EngineFact[] {
  if (report.engines === undefined)
    return [{ label: ENGINE_LABELS.ollama, version: report.ollama.version, host: report.ollama.host }];
  return report.engines.map((use) => ({
    label: ENGINE_LABELS[use.engine],
    version: use.version,
    host: use.host,
  }));
}

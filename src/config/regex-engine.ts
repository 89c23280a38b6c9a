import type { RE2JS } from 're2js';

/**
 * RE2 (re2js), loaded only for a benchmark with `regex` checks: it is a quarter of the CLI's
 * start-up code, and most files have none. Parsing and judging stay synchronous: whoever reads a
 * file loads the engine first when the file needs it (see readBenchmarkText), and a check that
 * needs it before then throws RegexEngineNotLoaded, never a wrong verdict.
 */
let engine: typeof RE2JS | null = null;

/** Thrown where a regex check meets no loaded engine: load it (loadRegexEngine) and try again. */
export class RegexEngineNotLoaded extends Error {
  constructor() {
    super('the regex engine (RE2) is not loaded: await loadRegexEngine() before parsing regex checks');
    this.name = 'RegexEngineNotLoaded';
  }
}

/** Loads RE2 once; later calls return at once. */
export async function loadRegexEngine(): Promise<void> {
  engine ??= (await import('re2js')).RE2JS;
}

/** The loaded engine; RegexEngineNotLoaded before loadRegexEngine has finished. */
export function regexEngine(): typeof RE2JS {
  if (engine === null) throw new RegexEngineNotLoaded();
  return engine;
}

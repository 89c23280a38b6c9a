import { z } from 'zod';
import { BASELINE_AUTO, DEFAULT_COMPARISON_THRESHOLDS, INPUTS } from '../constants.js';
import { parseSettings, type SettingLabel, type SettingNames } from './parse-settings.js';
import {
  anyWholeNumber,
  booleanSetting,
  fraction,
  nonNegativeNumber,
  splitLines,
  textSetting,
} from './setting-fields.js';

/** Where the reports to compare with come from. */
export type BaselineSource =
  | { kind: 'none' }
  /** The newest successful run of this workflow on the pull request's base branch. */
  | { kind: 'auto' }
  /** Report files or globs, one per line as given. */
  | { kind: 'files'; patterns: string[] };

const checkBaseline = (text: string): { value: BaselineSource } | string => {
  const lines = splitLines(text);
  if (lines.length === 0) return { value: { kind: 'none' } };
  if (lines.some((line) => line.toLowerCase() === BASELINE_AUTO)) {
    if (lines.length > 1)
      return `names "${BASELINE_AUTO}" and report files; "${BASELINE_AUTO}" cannot be combined with them`;
    return { value: { kind: 'auto' } };
  }
  return { value: { kind: 'files', patterns: lines } };
};

/**
 * How one report is judged against another (`exbench compare`, `ollama-bench --baseline`, the
 * action's `baseline`). `gating` is the default of `failOnRegression`: true where a regression
 * should block (pull request events, the CLI).
 */
export function comparisonSettingsSchema(context: { gating: boolean }) {
  return z.object({
    alpha: fraction({ aboveZero: true, example: DEFAULT_COMPARISON_THRESHOLDS.alpha }).default(
      DEFAULT_COMPARISON_THRESHOLDS.alpha,
    ),
    minAccuracyDrop: fraction({
      aboveZero: false,
      example: DEFAULT_COMPARISON_THRESHOLDS.minAccuracyDrop,
    }).default(DEFAULT_COMPARISON_THRESHOLDS.minAccuracyDrop),
    maxSlowdown: nonNegativeNumber('a fraction of 0 or more (e.g. 0.10 for 10 %)').default(
      DEFAULT_COMPARISON_THRESHOLDS.maxSlowdown,
    ),
    seed: anyWholeNumber(42).default(DEFAULT_COMPARISON_THRESHOLDS.seed),
    baseline: textSetting(checkBaseline).default({ kind: 'none' }),
    failOnRegression: booleanSetting('expected true, false or empty (true on pull requests)').default(
      context.gating,
    ),
  });
}

export type ComparisonSettingField = keyof z.input<ReturnType<typeof comparisonSettingsSchema>>;
export type RawComparisonSettings = Partial<Record<ComparisonSettingField, unknown>>;
export type ComparisonSettings = z.output<ReturnType<typeof comparisonSettingsSchema>>;

/**
 * Each field's flag and input. The CLI's `--baseline` names one report file and is read by the CLI
 * itself; `--seed` is the bootstrap's only under `exbench compare` (under ollama-bench it is Ollama's).
 */
export const COMPARISON_SETTING_NAMES: Record<ComparisonSettingField, SettingNames> = {
  alpha: { flag: { name: 'alpha', type: 'string' }, input: INPUTS.alpha },
  minAccuracyDrop: { flag: { name: 'min-accuracy-drop', type: 'string' }, input: INPUTS.minAccuracyDrop },
  maxSlowdown: { flag: { name: 'max-slowdown', type: 'string' }, input: INPUTS.maxSlowdown },
  seed: { flag: { name: 'seed', type: 'string' }, input: null },
  baseline: { flag: null, input: INPUTS.baseline },
  failOnRegression: { flag: null, input: INPUTS.failOnRegression },
};

/** What the comparison itself uses, without where the baseline comes from or what a regression does. */
export function comparisonThresholds({
  alpha,
  minAccuracyDrop,
  maxSlowdown,
  seed,
}: ComparisonSettings): Pick<ComparisonSettings, 'alpha' | 'minAccuracyDrop' | 'maxSlowdown' | 'seed'> {
  return { alpha, minAccuracyDrop, maxSlowdown, seed };
}

/** Checks what a shell gathered; throws a ConfigurationError naming the flag or input. */
export function parseComparisonSettings(
  raw: RawComparisonSettings,
  label: SettingLabel,
  context: { gating: boolean },
): ComparisonSettings {
  return parseSettings(comparisonSettingsSchema(context), raw, label);
}

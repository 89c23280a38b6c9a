import { z } from 'zod';
import { lazily } from '../lazily.js';
import { DEFAULT_ARTIFACT_NAME, DEFAULT_REPORT_DIR, INPUTS } from '../constants.js';
import { parseSettings, type SettingLabel, type SettingNames } from './parse-settings.js';
import { booleanSetting, choice, wholeNumber } from './setting-fields.js';

/** `true` always comments, `false` never, `on-change` only when something needs a look. */
export const COMMENT_MODES = ['true', 'false', 'on-change'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** `run` benchmarks; `merge` (a matrix's final job) joins the legs' report artifacts and publishes once. */
export const ACTION_MODES = ['run', 'merge'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** Runs kept per benchmark on the history branch when `max-history` is not given. */
export const DEFAULT_MAX_HISTORY_RUNS = 500;

/** Where the action keeps the results and how it publishes them. */
export const publishSettingsSchema = lazily(() =>
  z.object({
    cacheModels: booleanSetting().default(true),
    comment: choice(COMMENT_MODES).default('true'),
    failOnError: booleanSetting().default(true),
    reportDir: z.string().default(DEFAULT_REPORT_DIR),
    artifactName: z.string().default(DEFAULT_ARTIFACT_NAME),
    githubToken: z.string().default(''),
    /** The branch history and the dashboard are committed to (e.g. `gh-pages`); empty: none. */
    publish: z.string().trim().default(''),
    /** The folder on that branch (`.` for its root). */
    publishDir: z.string().trim().default('.'),
    maxHistory: wholeNumber({ min: 1, max: 100_000, example: DEFAULT_MAX_HISTORY_RUNS }).default(
      DEFAULT_MAX_HISTORY_RUNS,
    ),
    /** Added to the comment's marker, so matrix legs that want a comment each get one. */
    commentKey: z.string().trim().default(''),
    mode: choice(ACTION_MODES).default('run'),
    /** `mode: merge` downloads this run's artifacts whose names match this glob. */
    mergePattern: z.string().trim().default('exbench-report-*'),
  }),
);
export type PublishSettings = z.output<ReturnType<typeof publishSettingsSchema>>;
export type PublishSettingField = keyof z.input<ReturnType<typeof publishSettingsSchema>>;

/** Each field's input; the CLI writes its report to `--output-dir` and publishes nothing. */
export const PUBLISH_SETTING_NAMES: Record<PublishSettingField, SettingNames> = {
  cacheModels: { flag: null, input: INPUTS.cacheModels },
  comment: { flag: null, input: INPUTS.comment },
  failOnError: { flag: null, input: INPUTS.failOnError },
  reportDir: { flag: null, input: INPUTS.reportDir },
  artifactName: { flag: null, input: INPUTS.artifactName },
  githubToken: { flag: null, input: INPUTS.githubToken },
  publish: { flag: null, input: INPUTS.publish },
  publishDir: { flag: null, input: INPUTS.publishDir },
  maxHistory: { flag: null, input: INPUTS.maxHistory },
  commentKey: { flag: null, input: INPUTS.commentKey },
  mode: { flag: null, input: INPUTS.mode },
  mergePattern: { flag: null, input: INPUTS.mergePattern },
};

export function parsePublishSettings(
  raw: Partial<Record<PublishSettingField, unknown>>,
  label: SettingLabel,
): PublishSettings {
  return parseSettings(publishSettingsSchema(), raw, label);
}

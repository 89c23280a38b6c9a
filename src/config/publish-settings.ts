import { z } from 'zod';
import { DEFAULT_ARTIFACT_NAME, DEFAULT_REPORT_DIR, INPUTS } from '../constants.js';
import { parseSettings, type SettingLabel, type SettingNames } from './parse-settings.js';
import { booleanSetting, choice } from './setting-fields.js';

/** `true` always comments, `false` never, `on-change` only when something needs a look. */
export const COMMENT_MODES = ['true', 'false', 'on-change'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Where the action keeps the results and how it publishes them. */
export const PublishSettings = z.object({
  cacheModels: booleanSetting().default(true),
  comment: choice(COMMENT_MODES).default('true'),
  failOnError: booleanSetting().default(true),
  reportDir: z.string().default(DEFAULT_REPORT_DIR),
  artifactName: z.string().default(DEFAULT_ARTIFACT_NAME),
  githubToken: z.string().default(''),
});
export type PublishSettings = z.output<typeof PublishSettings>;
export type PublishSettingField = keyof z.input<typeof PublishSettings>;

/** Each field's input; the CLI writes its report to `--output-dir` and publishes nothing. */
export const PUBLISH_SETTING_NAMES: Record<PublishSettingField, SettingNames> = {
  cacheModels: { flag: null, input: INPUTS.cacheModels },
  comment: { flag: null, input: INPUTS.comment },
  failOnError: { flag: null, input: INPUTS.failOnError },
  reportDir: { flag: null, input: INPUTS.reportDir },
  artifactName: { flag: null, input: INPUTS.artifactName },
  githubToken: { flag: null, input: INPUTS.githubToken },
};

export function parsePublishSettings(
  raw: Partial<Record<PublishSettingField, unknown>>,
  label: SettingLabel,
): PublishSettings {
  return parseSettings(PublishSettings, raw, label);
}

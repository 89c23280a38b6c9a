import { z } from 'zod';

/**
 * Building blocks for settings that arrive as text (a flag's value, an action input) or already
 * typed (a CLI boolean flag). Each check's message completes `<name>: "<value>" …`, so an error names
 * the flag or input and echoes what was given; see parse-settings.ts.
 */

/** `{ value }` when the text is usable, else the problem in words ("is not …"). */
type Check<T> = (text: string) => { value: T } | string;

/** A setting given as text, trimmed, then checked. */
export function textSetting<T>(check: Check<T>) {
  return z.string().transform((text, ctx): T => {
    const result = check(text.trim());
    if (typeof result === 'string') {
      ctx.addIssue({ code: 'custom', message: result, input: text });
      return z.NEVER;
    }
    return result.value;
  });
}

/** A number written in decimal, or undefined for anything else (`''`, `10s`, `Infinity`). */
function finiteNumber(text: string): number | undefined {
  if (text === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** A whole number from `min` to `max`. `unit` and `example` complete the message. */
export function wholeNumber({
  min,
  max,
  unit = '',
  example,
}: {
  min: number;
  max: number;
  unit?: string;
  example: number;
}) {
  return textSetting((text) => {
    const value = finiteNumber(text);
    if (value === undefined || !Number.isSafeInteger(value) || value < min || value > max) {
      return `is not a whole number${unit} from ${min} to ${max} (e.g. ${example})`;
    }
    return { value };
  });
}

/** Any whole number, negative included (a seed). */
export function anyWholeNumber(example: number) {
  return textSetting((text) => {
    const value = finiteNumber(text);
    if (value === undefined || !Number.isSafeInteger(value)) return `is not a whole number (e.g. ${example})`;
    return { value };
  });
}

/** A number in [0, 1], or (0, 1] with `aboveZero`. */
export function fraction({ aboveZero, example }: { aboveZero: boolean; example: number }) {
  return textSetting((text) => {
    const value = finiteNumber(text);
    if (value === undefined || value > 1 || value < 0 || (aboveZero && value === 0)) {
      return `is not a number ${aboveZero ? 'above 0 and at most 1' : 'from 0 to 1'} (e.g. ${example})`;
    }
    return { value };
  });
}

/** A number of 0 or more; `hint` says what it means. */
export function nonNegativeNumber(hint: string) {
  return textSetting((text) => {
    const value = finiteNumber(text);
    if (value === undefined || value < 0) return `is not ${hint}`;
    return { value };
  });
}

/** Seconds as given (fractions allowed), to whole milliseconds, at most `maxMs`. */
export function secondsAsMs(maxMs: number) {
  return textSetting((text) => {
    const seconds = finiteNumber(text);
    if (seconds === undefined || seconds <= 0) return 'is not a positive number of seconds (e.g. 10 or 2.5)';
    const ms = Math.max(1, Math.round(seconds * 1000));
    if (ms > maxMs) {
      return `is more than the longest time limit, ${Math.floor(maxMs / 1000)} seconds (${approximateDuration(maxMs)})`;
    }
    return { value: ms };
  });
}

function approximateDuration(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  return days >= 1 ? `about ${days} days` : `about ${Math.floor(ms / 60_000)} minutes`;
}

/** The YAML 1.2 core schema booleans that core.getBooleanInput accepts, or a CLI flag's boolean. */
export function booleanSetting(hint = 'expected true or false') {
  return z.preprocess(
    (value) => (typeof value === 'boolean' ? String(value) : value),
    textSetting((text) => {
      if (['true', 'True', 'TRUE'].includes(text)) return { value: true };
      if (['false', 'False', 'FALSE'].includes(text)) return { value: false };
      return `is not a boolean; ${hint}`;
    }),
  );
}

/** One of `choices`, whatever its case. */
export function choice<const T extends string>(choices: readonly T[]) {
  const listed = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1) ?? ''}`;
  return textSetting((text) => {
    const lowered = text.toLowerCase();
    const found = choices.find((c) => c === lowered);
    return found === undefined ? `is not one of ${listed}` : { value: found };
  });
}

/** Newline- or comma-separated text, or a list; blanks dropped from text, each item kept once in order. */
export function listSetting<T extends z.ZodType<string, string>>(item: T) {
  return z
    .preprocess(
      (value) =>
        typeof value === 'string'
          ? value
              .split(/[\n,]/)
              .map((entry) => entry.trim())
              .filter((entry) => entry !== '')
          : value,
      z.array(item),
    )
    .transform((items) => [...new Set(items)]);
}

/** One line per entry, trimmed, blank lines dropped. */
export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

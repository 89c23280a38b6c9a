/**
 * Secret redaction, applied wherever text leaves exbench (report, console, job summary, comment).
 * Generated code can read secrets in ways no sandbox tier fully prevents in every setup (and a model
 * may even echo one), so every occurrence of a known secret value is replaced before anything is
 * stored, printed or published.
 */

/** Names of environment variables whose values are treated as secrets. */
const SECRET_NAME = /TOKEN|SECRET|KEY|PASSWORD|PASSWD|CREDENTIAL|AUTH/i;
/** Shorter values would redact ordinary words and numbers all over the report. */
export const MIN_SECRET_LENGTH = 6;
export const REDACTED = '***';

export type Redact = (text: string) => string;

/** The redactor when there is no secret to hide: redactDeep then returns its input untouched. */
export const NO_REDACTION: Redact = (text) => text;

/** The values of the variables whose names look secret, at least MIN_SECRET_LENGTH characters long. */
export function secretsFromEnv(env: Readonly<Record<string, string | undefined>>): string[] {
  return Object.entries(env)
    .filter(([name, value]) => SECRET_NAME.test(name) && value !== undefined)
    .map(([, value]) => value ?? '');
}

/**
 * A function replacing every occurrence of each secret by `***`, as written or as escaped inside a
 * JSON string. Longer secrets go first, so one that contains another is replaced whole. Values
 * shorter than MIN_SECRET_LENGTH are ignored.
 */
export function createRedactor(secrets: Iterable<string>): Redact {
  const given = [...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH);
  // A secret quoted as JSON (a reason such as `output "…" is not a number`) reads escaped: a `"`,
  // `\` or control character in it no longer matches, so that spelling is hidden too.
  const quoted = given.map((s) => JSON.stringify(s).slice(1, -1));
  const values = [...new Set([...given, ...quoted])].sort((a, b) => b.length - a.length);
  if (values.length === 0) return NO_REDACTION;
  const pattern = new RegExp(values.map(escapeRegExp).join('|'), 'g');
  return (text) => text.replace(pattern, REDACTED);
}

/**
 * `value` with `redact` applied to every string in it, keys included; arrays and plain objects are
 * walked, anything else (a Date, a number) is kept as is. Only what held a secret is copied: an
 * array or object none of whose strings changed is handed back as it is, so redacting a whole run
 * (30,000 results) costs a walk, not a second copy of the run, when the run holds no secret —
 * the common case, even with secrets in the environment. Never mutates `value`.
 */
export function redactDeep<T>(value: T, redact: Redact): T {
  if (redact === NO_REDACTION) return value;
  return walk(value, redact) as T;
}

function walk(value: unknown, redact: Redact): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const redacted = walk(item, redact);
      if (!Object.is(redacted, item)) {
        copy ??= value.slice();
        copy[i] = redacted;
      }
    }
    return copy ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // Entries of the copy, made once a key or value is found to change (those before it did not).
    let entries: [string, unknown][] | null = null;
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const item = record[key];
      const redactedKey = redact(key);
      const redacted = walk(item, redact);
      if (entries === null && (redactedKey !== key || !Object.is(redacted, item))) {
        entries = keys.slice(0, i).map((k) => [k, record[k]]);
      }
      entries?.push([redactedKey, redacted]);
    }
    // fromEntries defines each key as the object's own (a `__proto__` key stays a key).
    return entries === null ? value : Object.fromEntries(entries);
  }
  return value;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

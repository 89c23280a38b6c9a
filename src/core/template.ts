/** `{{name}}` placeholders; names may hold anything but braces and white space (`target-number`). */
const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/** The distinct placeholder names in a template, in order of first use. */
export function findPlaceholders(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? ''))];
}

/**
 * Fills every placeholder in one pass, so a value that itself contains `{{…}}` is left as written.
 * Callers validate first (see parseBenchmarkFile); an unknown name here is a programming error.
 */
export function renderPrompt(template: string, variables: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_whole, name: string) => {
    const value = variables[name];
    if (value === undefined) throw new Error(`renderPrompt: no value for {{${name}}}`);
    return value;
  });
}

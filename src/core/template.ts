import { PLACEHOLDER } from '../config/placeholders.js';

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

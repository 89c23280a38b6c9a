/** A figure with `digits` decimals, or `–` where there is none (never NaN). */
export function fixed(value: number | null, digits: number): string {
  return value === null ? '–' : value.toFixed(digits);
}

/** A fraction as a percentage with one decimal (`62.5%`), or `–` where there is none. */
export function percent(fraction: number | null): string {
  return fraction === null ? '–' : `${(fraction * 100).toFixed(1)}%`;
}

import leven from 'leven';

/** A key of a mapping that exbench does not know, and the line it is written on. */
export interface UnknownKey {
  key: string;
  line: number | null;
}

/**
 * The unknown key most likely meant as `field`: within two edits of it (one for a name under eight
 * characters, where two edits make another word), letter case aside; the nearest, then the first.
 */
function likelyMisspelling(field: string, unknownKeys: readonly UnknownKey[]): UnknownKey | null {
  const allowed = field.length < 8 ? 1 : 2;
  let best: { key: UnknownKey; distance: number } | null = null;
  for (const key of unknownKeys) {
    const distance = leven(key.key.toLowerCase(), field);
    if (distance <= allowed && (best === null || distance < best.distance)) best = { key, distance };
  }
  return best?.key ?? null;
}

/**
 * What to add to "`field`: missing": `; found the unknown field "expecation" on line 13 — a
 * misspelling?` when one of the mapping's unknown keys is likely it misspelt; '' otherwise.
 */
export function misspellingHint(field: string, unknownKeys: readonly UnknownKey[]): string {
  const near = likelyMisspelling(field, unknownKeys);
  if (near === null) return '';
  return `; found the unknown field ${JSON.stringify(near.key)}${near.line === null ? '' : ` on line ${near.line}`} — a misspelling?`;
}

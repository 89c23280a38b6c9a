/**
 * `<benchmark name>_<YYYYMMDD_HHMMSS>` in UTC, as the predecessor named reports, limited to letters,
 * digits, `_`, `-` and `.` so that every file system and artifact store accepts it.
 */
export function reportFileStem(benchmarkName: string, at: Date): string {
  const safe = safeFileName(benchmarkName, 'benchmark');
  const pad = (n: number): string => String(n).padStart(2, '0');
  const stamp =
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}_` +
    `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}`;
  return `${safe}_${stamp}`;
}

/** `text` as a file name of letters, digits, `_`, `-` and `.` (at most 100), or `fallback` when none is left. */
export function safeFileName(text: string, fallback: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_.-]+/g, '_')
      .replace(/_+/g, '_')
      .replace(/^[_.-]+|[_.-]+$/g, '')
      .slice(0, 100) || fallback
  );
}

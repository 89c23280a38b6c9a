/**
 * Yields the text of `JSON.stringify(value, null, indent)` in pieces: containers near the top are
 * walked, so a report with many results never becomes one giant string. Values must be plain data.
 */
export function* streamJson(value: unknown, indent = 2, walkDepth = 4): Generator<string> {
  yield* walk(value, '', ' '.repeat(indent), walkDepth);
}

function* walk(value: unknown, pad: string, step: string, depthLeft: number): Generator<string> {
  const isArray = Array.isArray(value);
  if (depthLeft <= 0 || value === null || typeof value !== 'object') {
    const text = JSON.stringify(value, null, step) ?? 'null';
    yield pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
    return;
  }
  const entries: [string | null, unknown][] = isArray
    ? (value as unknown[]).map((item) => [null, item === undefined ? null : item])
    : Object.entries(value as Record<string, unknown>).filter(
        ([, v]) => v !== undefined && typeof v !== 'function',
      );
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) {
    yield `${open}${close}`;
    return;
  }
  const inner = pad + step;
  yield `${open}\n`;
  for (let i = 0; i < entries.length; i += 1) {
    const [key, item] = entries[i] as [string | null, unknown];
    yield key === null ? inner : `${inner}${JSON.stringify(key)}: `;
    yield* walk(item, inner, step, depthLeft - 1);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}${close}`;
}

/**
 * Arrays of a value whose items are made only while the JSON is written, one at a time, so they are
 * never all in memory: each key (an array in the value, by identity, normally empty) is written
 * with the items its function yields instead of its own.
 */
export type LazyArrays = ReadonlyMap<readonly unknown[], () => Iterable<unknown>>;

/**
 * Yields the text of `JSON.stringify(value, null, indent)` in pieces: containers near the top are
 * walked, so a report with many results never becomes one giant string. Values must be plain data.
 */
export function* streamJson(
  value: unknown,
  indent = 2,
  walkDepth = 4,
  lazy: LazyArrays = new Map(),
): Generator<string> {
  yield* walk(value, '', ' '.repeat(indent), walkDepth, lazy);
}

function* walk(
  value: unknown,
  pad: string,
  step: string,
  depthLeft: number,
  lazy: LazyArrays,
): Generator<string> {
  const items = Array.isArray(value) ? lazy.get(value) : undefined;
  if (items !== undefined) {
    yield* walkLazy(items(), pad, step, depthLeft, lazy);
    return;
  }
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
    yield* walk(item, inner, step, depthLeft - 1, lazy);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}${close}`;
}

function* walkLazy(
  items: Iterable<unknown>,
  pad: string,
  step: string,
  depthLeft: number,
  lazy: LazyArrays,
): Generator<string> {
  const inner = pad + step;
  let first = true;
  for (const item of items) {
    yield first ? `[\n${inner}` : `,\n${inner}`;
    first = false;
    yield* walk(item === undefined ? null : item, inner, step, depthLeft - 1, lazy);
  }
  yield first ? '[]' : `\n${pad}]`;
}

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
  const lazyItems = Array.isArray(value) ? lazy.get(value) : undefined;
  if (lazyItems === undefined && (depthLeft <= 0 || value === null || typeof value !== 'object')) {
    const text = JSON.stringify(value, null, step) ?? 'null';
    yield pad === '' ? text : text.replaceAll('\n', `\n${pad}`);
    return;
  }
  if (Array.isArray(value)) {
    yield* walkItems(lazyItems ? lazyItems() : value, pad, step, depthLeft, lazy);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => v !== undefined && typeof v !== 'function',
  );
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  const inner = pad + step;
  yield '{\n';
  for (let i = 0; i < entries.length; i += 1) {
    const [key, item] = entries[i] as [string, unknown];
    yield `${inner}${JSON.stringify(key)}: `;
    yield* walk(item, inner, step, depthLeft - 1, lazy);
    yield i < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${pad}}`;
}

/** An array's items, held or made one at a time (a lazy array), written as JSON.stringify does. */
function* walkItems(
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

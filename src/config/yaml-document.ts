import { isScalar, parseDocument, visit, type Document, type LineCounter } from 'yaml';
import { ConfigurationError } from '../errors.js';

/**
 * How every benchmark file is parsed: YAML 1.2 with duplicate keys refused, and `<<` merge keys
 * merged as PyYAML (which the predecessor read its files with) merges them; parse with
 * parseBenchmarkYaml, which also puts several `<<` keys of one mapping in PyYAML's order.
 */
export const YAML_OPTIONS = { prettyErrors: false, uniqueKeys: true, merge: true } as const;

/** A benchmark file's text as a YAML document, its `<<` merge keys taking effect as in PyYAML. */
export function parseBenchmarkYaml(text: string, lineCounter?: LineCounter): Document {
  const doc = parseDocument(text, lineCounter ? { ...YAML_OPTIONS, lineCounter } : YAML_OPTIONS);
  if (doc.errors.length === 0 && text.includes('<<')) mergeKeysInPyYamlOrder(doc);
  return doc;
}

/**
 * The document's plain value. What the yaml package finds only while building it (a `<<` merge of
 * something not a mapping, more aliases than `maxAliasCount`) is the file's error, naming the file.
 */
export function benchmarkYamlValue(doc: Document, fileName: string, maxAliasCount?: number): unknown {
  try {
    return doc.toJS(maxAliasCount === undefined ? {} : { maxAliasCount });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    const mergeWords = message.startsWith('Merge sources')
      ? ' (a "<<" merge key takes a mapping, an alias of one, or a list of them)'
      : '';
    throw new ConfigurationError(`${fileName}: not valid YAML: ${message}${mergeWords}`);
  }
}

/**
 * A mapping may hold several `<<` keys (the yaml package lets them repeat, as PyYAML does). PyYAML
 * merges them in order, each later one overriding the earlier ones (flatten_mapping in its
 * constructor.py); the yaml package lets the first win. Reversing the order of their values gives
 * PyYAML's result: keys written in the mapping itself win either way, and within one `<<: [a, b]`
 * list both let the earlier mapping win.
 */
function mergeKeysInPyYamlOrder(doc: Document): void {
  visit(doc, {
    Map(_, map) {
      const merges = map.items.filter((pair) => isMergeKey(pair.key));
      if (merges.length < 2) return;
      const values = merges.map((pair) => pair.value).reverse();
      merges.forEach((pair, i) => {
        pair.value = values[i] ?? null;
      });
    },
  });
}

/** A plain `<<` key, which the yaml package's merge option reads as a merge (`"<<"` is a string). */
export function isMergeKey(key: unknown): boolean {
  return isScalar(key) && typeof key.value === 'symbol' && key.value.description === '<<';
}

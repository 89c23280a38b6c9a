/** Numbers as Python reads and prints them: the vocabulary of numeric expectations. */

/** A number as Python prints it: an integer is kept as its digits, so its size is unlimited. */
export type PythonNumber = { integer: bigint } | { float: number };

const INTEGER = /^[+-]?\d(_?\d)*$/;
const DECIMAL = /^[+-]?(\d(_?\d)*(\.(\d(_?\d)*)?)?|\.\d(_?\d)*)([eE][+-]?\d(_?\d)*)?$/;

/**
 * Parses a number the way Python's `int()` and `float()` read printed output: surrounding white
 * space, `_` between digits, `inf`/`nan`. Anything else (empty, two numbers, prose) is null.
 */
export function parsePythonNumber(text: string): PythonNumber | null {
  const trimmed = text.trim();
  if (INTEGER.test(trimmed)) return { integer: BigInt(trimmed.replaceAll('_', '')) };
  if (/^[+-]?(inf|infinity)$/i.test(trimmed))
    return { float: trimmed.startsWith('-') ? -Infinity : Infinity };
  if (/^[+-]?nan$/i.test(trimmed)) return { float: Number.NaN };
  if (!DECIMAL.test(trimmed)) return null;
  return { float: Number(trimmed.replaceAll('_', '')) };
}

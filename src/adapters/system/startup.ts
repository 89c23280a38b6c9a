import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

/** `module.enableCompileCache` (Node 22.1 and later); absent from Node 20's types and runtime. */
type EnableCompileCache = (directory?: string) => { status: number; directory?: string };

/**
 * Asks Node (22.1 and later) to keep V8's compiled code of the modules loaded from now on in its
 * on-disk compile cache (`os.tmpdir()/node-compile-cache`, or `NODE_COMPILE_CACHE`; off with
 * `NODE_DISABLE_COMPILE_CACHE=1`), as TypeScript's `tsc` does: the second and later runs skip
 * compiling the CLI's bundle. Returns the cache directory, or null where there is none (Node 20, or
 * a cache that could not be opened, which Node reports by status and never by throwing).
 */
export function enableCompileCache(): string | null {
  const enable = compileCacheOfNode();
  if (enable === undefined) return null;
  return enable().directory ?? null;
}

/** Whether this Node has a compile cache (22.1 and later), whatever the environment says of it. */
export function nodeHasCompileCache(): boolean {
  return compileCacheOfNode() !== undefined;
}

function compileCacheOfNode(): EnableCompileCache | undefined {
  return (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
}

/**
 * The V8 flags exbench sets for itself at start (see limitHeapGrowth), in `node`'s own spelling:
 * - `--heap-growing-percent=20`: after each full collection the old generation may grow by a fifth
 *   of what survived (or V8's minimum step of a few MB) before the next one, where V8 would
 *   otherwise let it grow up to fourfold on a machine with much memory. A long run leaves a steady trickle of old-generation garbage (each
 *   request's objects that outlived two young collections), which V8 would let pile up.
 * - `--semi-space-growth-factor=1`: the young generation keeps its starting size (1 MB semi-spaces)
 *   instead of doubling up to 16 MB (Node 20) or 32–64 MB (Node 24) as a long run's survivors add
 *   up. A row's objects die within milliseconds, so small semi-spaces cost young collections, not
 *   promotions.
 * Both are read by V8 at each collection, so setting them after start takes effect; the flags that
 * size the heap when it is made (`--max-semi-space-size`, `--max-old-space-size`) would not.
 */
export const HEAP_GROWTH_FLAGS: readonly string[] = [
  '--heap-growing-percent=20',
  '--semi-space-growth-factor=1',
];

/** A heap-sizing flag a user passed to `node` (either spelling, `-` or `_`): theirs is kept. */
const USER_HEAP_FLAG =
  /--(?:max|min)[-_](?:old|semi)[-_]space[-_]size|--max[-_]heap[-_]size|--initial[-_]heap[-_]size|--heap[-_]growing[-_]percent|--semi[-_]space[-_]growth[-_]factor/;

/** Where limitHeapGrowth looks for a user's own heap flags, and how it sets V8's. */
export interface HeapFlagsContext {
  /** `process.execArgv`: the flags on `node`'s command line. */
  execArgv: readonly string[];
  /** `process.env.NODE_OPTIONS`. */
  nodeOptions: string | undefined;
  /** `v8.setFlagsFromString`. */
  setFlags: (flag: string) => void;
}

/**
 * Keeps a long run's memory near what it holds: sets HEAP_GROWTH_FLAGS (measured by
 * bench/memory.ts: 10,000 rows × 3 models peak at about 110 MB of RSS instead of 160 MB on
 * Node 20, and about 130 MB instead of 300 MB on Node 24, for no CPU time this bench can tell
 * from its noise). Does nothing
 * when the user sized the heap themselves, on `node`'s command line or in `NODE_OPTIONS`
 * (`--heap-growing-percent=0` asks for V8's own sizing). Returns the flags it set, none when it
 * left V8 alone. Call it first thing, before the heap has grown.
 */
export function limitHeapGrowth(context: HeapFlagsContext = processFlags()): readonly string[] {
  return setUnlessUserChose(HEAP_GROWTH_FLAGS, USER_HEAP_FLAG, context);
}

/** This process's flags, and V8's setter. */
function processFlags(): HeapFlagsContext {
  return {
    execArgv: process.execArgv,
    nodeOptions: process.env['NODE_OPTIONS'],
    setFlags: setFlagsFromString,
  };
}

/**
 * Sets `flags` unless a flag matching `userFlag` is on `node`'s command line or in `NODE_OPTIONS`:
 * the user chose there. Returns the flags it set.
 */
function setUnlessUserChose(
  flags: readonly string[],
  userFlag: RegExp,
  context: HeapFlagsContext,
): readonly string[] {
  const given = [...context.execArgv, context.nodeOptions ?? ''];
  if (given.some((text) => userFlag.test(text))) return [];
  for (const flag of flags) context.setFlags(flag);
  return flags;
}

/**
 * `--no-maglev`: V8 (Node 22 and later; Node 20's V8 has it off already) compiles hot functions
 * with Maglev, a second optimizing compiler, before TurboFan. Its compiled code, its compiler's
 * memory and the parts of the node binary it runs cost a long run about 15 MB of peak RSS
 * (bench/memory.ts on Node 24: 10,000 rows × 3 models peaked at 112–114 MB without it against
 * 128–130 MB with it, in one alternated run), for CPU time within that bench's noise. exbench
 * mostly waits on a model, and on a small runner the memory is the model's; so it goes without.
 * V8 reads the flag each time it picks a function to optimize, so setting it at start takes effect.
 */
export const JIT_FLAGS: readonly string[] = ['--no-maglev'];

/** A Maglev flag a user passed to `node` (`--maglev`, `--no-maglev`, `--maglev-…`): theirs is kept. */
const USER_MAGLEV_FLAG = /--(?:no[-_])?maglev\b/;

/**
 * Sets JIT_FLAGS, unless the user chose about Maglev themselves on `node`'s command line or in
 * `NODE_OPTIONS`. Returns the flags it set. Call it first thing, with limitHeapGrowth.
 */
export function leaveOutMaglev(context: HeapFlagsContext = processFlags()): readonly string[] {
  return setUnlessUserChose(JIT_FLAGS, USER_MAGLEV_FLAG, context);
}

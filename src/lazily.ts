/**
 * A value built on its first use and kept after. For zod schemas: building them at module load was
 * most of the CLI's start-up time, though `--version` parses none and a run only a few of them.
 */
export function lazily<T>(build: () => T): () => T {
  let built: { value: T } | null = null;
  return () => (built ??= { value: build() }).value;
}

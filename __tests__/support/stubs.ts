import type { GitHub, OllamaRuntime } from '../../src/ports.js';

/**
 * An object of the given interface whose methods are those passed; calling any other throws an
 * error naming it, so a test states exactly which calls it expects (as codeql-action's stubs do).
 */
function stub<T extends object>(name: string, methods: Partial<T>, fields: Partial<T> = {}): T {
  return new Proxy({ ...fields, ...methods } as T, {
    get(target, property, receiver) {
      if (property in target) return Reflect.get(target, property, receiver) as unknown;
      // `then` is probed by await and jest's matchers; it must read as absent, not throw.
      if (property === 'then' || typeof property === 'symbol') return undefined;
      return () => {
        throw new Error(`${name}.${property} was not expected to be called`);
      };
    },
  });
}

/** GitHub with only `methods`; its limits are GitHub's unless given. */
export function stubGitHub(methods: Partial<GitHub> = {}): GitHub {
  return stub<GitHub>('stubGitHub', methods, {
    limits: { summaryBytes: 1024 * 1024, commentChars: 65_536 },
  });
}

export function stubOllamaRuntime(methods: Partial<OllamaRuntime> = {}): OllamaRuntime {
  return stub<OllamaRuntime>('stubOllamaRuntime', methods);
}

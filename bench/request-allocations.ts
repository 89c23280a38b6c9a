/**
 * What one generation request allocates on exbench's side, through each engine's adapter.
 *
 * The garbage of its requests, not its live data, sets how far V8 grows the heap of a long run.
 * Each adapter (OllamaModelServer, LlamaCppModelServer, OpenAiCompatibleModelServer) calls the test
 * server's face for it, in a child process as a real server would be, for an answer of `--words`
 * words (streamed a token, so a chunk, each; a real answer has hundreds); after
 * a warm-up, V8's sampling heap profiler (objects later collected included) counts the bytes
 * allocated over the timed requests. The figure is bytes allocated per request (sampled, so
 * within a few per cent), with the functions that allocated most. With many words the figure varies
 * from run to run on a loaded machine: when the client falls behind, several chunks arrive in one
 * read, and the cost is per read.
 *
 *   npx tsx bench/request-allocations.ts [--requests 2000] [--words 1] [--top 8]
 */
import { Session } from 'node:inspector/promises';
import type { HeapProfiler } from 'node:inspector';
import { systemClock } from '../src/adapters/clock/system-clock.js';
import { LlamaCppModelServer } from '../src/adapters/llamacpp/server.js';
import { OllamaModelServer } from '../src/adapters/ollama/client.js';
import { OpenAiCompatibleModelServer } from '../src/adapters/openai-compatible/server.js';
import type { ModelServer } from '../src/ports.js';
import { startFakeOllamaProcess } from './fake-ollama-child.js';
import { parseBenchArgs, printTable, publishFigures, runScript } from './figures.js';

const MODEL = 'exbench/echo:latest';
const WARM_UP = 300;
const FACES = ['ollama', 'llamacpp', 'openai'] as const;
type Face = (typeof FACES)[number];

function adapter(face: Face, url: string): ModelServer {
  switch (face) {
    case 'ollama':
      return new OllamaModelServer({ url, clock: systemClock });
    case 'llamacpp':
      return new LlamaCppModelServer({ url, clock: systemClock });
    case 'openai':
      return new OpenAiCompatibleModelServer({ url, clock: systemClock });
  }
}

interface Allocations {
  bytes: number;
  /** Bytes by allocating function (`name file:line`). */
  byFunction: Map<string, number>;
}

function allocationsOf(profile: { head: HeapProfiler.SamplingHeapProfileNode }): Allocations {
  const byFunction = new Map<string, number>();
  let bytes = 0;
  const walk = (node: HeapProfiler.SamplingHeapProfileNode): void => {
    if (node.selfSize > 0) {
      const { functionName, url, lineNumber } = node.callFrame;
      // tsx runs each module as one line: a line number there says nothing.
      const file = url.split('/').at(-1) ?? '';
      const key = `${functionName || '(anonymous)'} ${file}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}`;
      byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
      bytes += node.selfSize;
    }
    for (const child of node.children) walk(child);
  };
  walk(profile.head);
  return { bytes, byFunction };
}

async function measure(server: ModelServer, requests: number, session: Session): Promise<Allocations> {
  const generate = (n: number) => server.generate({ model: MODEL, prompt: `row ${n}`, options: {} });
  for (let n = 0; n < WARM_UP; n += 1) await generate(n);
  await session.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as HeapProfiler.StartSamplingParameterType);
  for (let n = 0; n < requests; n += 1) await generate(n);
  const { profile } = await session.post('HeapProfiler.stopSampling');
  return allocationsOf(profile);
}

async function main(): Promise<void> {
  const { values, figuresFile } = parseBenchArgs('request-allocations.ts', {
    requests: 2000,
    words: 1,
    top: 8,
  });
  const { requests, words, top } = values;
  const reply = Array.from({ length: words }, () => 'ready').join(' ');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  const perRequest: Partial<Record<Face, number>> = {};
  try {
    for (const face of FACES) {
      const fake = await startFakeOllamaProcess(['--face', face, '--model', MODEL, '--reply', reply]);
      try {
        const { bytes, byFunction } = await measure(adapter(face, fake.url), requests, session);
        perRequest[face] = bytes / requests;
        console.log(`\n${face}: ${(bytes / requests / 1e3).toFixed(1)} kB allocated per request`);
        printTable(
          ['allocated by', 'kB/request'],
          [...byFunction.entries()]
            .sort((a, b) => b[1] - a[1])
            .slice(0, top)
            .map(([name, size]) => [name, (size / requests / 1e3).toFixed(1)]),
        );
      } finally {
        await fake.stop();
      }
    }
  } finally {
    session.disconnect();
  }
  publishFigures(
    FACES.map((face) => ({
      figure: `allocated per generation request, ${face} adapter, ${words}-word answer`,
      measured: `${((perRequest[face] ?? Number.NaN) / 1e3).toFixed(1)} kB`,
      target: '—',
    })),
    figuresFile,
  );
}

runScript(main);

/**
 * The fake Ollama server in a process of its own, as the real server is: its request handling then
 * runs on another core and is not counted in the client's event loop or memory.
 *
 *   node --import tsx bench/fake-ollama-process.ts --model exbench/echo:latest --reply ready
 *   node --import tsx bench/fake-ollama-process.ts --model a:latest --model b:latest --sum
 *
 * Serves each `--model` (repeatable), answering at once (no delays, absurdly fast reported speeds)
 * either `--reply` or, with `--sum`, the value of the `<statement>a + b</statement>` in the prompt.
 * Prints `{"url": …}` on one line when listening, and stops when its stdin closes. With
 * `--face llamacpp` or `--face openai` it serves the same models as llama-server or as an
 * OpenAI-compatible server instead (__tests__/support/fake-engines.ts); the URL is then the one
 * `--server <face>=URL` takes. `--latency-ms <n>` makes every answer wait n ms before its first chunk
 * (requests in flight together wait side by side, as on a server with that many parallel slots).
 */
import { parseArgs } from 'node:util';
import { startFakeOllama, type ScriptedModel, type ScriptedReply } from '../__tests__/support/fake-ollama.js';
import { startFakeEngine } from '../__tests__/support/fake-engines.js';
import { statementOf } from '../__tests__/support/scripted-models.js';
import { runScript } from './figures.js';

const INSTANT: Partial<ScriptedReply> = { tokensPerSecond: 1e9, promptTokensPerSecond: 1e9, loadMs: 0 };

/** `12 + 84` → `96`; anything else → a reply no row expects. */
function sumOf(prompt: string): string {
  const match = /^(\d+) \+ (\d+)$/.exec(statementOf(prompt) ?? '');
  return match ? String(Number(match[1]) + Number(match[2])) : 'no statement';
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      model: { type: 'string', multiple: true },
      reply: { type: 'string' },
      sum: { type: 'boolean', default: false },
      face: { type: 'string', default: 'ollama' },
      'latency-ms': { type: 'string', default: '0' },
    },
  });
  const names = values.model ?? [];
  if (names.length === 0 || (values.reply === undefined) === !values.sum) {
    throw new Error('usage: fake-ollama-process.ts --model <name>... (--reply <text> | --sum)');
  }
  const fixed = values.reply;
  const latencyMs = Number(values['latency-ms']);
  if (!Number.isFinite(latencyMs) || latencyMs < 0)
    throw new Error(`--latency-ms ${values['latency-ms']}: expected a number of milliseconds from 0`);
  const models: ScriptedModel[] = names.map((name) => ({
    name,
    reply: (prompt) => ({ ...INSTANT, firstChunkDelayMs: latencyMs, response: fixed ?? sumOf(prompt) }),
  }));
  const face = values.face;
  if (face !== 'ollama' && face !== 'llamacpp' && face !== 'openai')
    throw new Error(`--face ${face}: expected ollama, llamacpp or openai`);
  const fake =
    face === 'ollama' ? await startFakeOllama({ models }) : await startFakeEngine({ face, models });
  process.stdout.write(`${JSON.stringify({ url: fake.url })}\n`);
  process.stdin.resume();
  process.stdin.once('end', () => {
    void fake.close();
  });
}

runScript(main);

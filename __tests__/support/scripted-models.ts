/**
 * Deterministic models for the fake Ollama server, for tests and bench/ scripts.
 *
 * The math models read the `<statement>…</statement>` of a `data/simple_math.yaml` prompt (a Python
 * expression such as `(5 + 5) / 2 * 3`) and answer with code that prints it, in the different ways
 * real models get it right or wrong.
 */
import { seededRandom } from '../../src/core/regression/bootstrap.js';
import type { ScriptedModel, ScriptedReply } from './fake-ollama.js';

/** The expression between `<statement>` and `</statement>`, trimmed; null when the prompt has none. */
export function statementOf(prompt: string): string | null {
  const match = /<statement>([\s\S]*?)<\/statement>/.exec(prompt);
  return match?.[1] === undefined ? null : match[1].trim();
}

/** What a math model says when the prompt carries no statement: prose, no code. */
export const NO_STATEMENT_REPLY = 'I could not find an expression to evaluate in your message.';

/** A runner crash as Ollama reports it (HTTP 500 from the scheduler, ollama/ollama#11447). */
export const BROKEN_ERROR = 'llama runner process has terminated: exit status 2';

/** A lost runner connection as Ollama reports it (HTTP 500, ollama/ollama#10459). */
export const FLAKY_ERROR = 'POST predict: Post "http://127.0.0.1:39571/completion": EOF';

const fence = (language: string, code: string): string => '```' + language + '\n' + code + '\n```';

/** A model that answers `answer(expression)` for a math prompt, or prose when there is none. */
function mathModel(
  name: string,
  answer: (expression: string, callIndex: number) => ScriptedReply,
  extra: Omit<ScriptedModel, 'name' | 'reply'> = {},
): ScriptedModel {
  return {
    name,
    ...extra,
    reply: (prompt, { callIndex }) => {
      const expression = statementOf(prompt);
      return expression === null ? { response: NO_STATEMENT_REPLY } : answer(expression, callIndex);
    },
  };
}

export interface MathModelsOptions {
  /** How many first calls `exbench/flaky` fails before it answers. Default 1. */
  flakyFailures?: number;
}

/**
 * The benchmark's cast of models, all `:latest`:
 * - `exbench/right`: a fenced ```python block that prints the expression (correct).
 * - `exbench/wrong`: prints the expression plus one (runs, wrong value).
 * - `exbench/chatty`: prose, a ```py block with the right code, more prose.
 * - `exbench/thinker`: `<think>…</think>` inline at the start of the response, then the right block
 *   (no `thinking` capability, so `think: true` is a 400).
 * - `exbench/reasoner`: the same reasoning, but with the `thinking` capability: it arrives in the
 *   separate `thinking` field and the response is just the right block.
 * - `exbench/crasher`: code that raises ZeroDivisionError.
 * - `exbench/looper`: `while True: pass`.
 * - `exbench/env-reader`: code that prints `os.environ` as JSON.
 * - `exbench/slow`: right, but 5 tokens/s reported and 20 ms between chunks for real.
 * - `exbench/broken`: always HTTP 500 with a runner crash.
 * - `exbench/flaky`: HTTP 500 on its first call(s), then right.
 * - `exbench/dropper`: right, but the connection drops after 3 chunks.
 * - `exbench/instant`: `print(<expr>)` without a fence, 1000 tokens/s reported.
 */
export function mathModels(options: MathModelsOptions = {}): ScriptedModel[] {
  const flakyFailures = options.flakyFailures ?? 1;
  const right = (expression: string): string => fence('python', `print(${expression})`);
  const reasoning = (expression: string): string =>
    `The user wants the value of ${expression}. Python follows the usual operator precedence, ` +
    'so printing the expression directly gives the answer.';

  return [
    mathModel('exbench/right:latest', (e) => ({ response: right(e) }), {
      details: { family: 'llama', parameter_size: '3.2B', quantization_level: 'Q4_K_M' },
      contextLength: 131_072,
      sizeBytes: 2_019_393_189,
    }),
    mathModel('exbench/wrong:latest', (e) => ({ response: fence('python', `print((${e}) + 1)`) }), {
      details: { family: 'qwen2', parameter_size: '494.03M', quantization_level: 'Q4_K_M' },
      contextLength: 32_768,
      sizeBytes: 397_821_319,
    }),
    mathModel(
      'exbench/chatty:latest',
      (e) => ({
        response:
          'Sure! Here is a short Python program that evaluates the expression and prints the result:\n\n' +
          fence('py', `print(${e})`) +
          '\n\nRunning it prints the value. Let me know if you need anything else!',
      }),
      { details: { family: 'gemma3', parameter_size: '999.89M', quantization_level: 'Q4_K_M' } },
    ),
    mathModel('exbench/thinker:latest', (e) => ({ thinking: reasoning(e), response: right(e) }), {
      details: { family: 'qwen2', parameter_size: '1.8B', quantization_level: 'Q4_K_M' },
    }),
    mathModel('exbench/reasoner:latest', (e) => ({ thinking: reasoning(e), response: right(e) }), {
      details: { family: 'qwen3', parameter_size: '751.63M', quantization_level: 'Q4_K_M' },
      capabilities: ['completion', 'thinking'],
      contextLength: 40_960,
    }),
    mathModel('exbench/crasher:latest', (e) => ({
      response: fence('python', `result = ${e}\nprint(result / 0)`),
    })),
    mathModel('exbench/looper:latest', () => ({ response: fence('python', 'while True:\n    pass') })),
    mathModel('exbench/env-reader:latest', () => ({
      response: fence('python', 'import json\nimport os\n\nprint(json.dumps(dict(os.environ)))'),
    })),
    mathModel('exbench/slow:latest', (e) => ({ response: right(e), tokensPerSecond: 5, chunkDelayMs: 20 })),
    mathModel('exbench/broken:latest', () => ({ response: '', fail: { status: 500, error: BROKEN_ERROR } })),
    mathModel('exbench/flaky:latest', (e, callIndex) =>
      callIndex < flakyFailures
        ? { response: '', fail: { status: 500, error: FLAKY_ERROR } }
        : { response: right(e) },
    ),
    mathModel('exbench/dropper:latest', (e) => ({ response: right(e), dropAfterChunks: 3 })),
    mathModel('exbench/instant:latest', (e) => ({ response: `print(${e})`, tokensPerSecond: 1000 }), {
      details: { family: 'llama', parameter_size: '135M', quantization_level: 'Q8_0' },
      sizeBytes: 144_811_009,
    }),
  ];
}

/** A model that always answers `text`, whatever the prompt. */
export function echoModel(name: string, text: string, extra: Partial<ScriptedReply> = {}): ScriptedModel {
  return { name, reply: () => ({ ...extra, response: text }) };
}

/** The word a `Reply with the word: <word>` prompt asks for; null when there is none. */
export function askedWord(prompt: string): string | null {
  return /Reply with the word: (\S+)/.exec(prompt)?.[1] ?? null;
}

/** How often `exbench/temperamental` is right at a temperature: always at 0, less as it rises. */
export function temperamentalAccuracy(temperature: number): number {
  return Math.max(0, 1 - temperature / 2);
}

/**
 * `exbench/temperamental:latest`: for a `Reply with the word: <word>` prompt, the word at
 * temperature 0 (or none given); at a higher temperature the word with probability
 * temperamentalAccuracy(temperature), else `wrong`. The draw is seeded by the request's `seed` and
 * the prompt, as a real model's sampling is (the same seed and prompt give the same answer), or by
 * the call's index when no seed is sent.
 */
export function temperamentalModel(): ScriptedModel {
  return {
    name: 'exbench/temperamental:latest',
    reply: (prompt, { options, callIndex }) => {
      const word = askedWord(prompt);
      if (word === null) return { response: 'ready' };
      const temperature = typeof options?.temperature === 'number' ? options.temperature : 0;
      if (temperature === 0) return { response: word };
      const seed = typeof options?.seed === 'number' ? options.seed : callIndex;
      const draw = seededRandom(hash(`${seed}\n${prompt}`))();
      return { response: draw < temperamentalAccuracy(temperature) ? word : 'wrong' };
    },
  };
}

/** FNV-1a, 32 bits: spreads nearby seeds and prompts over the whole seed space. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

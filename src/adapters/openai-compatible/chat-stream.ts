import {
  ModelServerError,
  type Clock,
  type FigureSource,
  type GenerateRequest,
  type Generation,
} from '../../ports.js';
import { oneLine } from '../ollama/reply-guard.js';
import { errorBodyMessage } from './http-caller.js';
import { serverSentEvents } from './server-sent-events.js';

/**
 * Ollama's option names that mean the same under the same name in a chat completion request:
 * the OpenAI API's own, and (llama-server) the `/completion` sampling fields it also accepts there.
 */
const OPENAI_OPTIONS = ['temperature', 'top_p', 'seed', 'stop', 'presence_penalty', 'frequency_penalty'];
const LLAMACPP_OPTIONS = [
  ...OPENAI_OPTIONS,
  'top_k',
  'min_p',
  'typical_p',
  'repeat_penalty',
  'repeat_last_n',
  'mirostat',
  'mirostat_tau',
  'mirostat_eta',
];

/**
 * The body of a streamed chat completion for one prompt, sent as the user's message so the server
 * applies the model's chat template, as Ollama's /api/generate does. `num_predict` becomes
 * `max_tokens`; options a server takes only at start-up (`num_ctx`) are not sent.
 */
export function chatCompletionBody(request: GenerateRequest, dialect: 'openai' | 'llamacpp'): object {
  const options = request.options as Record<string, unknown>;
  const passed = dialect === 'llamacpp' ? LLAMACPP_OPTIONS : OPENAI_OPTIONS;
  const sampling = Object.fromEntries(
    passed.filter((key) => options[key] !== undefined).map((key) => [key, options[key]]),
  );
  const numPredict = options.num_predict;
  return {
    model: request.model,
    messages: [{ role: 'user', content: request.prompt }],
    stream: true,
    // Token counts come only in a last chunk, and only when asked for.
    stream_options: { include_usage: true },
    ...sampling,
    ...(typeof numPredict === 'number' && numPredict > 0 ? { max_tokens: numPredict } : {}),
  };
}

interface ChatChunk {
  choices?: { delta?: { content?: unknown; reasoning_content?: unknown }; finish_reason?: unknown }[];
  usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } | null;
  /** llama-server's own timing of the request. */
  timings?: { prompt_n?: unknown; prompt_ms?: unknown; predicted_n?: unknown; predicted_ms?: unknown };
  error?: unknown;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/**
 * Reads a streamed chat completion into a Generation. The text is the deltas' `content`; reasoning
 * a server splits off (`reasoning_content`: llama-server, vLLM, DeepSeek) is `thinking`. Token
 * counts are the last chunk's `usage`. Where the server times the request itself (llama-server's
 * `timings`), decode and prefill are server-timed; otherwise the client's timestamps of the first
 * and last streamed token time them. A stream must end with `data: [DONE]`; one that does not was
 * cut off, and is a server fault.
 */
export async function readChatStream(
  body: AsyncIterable<Uint8Array>,
  clock: Clock,
  started: number,
  chunk: () => void,
): Promise<Generation> {
  let response = '';
  let thinking = '';
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  let contentChunks = 0;
  let doneReason: string | null = null;
  let usage: ChatChunk['usage'] = null;
  let timings: ChatChunk['timings'] | null = null;
  let done = false;
  for await (const event of serverSentEvents(body, chunk)) {
    if (event.kind === 'error') throw new ModelServerError(errorBodyMessage(event.data), null, true);
    if (event.data.trim() === '[DONE]') {
      done = true;
      break;
    }
    let parsed: ChatChunk;
    try {
      parsed = JSON.parse(event.data) as ChatChunk;
    } catch {
      throw new ModelServerError(
        `the stream sent a chunk that is not JSON: ${JSON.stringify(oneLine(event.data, 80))}`,
        null,
        true,
      );
    }
    if (parsed.error !== undefined) {
      throw new ModelServerError(errorBodyMessage(JSON.stringify({ error: parsed.error })), null, true);
    }
    for (const choice of parsed.choices ?? []) {
      const text = typeof choice.delta?.content === 'string' ? choice.delta.content : '';
      const thought =
        typeof choice.delta?.reasoning_content === 'string' ? choice.delta.reasoning_content : '';
      if (text !== '' || thought !== '') {
        const now = clock.now();
        firstAt ??= now;
        lastAt = now;
        contentChunks += 1;
      }
      response += text;
      thinking += thought;
      if (typeof choice.finish_reason === 'string') doneReason = choice.finish_reason;
    }
    if (parsed.usage) usage = parsed.usage;
    if (parsed.timings) timings = parsed.timings;
  }
  const ended = clock.now();
  if (!done) throw new ModelServerError('the stream ended without data: [DONE]', null, true);

  const serverTimed: FigureSource =
    timings !== null && numberOr(timings.predicted_ms, 0) > 0 ? 'server' : 'client';
  const prefillTimed: FigureSource =
    timings !== null && numberOr(timings.prompt_ms, 0) > 0 ? 'server' : 'client';
  // Without usage (a server that ignores include_usage), each content chunk is counted as a token.
  const evalCount =
    serverTimed === 'server'
      ? numberOr(timings?.predicted_n, 0)
      : numberOr(usage?.completion_tokens, contentChunks);
  return {
    response,
    thinking,
    doneReason,
    evalCount,
    evalDurationNs: serverTimed === 'server' ? Math.round(numberOr(timings?.predicted_ms, 0) * 1e6) : 0,
    promptEvalCount:
      prefillTimed === 'server' ? numberOr(timings?.prompt_n, 0) : numberOr(usage?.prompt_tokens, 0),
    promptEvalDurationNs: prefillTimed === 'server' ? Math.round(numberOr(timings?.prompt_ms, 0) * 1e6) : 0,
    loadDurationNs: 0,
    totalDurationNs: 0,
    timeToFirstTokenMs: firstAt === null ? null : firstAt - started,
    wallMs: ended - started,
    decodeTimedBy: serverTimed,
    prefillTimedBy: prefillTimed,
    timeToLastTokenMs: lastAt === null ? null : lastAt - started,
  };
}

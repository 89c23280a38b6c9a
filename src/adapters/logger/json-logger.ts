import { decodeTokensPerSecond } from '../../core/aggregate.js';
import type { ModelRef } from '../../core/model-ref.js';
import type { Redact } from '../../core/redact.js';
import { targetName } from '../../core/run-targets.js';
import type { ModelRun, RowResult, RunObserver } from '../../core/types.js';
import type { LogFields, Logger } from '../../ports.js';

export type LogLevel = 'debug' | 'info' | 'warning' | 'error';

/** The event of a line logged without fields. */
export const PLAIN_EVENT = 'log';

export interface JsonLoggerOptions {
  /** Writes one line (no trailing newline) as it is: the logger has redacted and escaped it. */
  write: (line: string) => void;
  /** Wall-clock time of each event. */
  now: () => Date;
  /** Applied to every string of an event before it is encoded. */
  redact: Redact;
  /** Whether debug events are written. */
  verbose?: boolean;
}

/**
 * Code points JSON.stringify leaves raw although a terminal acts on them (C1 controls, DEL) or
 * they make text read differently (bidirectional overrides); written as `\uXXXX` escapes, which
 * decode to the same string. C0 controls are escaped by JSON.stringify already.
 */
const RAW_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Logger for log collectors (`--log-format json`): one JSON object per line, each with `time`
 * (ISO 8601), `level`, `event`, `message` and, when the event concerns them, `model`, `row` and
 * other fields. Server text in messages is untrusted: secrets are redacted from every string before
 * encoding, and the line holds no raw control character. Groups add a `group` field to the events
 * inside them instead of a heading line.
 */
export class JsonLogger implements Logger {
  private readonly groups: string[] = [];

  constructor(private readonly options: JsonLoggerOptions) {}

  debug(message: string, fields?: LogFields): void {
    if (this.options.verbose === true) this.event('debug', message, fields);
  }
  info(message: string, fields?: LogFields): void {
    this.event('info', message, fields);
  }
  warning(message: string, fields?: LogFields): void {
    this.event('warning', message, fields);
  }
  error(message: string, fields?: LogFields): void {
    this.event('error', message, fields);
  }

  async group<T>(name: string, body: () => Promise<T>): Promise<T> {
    this.groups.push(name);
    try {
      return await body();
    } finally {
      this.groups.pop();
    }
  }

  /** Writes one event. Fields never replace `time`, `level` or `message`. */
  event(level: LogLevel, message: string, fields: LogFields = { event: PLAIN_EVENT }): void {
    const { redact } = this.options;
    const entries: [string, unknown][] = [
      ['time', this.options.now().toISOString()],
      ['level', level],
      ['event', fields.event],
    ];
    const group = this.groups.at(-1);
    if (group !== undefined) entries.push(['group', group]);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined && !['time', 'level', 'event', 'message', 'group'].includes(key))
        entries.push([key, value]);
    }
    entries.push(['message', message]);
    const redacted = entries.map(([key, value]) => [
      redact(key),
      typeof value === 'string' ? redact(value) : value,
    ]);
    const line = JSON.stringify(Object.fromEntries(redacted)).replace(
      RAW_UNSAFE,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
    this.options.write(line);
  }

  /**
   * Text the CLI writes to stderr outside the logger (its final error, a regression), as one event:
   * `error: …` and `warning: …` keep their level, anything else is info.
   */
  text(text: string): void {
    const trimmed = text.replace(/\n+$/, '');
    if (trimmed === '') return;
    const prefixed = /^(error|warning): /.exec(trimmed);
    const level = (prefixed?.[1] as LogLevel | undefined) ?? 'info';
    this.event(level, prefixed === null ? trimmed : trimmed.slice(prefixed[0].length), {
      event: prefixed === null ? 'cli_message' : `cli_${level}`,
    });
  }

  /** The run's progress as events: model_started, row_finished, model_finished. */
  observer(): RunObserver {
    return {
      modelStarted: (ref: ModelRef, rowCount: number) =>
        this.info(`${targetName(ref)}: ${rowCount} result(s) to run`, {
          event: 'model_started',
          model: targetName(ref),
          rows: rowCount,
        }),
      rowFinished: (ref: ModelRef, row: RowResult) => this.rowFinished(ref, row),
      modelFinished: (model: ModelRun) => this.modelFinished(model),
    };
  }

  private rowFinished(ref: ModelRef, row: RowResult): void {
    const tokensPerSecond = row.generation === null ? null : decodeTokensPerSecond(row.generation);
    this.info(`${targetName(ref)}: row ${row.index} ${row.status}`, {
      event: 'row_finished',
      model: targetName(ref),
      row: row.index,
      repeat: row.repeat ?? 1,
      status: row.status,
      correct: row.correct,
      reason: row.reason,
      error_kind: row.errorKind,
      attempts: row.attempts,
      wall_ms: row.generation?.wallMs ?? null,
      decode_tokens_per_second: tokensPerSecond,
    });
  }

  private modelFinished(model: ModelRun): void {
    const passed = model.rows.filter((row) => row.correct).length;
    const name = targetName(model.ref);
    this.event(
      model.status === 'unavailable' ? 'error' : 'info',
      `${name}: ${model.status}, ${passed}/${model.rows.length} passed`,
      {
        event: 'model_finished',
        model: name,
        status: model.status,
        engine: model.engine ?? null,
        passed,
        results: model.rows.length,
        error: model.error,
      },
    );
  }
}

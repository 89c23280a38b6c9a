import { EventEmitter } from 'node:events';
import { ModelServerError } from '../../ports.js';

/** A deadline that passed; the message names the limit and its value. */
class DeadlineExceeded extends Error {
  override readonly name = 'DeadlineExceeded';
}

/**
 * The reason a call's signal aborts with once the call is over; nobody reads it, and one made
 * per call (the DOMException of a bare `abort()`) would capture a stack trace per request.
 */
const CALL_OVER = new Error('the call is over');

/** The limits of one HTTP call to a model server, each with the message said when it passes. */
export interface CallLimits {
  /** For the whole call; null for none. */
  total: { ms: number; message: string } | null;
  /** Between two chunks of a streamed body, counted from the response headers on; null for none. */
  idle: { ms: number; message: string } | null;
  /** The caller's own stop (a model past its time budget, an interrupted run): the call is aborted. */
  signal?: AbortSignal;
}

/** `2.5 s`, for the messages of limits. */
export function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}

/**
 * A call's abort as HttpRequester takes it: an EventEmitter with `aborted` and `reason`, as an
 * AbortSignal has them, emitting `abort`. Node 20 gives every AbortSignal hidden classes of its own
 * (three per signal), garbage of the old generation per request; this is a plain class.
 */
export class CallAbort extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  /** Aborts once, with `reason` or, as AbortController does without one, an AbortError. */
  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason =
      reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    this.emit('abort');
  }
}

/**
 * The running deadlines of one call: `aborted` (and `signal`, for fetch) aborts when the total limit
 * passes or no chunk came within the idle limit. Call `chunk()` as data arrives and `end()` when the
 * call is over.
 */
export class CallDeadlines {
  /** For HttpRequester. */
  readonly aborted = new CallAbort();
  /** Made only for a call through fetch, which needs an AbortSignal (see CallAbort). */
  private controller: AbortController | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly totalTimer: NodeJS.Timeout | undefined;

  private readonly stop = (): void => this.abort(this.limits.signal?.reason);

  constructor(private readonly limits: CallLimits) {
    const { total, signal } = limits;
    this.totalTimer = total === null ? undefined : setTimeout(() => this.expire(total.message), total.ms);
    if (signal?.aborted) this.stop();
    else signal?.addEventListener('abort', this.stop, { once: true });
  }

  /** The call's abort as an AbortSignal, for fetch. */
  get signal(): AbortSignal {
    if (this.controller === undefined) {
      this.controller = new AbortController();
      if (this.aborted.aborted) this.controller.abort(this.aborted.reason);
    }
    return this.controller.signal;
  }

  /** Aborts the call with `reason` (the caller's own abort). */
  abort(reason: unknown): void {
    this.aborted.abort(reason);
    this.controller?.abort(this.aborted.reason);
  }

  /** A chunk arrived: the idle deadline starts again. */
  readonly chunk = (): void => {
    const { idle } = this.limits;
    if (idle === null) return;
    // One timer per call, restarted: a new one per chunk was a third of a fast request's timers.
    if (this.idleTimer === undefined) this.idleTimer = setTimeout(() => this.expire(idle.message), idle.ms);
    else this.idleTimer.refresh();
  };

  /** The error to throw when a deadline stopped the call: a server fault naming the limit, so retried. */
  exceeded(): ModelServerError | null {
    const reason: unknown = this.aborted.reason;
    return reason instanceof DeadlineExceeded ? new ModelServerError(reason.message, null, true) : null;
  }

  /** Stops the timers and lets go of a body still streaming (an answer that never ends). */
  end(): void {
    clearTimeout(this.totalTimer);
    clearTimeout(this.idleTimer);
    this.limits.signal?.removeEventListener('abort', this.stop);
    this.abort(CALL_OVER);
  }

  private expire(message: string): void {
    this.abort(new DeadlineExceeded(message));
  }
}

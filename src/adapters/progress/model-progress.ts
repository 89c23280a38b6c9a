import type { RowResult } from '../../core/types.js';

/** Where one model's rows stand: what both progress displays show. */
export interface ProgressFacts {
  model: string;
  done: number;
  total: number;
  passed: number;
  /** Rows finished per second since the model's first row was sent; null before one finished. */
  rowsPerSecond: number | null;
  /** At the rate so far; null before a row finished. */
  secondsLeft: number | null;
}

/** Counts one model's finished rows against the clock. */
export class ModelProgress {
  private done = 0;
  private passed = 0;

  constructor(
    readonly model: string,
    readonly total: number,
    private readonly startedAtMs: number,
  ) {}

  row(row: RowResult): void {
    this.done += 1;
    if (row.correct) this.passed += 1;
  }

  facts(nowMs: number): ProgressFacts {
    const elapsedSeconds = (nowMs - this.startedAtMs) / 1000;
    const rowsPerSecond = this.done === 0 || elapsedSeconds <= 0 ? null : this.done / elapsedSeconds;
    return {
      model: this.model,
      done: this.done,
      total: this.total,
      passed: this.passed,
      rowsPerSecond,
      secondsLeft: rowsPerSecond === null ? null : (this.total - this.done) / rowsPerSecond,
    };
  }
}

/** `1 h 02 min`, `4 min 18 s`, `12 s`. */
export function shortDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  if (h > 0) return `${h} h ${String(m).padStart(2, '0')} min`;
  if (m > 0) return `${m} min ${String(s).padStart(2, '0')} s`;
  return `${s} s`;
}

export function rateText(facts: ProgressFacts): string {
  return facts.rowsPerSecond === null ? '– rows/s' : `${facts.rowsPerSecond.toFixed(1)} rows/s`;
}

export function timeLeftText(facts: ProgressFacts): string {
  if (facts.done === facts.total) return 'done';
  return facts.secondsLeft === null ? 'time left unknown' : `about ${shortDuration(facts.secondsLeft)} left`;
}

/** One plain line: `llama3.2:1b: 120/1000 rows (12%), 110 passed, 3.4 rows/s, about 4 min 18 s left`. */
export function progressLine(facts: ProgressFacts): string {
  const percent = facts.total === 0 ? 100 : Math.floor((100 * facts.done) / facts.total);
  return (
    `${facts.model}: ${facts.done}/${facts.total} rows (${percent}%), ${facts.passed} passed, ` +
    `${rateText(facts)}, ${timeLeftText(facts)}`
  );
}

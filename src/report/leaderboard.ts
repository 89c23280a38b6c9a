import { targetName } from '../core/run-targets.js';
import { ranRows as ranModelRows } from '../core/row-verdict.js';
import { modelFigures, type ModelFigures } from '../core/aggregate.js';
import type { BenchmarkRun, ModelRun } from '../core/types.js';

/** A model that ran rows, with its place on the board. */
export interface RankedModel {
  model: ModelRun;
  figures: ModelFigures;
  /** 1 for the best; models that tie share a rank and the next rank is skipped (1, 1, 3). */
  rank: number;
  /** Accuracy (0–1) over the seconds the server spent on the model's rows; null without either. */
  accuracyPerSecond: number | null;
}

export type AwardKind = 'accuracy' | 'decode' | 'ttft' | 'accuracyPerSecond';

/** The models best in one column; none when fewer than two models have the figure or all tie. */
export interface Award {
  kind: AwardKind;
  /** As shown (rounded), so two figures that read the same tie. */
  value: number;
  winners: ModelRun[];
}

export interface Leaderboard {
  /** Models that ran rows, best first: accuracy, then decode tok/s, then name. */
  ranked: RankedModel[];
  /** Models that ran no rows (skipped, unavailable, interrupted before them), in input order. */
  unranked: ModelRun[];
  awards: Award[];
}

/** Each award: what it is called, which way is better, and the digits it is shown and compared with. */
export const AWARDS: Readonly<
  Record<AwardKind, { title: string; higherIsBetter: boolean; digits: number; unit: string }>
> = {
  accuracy: { title: 'Most accurate', higherIsBetter: true, digits: 1, unit: '%' },
  decode: { title: 'Fastest decode', higherIsBetter: true, digits: 1, unit: ' tok/s' },
  ttft: { title: 'Quickest first token', higherIsBetter: false, digits: 0, unit: ' ms' },
  accuracyPerSecond: { title: 'Most accuracy per second', higherIsBetter: true, digits: 3, unit: ' %/s' },
};

/** Whether a model's figures mean something: its rows were (at least partly) run. */
export function ranRows(model: ModelRun): boolean {
  return ranModelRows(model.status);
}

/** The figure an award compares, as shown (accuracy in percent), or null when the model has none. */
export function awardValue(entry: RankedModel, kind: AwardKind): number | null {
  const { figures } = entry;
  const raw = (() => {
    switch (kind) {
      case 'accuracy':
        return figures.accuracy === null ? null : figures.accuracy * 100;
      case 'decode':
        return figures.decodeTokensPerSecond.median;
      case 'ttft':
        return figures.timeToFirstTokenMs.median;
      case 'accuracyPerSecond':
        return entry.accuracyPerSecond === null ? null : entry.accuracyPerSecond * 100;
    }
  })();
  return raw === null ? null : rounded(raw, AWARDS[kind].digits);
}

/** The leaderboard of one benchmark's run. */
export function buildLeaderboard(run: BenchmarkRun): Leaderboard {
  const entries = run.models.filter(ranRows).map((model) => {
    const figures = modelFigures(model);
    const { mean, n } = figures.totalDurationMs;
    const totalSeconds = mean === null ? 0 : (mean * n) / 1000;
    const accuracyPerSecond =
      figures.accuracy === null || totalSeconds <= 0 ? null : figures.accuracy / totalSeconds;
    return { model, figures, rank: 0, accuracyPerSecond };
  });
  const key = (entry: RankedModel): [number, number] => [
    awardValue(entry, 'accuracy') ?? Number.NEGATIVE_INFINITY,
    awardValue(entry, 'decode') ?? Number.NEGATIVE_INFINITY,
  ];
  entries.sort((a, b) => {
    const [accuracyA, decodeA] = key(a);
    const [accuracyB, decodeB] = key(b);
    return (
      accuracyB - accuracyA ||
      decodeB - decodeA ||
      targetName(a.model.ref).localeCompare(targetName(b.model.ref), 'en')
    );
  });
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    const tied =
      previous !== undefined && key(previous).every((value, column) => value === key(entry)[column]);
    entry.rank = tied ? previous.rank : i + 1;
  });
  const awards = (Object.keys(AWARDS) as AwardKind[]).flatMap((kind) => award(entries, kind));
  return { ranked: entries, unranked: run.models.filter((model) => !ranRows(model)), awards };
}

function award(entries: readonly RankedModel[], kind: AwardKind): Award[] {
  const valued = entries
    .map((entry) => ({ entry, value: awardValue(entry, kind) }))
    .filter((v): v is { entry: RankedModel; value: number } => v.value !== null);
  if (valued.length < 2) return [];
  const values = valued.map((v) => v.value);
  const best = AWARDS[kind].higherIsBetter ? Math.max(...values) : Math.min(...values);
  // A column where every model ties crowns nobody.
  if (values.every((value) => value === best)) return [];
  return [{ kind, value: best, winners: valued.filter((v) => v.value === best).map((v) => v.entry.model) }];
}

/** The awards a model won, for a mark beside its name. */
export function awardsOf(board: Leaderboard, model: ModelRun): AwardKind[] {
  return board.awards.filter((a) => a.winners.includes(model)).map((a) => a.kind);
}

function rounded(value: number, digits: number): number {
  return Number(value.toFixed(digits));
}

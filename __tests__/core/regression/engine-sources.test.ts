import { describe, expect, it } from '@jest/globals';
import { compareReports } from '../../../src/core/regression/compare-reports.js';
import { DEFAULT_COMPARISON_THRESHOLDS } from '../../../src/constants.js';
import { model, report, spread, type RowSpec } from '../../support/report-factory.js';

const N = 20;
const rows = (tps: number): RowSpec[] =>
  Array.from({ length: N }, (_, i) => ({ correct: true, tokensPerSecond: spread(tps, i, N) }));
const decodeSource = (source: string) => ({
  figure_sources: {
    decode_tokens_per_second: source,
    prefill_tokens_per_second: source,
    time_to_first_token_ms: 'client',
  },
});
const decode = (comparison: ReturnType<typeof compareReports>) =>
  comparison.models[0]?.speed.find((s) => s.figure === 'decode_tokens_per_second');

describe('comparing speeds timed by different clocks', () => {
  it('does not judge a server-timed decode speed against a client-timed one, even when far slower', () => {
    const base = report([model('openai~m', rows(50), decodeSource('server'))]);
    const head = report([model('openai~m', rows(20), decodeSource('client'))]);
    const comparison = compareReports(base, head, DEFAULT_COMPARISON_THRESHOLDS);
    expect(decode(comparison)).toMatchObject({
      verdict: 'not comparable',
      reason:
        'timed by the server on base and by the client on head; figures of different sources are not judged against each other',
    });
    expect(comparison.regressed).toBe(false);
  });

  it('still judges two client-timed runs, and reads an older report as server-timed', () => {
    const client = compareReports(
      report([model('openai~m', rows(50), decodeSource('client'))]),
      report([model('openai~m', rows(20), decodeSource('client'))]),
      DEFAULT_COMPARISON_THRESHOLDS,
    );
    expect(decode(client)?.verdict).toBe('regressed');
    const older = compareReports(
      report([model('m', rows(50))]),
      report([model('m', rows(20), decodeSource('server'))]),
      DEFAULT_COMPARISON_THRESHOLDS,
    );
    expect(decode(older)?.verdict).toBe('regressed');
  });

  it('does not judge speed when an engine’s version changed between the runs', () => {
    const engines = (version: string) => ({
      engines: [{ engine: 'llamacpp', host: 'http://127.0.0.1:8080', version }],
    });
    const comparison = compareReports(
      report([model('llamacpp~m', rows(50))], engines('b6500')),
      report([model('llamacpp~m', rows(20))], engines('b6600')),
      DEFAULT_COMPARISON_THRESHOLDS,
    );
    expect(decode(comparison)?.reason).toBe('different environment: llama-server: b6500 → b6600');
  });
});

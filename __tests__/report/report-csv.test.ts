import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { renderModelsCsv, renderResultsCsv } from '../../src/report/report-csv.js';
import { reportSchema } from '../../src/report/report-schema.js';
import { fullReport, HOSTILE_TEXT } from '../support/full-report.js';

type Records = Record<string, string>[];

function parseCsv(text: string): Records {
  return parse<Record<string, string>>(text, { columns: true });
}

const MIXED = fullReport([
  {
    name: 'qwen2.5-coder:1.5b',
    rows: [
      { status: 'passed', tokensPerSecond: 41.5 },
      { status: 'failed', reason: 'got 3, expected 2', output: '3' },
      { status: 'errored' },
      { status: 'not_run' },
    ],
  },
  { name: 'gone:1b', status: 'unavailable', error: 'pull failed: not found' },
]);

describe('renderResultsCsv', () => {
  it('is a valid report fixture (the factory builds what the schema reads)', () => {
    expect(reportSchema().safeParse(MIXED).success).toBe(true);
  });

  it('parses back to one record per result with the JSON report’s values', () => {
    const records = parseCsv(renderResultsCsv(MIXED));
    const results = MIXED.models.flatMap((m) => m.results);
    expect(records).toHaveLength(results.length);
    expect(records.map((r) => [r.model, r.index, r.status, r.correct, r.reason, r.execution_result])).toEqual(
      results.map((r) => [
        r.model,
        String(r.index),
        r.status,
        String(r.correct),
        r.reason ?? '',
        r.execution_result,
      ]),
    );
    expect(records[0]?.decode_tokens_per_second).toBe('41.5');
    expect(records[0]?.extracted_code).toBe('print(1)');
  });

  it('leaves the speed cells of a row the server never answered empty, never 0 or NaN', () => {
    const records = parseCsv(renderResultsCsv(MIXED));
    const errored = records.find((r) => r.status === 'errored');
    expect([
      errored?.decode_tokens_per_second,
      errored?.time_to_first_token_ms,
      errored?.total_duration_ms,
    ]).toEqual(['', '', '']);
    expect(renderResultsCsv(MIXED)).not.toMatch(/NaN/);
  });

  it('keeps hostile text whole, and defuses text a spreadsheet would run as a formula', () => {
    const report = fullReport([
      {
        name: 'm',
        rows: [
          { status: 'failed', output: `line one\n${HOSTILE_TEXT}, "x"` },
          { status: 'failed', output: '=HYPERLINK("http://evil","click")' },
        ],
      },
    ]);
    const records = parseCsv(renderResultsCsv(report));
    expect(records[0]?.execution_result).toBe(`line one\n${HOSTILE_TEXT}, "x"`);
    expect(records[1]?.execution_result).toBe(`'=HYPERLINK("http://evil","click")`);
  });

  it('tells the repeats of a row apart', () => {
    const report = fullReport([{ name: 'm', rows: [{ status: 'passed' }, { status: 'failed' }] }]);
    const results = report.models[0]?.results ?? [];
    results.forEach((result, i) => Object.assign(result, { index: 1, repeat: i + 1 }));
    const records = parseCsv(renderResultsCsv(report));
    expect(records.map((r) => [r.index, r.repeat, r.status])).toEqual([
      ['1', '1', 'passed'],
      ['1', '2', 'failed'],
    ]);
  });

  it('writes the header alone for a report without results', () => {
    const text = renderResultsCsv(fullReport([{ name: 'gone', status: 'unavailable' }]));
    expect(text.trim().split('\n')).toHaveLength(1);
    expect(text).toMatch(/^model,variant,index,repeat,yaml_line,status,correct,reason,/);
  });
});

describe('renderModelsCsv', () => {
  it('has one record per model with its counts and the JSON report’s medians', () => {
    const records = parseCsv(renderModelsCsv(MIXED));
    const qwen = MIXED.models[0];
    expect(records.map((r) => r.model)).toEqual(['qwen2.5-coder:1.5b', 'gone:1b']);
    expect(records[0]).toMatchObject({
      status: 'completed',
      rows: '4',
      rows_run: '3',
      passed: '1',
      failed: '1',
      errored: '1',
      not_run: '1',
      accuracy: String(1 / 3),
      decode_tokens_per_second_median: String(qwen?.decode_tokens_per_second.median),
    });
  });

  it('leaves the figures of a model that never ran empty and keeps its error', () => {
    const records = parseCsv(renderModelsCsv(MIXED));
    expect(records[1]).toMatchObject({
      status: 'unavailable',
      error: 'pull failed: not found',
      accuracy: '',
      decode_tokens_per_second_median: '',
      time_to_first_token_ms_median: '',
    });
  });
});

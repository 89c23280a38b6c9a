import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';
import { create } from 'xmlbuilder2';
import { renderJunit } from '../../src/report/report-junit.js';
import { fullReport, HOSTILE_TEXT } from '../support/full-report.js';

const XSD = readFileSync(new URL('../fixtures/junit/JUnit.xsd', import.meta.url), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [XSD] });
  return result.errors.map((error) => error.rawMessage);
}

interface Node {
  [key: string]: unknown;
}

/** The document as plain objects (attributes under `@name`), read back by the XML library. */
function read(xml: string): Node {
  return create(xml).end({ format: 'object' }) as Node;
}

/** xmlbuilder2's object form leaves the five predefined entities in attribute values; a reader decodes them. */
function xmlEntitiesDecoded(text: string): string {
  const entities: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => entities[name] ?? '');
}

function suites(xml: string): Node[] {
  const found = (read(xml).testsuites as Node).testsuite;
  return (Array.isArray(found) ? found : [found]) as Node[];
}

function cases(suite: Node): Node[] {
  const found = suite.testcase;
  return (found === undefined ? [] : Array.isArray(found) ? found : [found]) as Node[];
}

const MIXED = fullReport([
  {
    name: 'qwen2.5-coder:1.5b',
    rows: [
      { status: 'passed' },
      { status: 'failed', reason: 'got 3, expected 2', output: '3' },
      { status: 'timed_out', reason: 'timed out after 10 s' },
      { status: 'errored' },
      { status: 'not_run' },
    ],
  },
  { name: 'gone:1b', status: 'unavailable', error: 'pull failed: not found' },
  { name: 'anthropic~claude', status: 'skipped', error: 'provider anthropic is not served' },
]);

describe('renderJunit', () => {
  it('validates against the JUnit XSD that test reporters use', async () => {
    expect(await schemaErrors(renderJunit(MIXED))).toEqual([]);
  });

  it('the XSD check can fail: a testsuite without its required counts is refused', async () => {
    const broken = renderJunit(MIXED).replace(/ tests="\d+"/, '');
    expect((await schemaErrors(broken)).join('\n')).toMatch(/tests/);
  });

  it('has a testsuite per model and a testcase per row, with the counts of each outcome', () => {
    const [qwen, gone, skipped] = suites(renderJunit(MIXED));
    expect(qwen).toMatchObject({
      '@name': 'qwen2.5-coder:1.5b',
      '@tests': '5',
      '@failures': '2',
      '@errors': '1',
      '@skipped': '1',
    });
    const rows = cases(qwen ?? {});
    expect(rows.map((c) => c['@name'])).toEqual([
      'row 1 (line 12): n=1',
      'row 2 (line 14): n=2',
      'row 3 (line 16): n=3',
      'row 4 (line 18): n=4',
      'row 5 (line 20): n=5',
    ]);
    expect(rows[0]).not.toHaveProperty('failure');
    expect(rows[1]?.failure).toMatchObject({ '@type': 'failed', '@message': 'got 3, expected 2' });
    expect(rows[2]?.failure).toMatchObject({ '@type': 'timed_out', '@message': 'timed out after 10 s' });
    expect(rows[3]?.error).toMatchObject({ '@type': 'server' });
    expect(rows[4]).toHaveProperty('skipped');
    expect(gone).toMatchObject({ '@tests': '1', '@errors': '1' });
    expect(cases(gone ?? {})[0]?.error).toMatchObject({ '@message': 'pull failed: not found' });
    expect(cases(skipped ?? {})[0]).toHaveProperty('skipped');
  });

  it('carries what a reader needs to see why a row failed: expected, got and the code', () => {
    const failure = cases(suites(renderJunit(MIXED))[0] ?? {})[1]?.failure as Node;
    expect(failure['#']).toBe('expected: 2\ngot: 3\ncode:\nprint(2)');
  });

  it('keeps hostile model text as text and stays valid XML, control characters made visible', async () => {
    const report = fullReport([
      { name: 'm', rows: [{ status: 'failed', reason: HOSTILE_TEXT, output: `half an emoji \ud83d` }] },
    ]);
    const xml = renderJunit(report);
    expect(await schemaErrors(xml)).toEqual([]);
    const failure = cases(suites(xml)[0] ?? {})[0]?.failure as Node;
    expect(xmlEntitiesDecoded(String(failure['@message']))).toBe(
      HOSTILE_TEXT.replace('\u001b', '\\x1b').replace('\u0007', '\\x07'),
    );
    expect(failure['#']).toContain('got: half an emoji \ufffd');
    expect(xml).not.toContain('<img');
  });
});

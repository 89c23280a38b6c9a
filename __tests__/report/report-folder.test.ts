import { describe, expect, it } from '@jest/globals';
import type { ReportChunks } from '../../src/ports.js';
import { reportFolderFiles } from '../../src/report/report-folder.js';
import { readReport, type Report } from '../../src/report/report-schema.js';
import { fullReport } from '../support/full-report.js';

const REPORT = fullReport([
  { name: 'qwen2.5-coder:1.5b', rows: [{ status: 'passed' }, { status: 'failed' }] },
  { name: 'qwen2.5-coder/1.5b', rows: [{ status: 'passed' }, { status: 'passed' }] },
]);

async function text(chunks: ReportChunks): Promise<string> {
  let all = '';
  for await (const chunk of chunks) all += chunk;
  return all;
}

describe('reportFolderFiles', () => {
  it('puts the JSON report first, then index.html and a JSON report per model, then each format', () => {
    const names = reportFolderFiles(
      REPORT,
      ['json', 'csv', 'junit', 'md', 'github-action-benchmark'],
      'Run',
    ).map((f) => f.name);
    expect(names).toEqual([
      'Run.json',
      'index.html',
      'models/qwen2.5-coder_1.5b.json',
      'models/qwen2.5-coder_1.5b_2.json',
      'Run.csv',
      'Run.models.csv',
      'Run.junit.xml',
      'Run.md',
      'Run.customBiggerIsBetter.json',
      'Run.customSmallerIsBetter.json',
    ]);
  });

  it('writes only what was asked for beside the JSON reports and the page', () => {
    expect(reportFolderFiles(REPORT, ['html'], 'Run').map((f) => f.name)).toEqual([
      'Run.json',
      'index.html',
      'models/qwen2.5-coder_1.5b.json',
      'models/qwen2.5-coder_1.5b_2.json',
    ]);
  });

  it("gives each model a report of its own that reads as one, with the model's own overall figures", async () => {
    const files = reportFolderFiles(REPORT, ['json'], 'Run');
    const own = JSON.parse(await text(files[2]?.render() ?? [])) as Report;
    const read = readReport(own);
    expect(read.ok).toBe(true);
    expect(own.models.map((m) => m.model)).toEqual(['qwen2.5-coder:1.5b']);
    expect([own.overall_correct_count, own.overall_incorrect_count, own.overall_accuracy]).toEqual([
      1, 1, 0.5,
    ]);
  });

  it('links every other file from the page', async () => {
    const files = reportFolderFiles(REPORT, ['csv'], 'Run');
    const page = await text(files.find((f) => f.name === 'index.html')?.render() ?? []);
    for (const name of files.map((f) => f.name).filter((n) => n !== 'index.html')) {
      expect(page).toContain(`<a href="${name}">`);
    }
  });

  it('renders the JUnit and CSV files, whose libraries load only when they are written', async () => {
    const files = reportFolderFiles(REPORT, ['csv', 'junit'], 'Run');
    const rendered = async (name: string): Promise<string> =>
      text(files.find((f) => f.name === name)?.render() ?? []);
    expect(await rendered('Run.junit.xml')).toMatch(/^<\?xml[^]*<testsuite [^]*name="qwen2\.5-coder:1\.5b"/);
    expect((await rendered('Run.csv')).split('\n')[0]).toContain('model');
    expect((await rendered('Run.models.csv')).split('\n')).toHaveLength(4);
  });
});

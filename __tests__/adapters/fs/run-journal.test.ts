import { describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FileRunJournal, journalPathOf } from '../../../src/adapters/fs/run-journal.js';
import { DirectoryReportStore } from '../../../src/adapters/fs/report-store.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'exbench-journal-'));

async function linesOf(journal: FileRunJournal): Promise<string[]> {
  const lines: string[] = [];
  for await (const { text } of journal.lines()) lines.push(text);
  return lines;
}

describe('FileRunJournal', () => {
  it('reads back any line by where append put it, multi-byte text included', async () => {
    const file = path.join(tempDir(), 'run.jsonl');
    const journal = FileRunJournal.create(file);
    const first = journal.append('{"a":"première"}');
    const second = journal.append('{"b":2}');
    expect(journal.read(second)).toBe('{"b":2}');
    expect(journal.read(first)).toBe('{"a":"première"}');
    await journal.close();
    expect(readFileSync(file, 'utf8')).toBe('{"a":"première"}\n{"b":2}\n');
  });

  it('keeps a long line whole and a short one after it short, written and read back', async () => {
    const file = path.join(tempDir(), 'run.jsonl');
    const journal = FileRunJournal.create(file);
    const long = `{"output":"${'é'.repeat(30_000)}"}`;
    const longEntry = journal.append(long);
    const shortEntry = journal.append('{"n":1}');
    expect(journal.read(longEntry)).toBe(long);
    expect(journal.read(shortEntry)).toBe('{"n":1}');
    await journal.close();
    expect(readFileSync(file, 'utf8')).toBe(`${long}\n{"n":1}\n`);
  });

  it('leaves out a last line torn by a crash and appends after the whole lines', async () => {
    const file = path.join(tempDir(), 'run.jsonl');
    const journal = FileRunJournal.create(file);
    journal.append('{"n":1}');
    journal.append('{"n":2}');
    await journal.close();
    appendFileSync(file, '{"n":3, "tor');

    const reopened = FileRunJournal.open(file);
    const found: { text: string; offset: number }[] = [];
    for await (const { text, entry } of reopened.lines()) found.push({ text, offset: entry.offset });
    expect(found).toEqual([
      { text: '{"n":1}', offset: 0 },
      { text: '{"n":2}', offset: 8 },
    ]);
    reopened.append('{"n":3}');
    await reopened.close();
    expect(readFileSync(file, 'utf8')).toBe('{"n":1}\n{"n":2}\n{"n":3}\n');
    expect(await linesOf(FileRunJournal.open(file))).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
  });

  it('reads lines longer than its read buffer whole', async () => {
    const file = path.join(tempDir(), 'run.jsonl');
    const journal = FileRunJournal.create(file);
    const long = `"${'x'.repeat(200_000)}"`;
    journal.append(long);
    journal.append('1');
    await journal.close();
    expect(await linesOf(FileRunJournal.open(file))).toEqual([long, '1']);
  });

  it('says which file it cannot open to resume', () => {
    expect(() => FileRunJournal.open('/nonexistent/run.jsonl')).toThrow(
      '/nonexistent/run.jsonl: cannot open the journal to resume (ENOENT)',
    );
  });

  it('finds the journal beside a report', () => {
    expect(journalPathOf('reports/Echo_20261129_120000.json')).toBe('reports/Echo_20261129_120000.jsonl');
    expect(journalPathOf('reports/Echo_20261129_120000.jsonl')).toBe('reports/Echo_20261129_120000.jsonl');
  });
});

describe('DirectoryReportStore journals', () => {
  it('starts a journal under a stem no report has, and replaces its report when finished again', async () => {
    const dir = tempDir();
    const store = new DirectoryReportStore(dir);
    await store.write('Echo', ['{}']);
    const journal = await store.createJournal('Echo');
    expect(path.basename(journal.path)).toBe('Echo_2.jsonl');
    await journal.close();
    const report = await store.replace(journal.reportStem, ['{"first":1}']);
    expect(await store.replace(journal.reportStem, ['{"second":2}'])).toBe(report);
    expect(readFileSync(report, 'utf8')).toBe('{"second":2}\n');
  });
});

import { describe, expect, it } from '@jest/globals';
import { parseBenchmarkFile } from '../../src/config/benchmark-file.js';
import { journalHeader, resumeJournal, startJournal } from '../../src/app/run-journal.js';
import { parseModelRef } from '../../src/core/model-ref.js';
import { NO_REDACTION } from '../../src/core/redact.js';
import type { RowResult } from '../../src/core/types.js';
import type { JournalEntry, RunJournal } from '../../src/ports.js';
import { generation, runSettings } from '../support/fakes.js';

const BENCHMARK = parseBenchmarkFile(
  'benchmark_name: "Echo"\nbase_prompt: "Say {{w}}"\nevaluator: "raw_string_evaluator"\nprompts:\n  - dynamic_variables: { w: "a" }\n    expectation: "a"\n',
  'echo.yaml',
);

/** A journal in memory. */
class MemoryJournal implements RunJournal {
  readonly path = 'reports/Echo.jsonl';
  readonly reportStem = 'Echo';
  readonly text: string[] = [];
  async *lines(): AsyncIterable<{ text: string; entry: JournalEntry }> {
    for (const [offset, text] of this.text.entries()) yield { text, entry: { offset, length: text.length } };
    await Promise.resolve();
  }
  append(line: string): JournalEntry {
    this.text.push(line);
    return { offset: this.text.length - 1, length: line.length };
  }
  read(entry: JournalEntry): string {
    return this.text[entry.offset] ?? '';
  }
  close = (): Promise<void> => Promise.resolve();
  discard = (): Promise<void> => Promise.resolve();
}

const ref = parseModelRef('echo');
const row = (status: RowResult['status'], errorKind: RowResult['errorKind'] = null): RowResult =>
  ({ index: 1, repeat: 1, status, errorKind }) as RowResult;

describe('resumeJournal', () => {
  const settings = runSettings({ models: ['echo'] });
  const header = journalHeader(BENCHMARK, settings, new Date(0));

  it('keeps the last line of a result, and drops one the server failed', async () => {
    const journal = new MemoryJournal();
    const writer = startJournal(journal, header, NO_REDACTION);
    writer.observer.rowFinished?.(ref, row('passed'));
    writer.observer.rowFinished?.(ref, { ...row('errored', 'server'), repeat: 2 });
    writer.observer.rowFinished?.(ref, { ...row('failed'), repeat: 3 });
    writer.observer.rowFinished?.(ref, { ...row('errored', 'server'), repeat: 3 });
    const { prior } = await resumeJournal(journal, header, NO_REDACTION);
    expect([...prior.resultsOf(ref).keys()]).toEqual(['1:1']);
    expect(prior.modelOf(ref)).toBeNull();
  });

  it('hands back an answer not judged when the run stopped, and not one judged since', async () => {
    const journal = new MemoryJournal();
    const writer = startJournal(journal, header, NO_REDACTION);
    const answer = (index: number) => ({
      index,
      repeat: 1,
      generation: generation({ response: `a${index}` }),
      attempts: 1,
    });
    writer.observer.rowAnswered?.(ref, answer(1));
    writer.observer.rowAnswered?.(ref, answer(2));
    writer.observer.rowFinished?.(ref, row('passed'));
    const { prior } = await resumeJournal(journal, header, NO_REDACTION);
    expect([...prior.answersOf(ref).values()].map((a) => a.generation.response)).toEqual(['a2']);
    expect([...prior.resultsOf(ref).keys()]).toEqual(['1:1']);
  });

  it('refuses an answer line without its generation', async () => {
    const journal = new MemoryJournal();
    startJournal(journal, header, NO_REDACTION);
    journal.append('{"kind":"answer","target":"ollama~echo:latest","answer":{"index":1,"repeat":1}}');
    await expect(resumeJournal(journal, header, NO_REDACTION)).rejects.toThrow(
      'cannot resume: line 2: an answer without its row index, repeat or generation',
    );
  });

  it('takes back a free-form answer with nothing to judge (answered) as done', async () => {
    const journal = new MemoryJournal();
    const writer = startJournal(journal, header, NO_REDACTION);
    writer.observer.rowFinished?.(ref, row('answered'));
    const { prior } = await resumeJournal(journal, header, NO_REDACTION);
    expect([...prior.resultsOf(ref).keys()]).toEqual(['1:1']);
  });

  it('refuses a journal of other settings, naming what changed', async () => {
    const journal = new MemoryJournal();
    startJournal(journal, header, NO_REDACTION);
    const now = journalHeader(BENCHMARK, runSettings({ models: ['echo'], codeTimeoutMs: 1000 }), new Date(1));
    await expect(resumeJournal(journal, now, NO_REDACTION)).rejects.toThrow(
      'reports/Echo.jsonl: cannot resume: the settings differ (journal {"code_timeout_ms":10000,',
    );
  });

  it('refuses a file that is not a journal', async () => {
    const journal = new MemoryJournal();
    journal.append('{"benchmark_name":"Echo"}');
    await expect(resumeJournal(journal, header, NO_REDACTION)).rejects.toThrow(
      'cannot resume: line 1: not an exbench journal (no header; expected kind "header")',
    );
  });
});

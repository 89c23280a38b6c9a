import { describe, expect, it } from '@jest/globals';
import { runFromReport } from '../../src/app/run-from-report.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderReportMarkdown } from '../../src/report/report-markdown.js';
import { fullReport } from '../support/full-report.js';

/** A run whose models were all on llama-server and vLLM: Ollama was not used. */
const otherEngines = fullReport([{ name: 'llamacpp~qwen', rows: [{ status: 'passed' }] }], {
  ollama: { host: 'http://127.0.0.1:11434', version: 'not used' },
  engines: [
    { engine: 'llamacpp', host: 'http://127.0.0.1:8080', version: 'b6500-0123abcd' },
    { engine: 'openai', host: 'http://127.0.0.1:8000/v1', version: '0.11.0' },
  ],
});

describe('the engines a report names', () => {
  it('names each engine and its version in the job summary of a run rebuilt from its report (a merged matrix)', () => {
    const summary = renderMarkdown([{ run: runFromReport(otherEngines, 'r.json'), reportPath: 'r.json' }], {
      maxLength: 65_536,
      exbenchVersion: '0.1.0-test',
    });
    expect(summary).toContain('llama-server b6500-0123abcd');
    expect(summary).toContain('OpenAI-compatible server 0.11.0');
    expect(summary).not.toContain('Ollama not used');
  });

  it('lists each engine with its address in the markdown report', () => {
    const text = renderReportMarkdown(otherEngines);
    expect(text).toContain('- llama-server b6500-0123abcd at http://127.0.0.1:8080');
    expect(text).toContain('- OpenAI-compatible server 0.11.0 at http://127.0.0.1:8000/v1');
    expect(text).not.toContain('Ollama');
  });

  it('names Ollama alone for a report written before engines were recorded', () => {
    const old = fullReport([{ name: 'qwen', rows: [{ status: 'passed' }] }], {
      ollama: { host: 'http://h:11434', version: '0.12.3' },
    });
    delete old.engines;
    expect(renderReportMarkdown(old)).toContain('- Ollama 0.12.3 at http://h:11434');
  });
});

/**
 * The action bundle (built from src/, see action-step.ts) when every model runs on another engine:
 * it must not install or start Ollama. The Ollama download address is a closed port, so an attempt
 * to install it would fail the step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_LLAMACPP_BUILD, startFakeEngine, type FakeEngine } from '../support/fake-engines.js';
import { mathModels } from '../support/scripted-models.js';
import { currentBundle, node24, runActionStep } from './action-step.js';

describe('the action with only llama-server models', () => {
  let node: string;
  let bundle: string;
  let llama: FakeEngine;
  let dir: string;

  beforeAll(async () => {
    node = node24();
    bundle = currentBundle();
    llama = await startFakeEngine({ face: 'llamacpp', models: mathModels() });
    dir = mkdtempSync(path.join(tmpdir(), 'exbench-other-engines-'));
  }, 120_000);
  afterAll(async () => {
    await llama.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('neither installs nor starts Ollama, says why, and names llama-server in the summary', async () => {
    const stepDir = path.join(dir, 'step');
    mkdirSync(stepDir, { recursive: true });
    const step = await runActionStep({
      node,
      bundle,
      stepDir,
      inputs: {
        models: 'llamacpp~exbench/right:latest',
        servers: `llamacpp=${llama.url}`,
        benchmark: 'data/simple_math.yaml',
        // Nothing listens on port 9: installing Ollama from here would fail the step.
        'ollama-download-url': 'http://127.0.0.1:9/releases',
        'github-token': 'fake-token',
        'report-dir': path.join(stepDir, 'reports'),
        comment: 'false',
        timeout: '10',
      },
      env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'o/r', GITHUB_API_URL: 'http://127.0.0.1:9' },
    });
    expect(step.stdout).toContain(
      'Not installing or starting Ollama: every model runs on another engine (llamacpp~exbench/right:latest).',
    );
    expect(step.stdout).not.toMatch(/Install Ollama|Start Ollama server/);
    // The log rides along, so a failure shows why.
    expect(step.code === 0 ? '' : step.stdout).toBe('');
    expect(step.outputs).toMatchObject({ accuracy: '1', passed: '10' });
    expect(step.summary).toContain(`llama-server ${DEFAULT_LLAMACPP_BUILD}`);
    expect(step.summary).not.toContain('Ollama not used');
  }, 180_000);
});

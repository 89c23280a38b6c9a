import * as core from '@actions/core';
import { stopOllamaServerByPid } from '../adapters/ollama/serve.js';
import { STATE } from '../constants.js';
import { describeError } from '../errors.js';

/**
 * The post step: stops the Ollama server the main step started, if any. It runs even when the job
 * failed or was cancelled, and never fails the job itself.
 */
export async function runPost(): Promise<void> {
  const saved = core.getState(STATE.ollamaPid);
  if (saved === '') {
    core.debug('No Ollama server was started by this action; nothing to stop.');
    return;
  }
  try {
    const outcome = await stopOllamaServerByPid(Number(saved));
    core.info(`Ollama server (pid ${saved}): ${outcome}.`);
  } catch (error: unknown) {
    core.warning(`Could not stop the Ollama server (pid ${saved}): ${describeError(error)}`);
  }
}

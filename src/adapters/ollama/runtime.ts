import type { Logger, OllamaRuntime, RestoredModels } from '../../ports.js';
import { restoreModelCache, saveModelCache } from '../github/model-cache.js';
import { detectGpu } from './gpu.js';
import { installOllama } from './install.js';
import { startOllamaServer } from './serve.js';

/** Ollama installed from its releases, its models folder in the Actions cache, served from here. */
export class ActionsOllamaRuntime implements OllamaRuntime {
  constructor(private readonly logger: Logger) {}

  async install(request: { version: string; downloadBaseUrl: string }): Promise<{ binaryPath: string }> {
    const gpu = await detectGpu();
    const installed = await installOllama({ ...request, gpu, logger: this.logger });
    return { binaryPath: installed.binaryPath };
  }

  restoreModels(request: { modelsDir: string; models: readonly string[] }): Promise<RestoredModels> {
    return restoreModelCache({ ...request, logger: this.logger });
  }

  async saveModels(request: {
    modelsDir: string;
    models: readonly string[];
    restored: RestoredModels;
  }): Promise<void> {
    await saveModelCache({ ...request, logger: this.logger });
  }

  async serve(request: {
    binaryPath: string;
    modelsDir: string;
    logFile: string;
  }): Promise<{ url: string; pid: number }> {
    const server = await startOllamaServer({ ...request, logger: this.logger });
    return { url: server.url, pid: server.pid };
  }
}

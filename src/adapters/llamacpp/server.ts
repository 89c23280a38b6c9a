import type { Engine } from '../../ports.js';
import { OpenAiCompatibleModelServer } from '../openai-compatible/server.js';

/**
 * ModelServer over llama.cpp's llama-server (tools/server/README.md): `GET /health` (503 while the
 * model loads), `GET /props` (`build_info`, the version), `GET /v1/models` (its one model, by
 * `--alias` or file path) and `POST /v1/chat/completions`, streamed, whose last chunk carries the
 * server's own `timings` (prompt_n, prompt_ms, predicted_n, predicted_ms), so its speeds are
 * server-timed like Ollama's. The URL is the server's root, e.g. `http://127.0.0.1:8080`.
 */
export class LlamaCppModelServer extends OpenAiCompatibleModelServer {
  override readonly engine: Engine = 'llamacpp';

  protected override get apiBase(): string {
    return `${this.host}/v1`;
  }

  protected override rootOf(path: string): string {
    return path === '/health' || path === '/props' ? this.host : this.apiBase;
  }

  protected override readonly probePath: string = '/health';

  /** llama-server answers /health at its root, which is the URL it is given. */
  protected override get wrongAddressAdvice(): string {
    const root = this.host.replace(/\/v1$/, '');
    const suggestion = root === this.host ? '' : `, e.g. ${root}`;
    return `the URL's path is likely wrong (llama-server's URL is its root, without /v1${suggestion}), or the server there is not llama-server`;
  }

  protected override async readVersion(): Promise<string> {
    try {
      const props = (await this.getJson('/props', this.deadlines.connectMs)) as {
        build_info?: unknown;
      } | null;
      return typeof props?.build_info === 'string' && props.build_info !== '' ? props.build_info : 'unknown';
    } catch {
      return 'unknown';
    }
  }
}

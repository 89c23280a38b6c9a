import type { ServerAddresses } from '../config/engine-servers.js';
import type { ExtraServers } from '../core/server-registry.js';
import type { ServerDeadlines } from '../core/types.js';
import type { Clock, ModelServer } from '../ports.js';

/**
 * The adapter for each server address given (`--server`, `servers:`, the `servers` input). Each
 * engine's adapter is loaded only when its address is given: a run against Ollama alone loads none.
 */
export async function createEngineServers(request: {
  addresses: ServerAddresses;
  /** Sent to each of these servers (llama-server's --api-key, a gateway's key); null for none. */
  apiKey: string | null;
  clock: Clock;
  deadlines: ServerDeadlines;
}): Promise<ExtraServers> {
  const { addresses, ...common } = request;
  const servers: Record<string, ModelServer> = {};
  if (addresses.llamacpp !== undefined) {
    const { LlamaCppModelServer } = await import('./llamacpp/server.js');
    servers.llamacpp = new LlamaCppModelServer({ url: addresses.llamacpp, ...common });
  }
  if (addresses.openai !== undefined) {
    const { OpenAiCompatibleModelServer } = await import('./openai-compatible/server.js');
    servers.openai = new OpenAiCompatibleModelServer({ url: addresses.openai, ...common });
  }
  return servers;
}

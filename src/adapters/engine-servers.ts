import type { ServerAddresses } from '../config/engine-servers.js';
import type { ExtraServers } from '../core/server-registry.js';
import type { ServerDeadlines } from '../core/types.js';
import type { Clock, ModelServer } from '../ports.js';
import { LlamaCppModelServer } from './llamacpp/server.js';
import { OpenAiCompatibleModelServer } from './openai-compatible/server.js';

/** The adapter for each server address given (`--server`, `servers:`, the `servers` input). */
export function createEngineServers(request: {
  addresses: ServerAddresses;
  /** Sent to each of these servers (llama-server's --api-key, a gateway's key); null for none. */
  apiKey: string | null;
  clock: Clock;
  deadlines: ServerDeadlines;
}): ExtraServers {
  const { addresses, ...common } = request;
  const servers: Record<string, ModelServer> = {};
  if (addresses.llamacpp !== undefined)
    servers.llamacpp = new LlamaCppModelServer({ url: addresses.llamacpp, ...common });
  if (addresses.openai !== undefined)
    servers.openai = new OpenAiCompatibleModelServer({ url: addresses.openai, ...common });
  return servers;
}

/**
 * What the CLI loads only when a run needs it (JUnit's XML builder, the CSV writer and reader, the
 * report folder's renderers, RE2 for `regex` checks, picomatch for model patterns, the llama.cpp and
 * OpenAI-compatible adapters, the official Ollama client and undici's fetch for a pull) is loaded
 * with the action, so ncc bundles the action as one file: ncc writes licenses.txt once per chunk,
 * each time over the last, and a chunked action would ship the licenses of one chunk only. An
 * action step runs once per job, where what loading costs hardly counts.
 */
import '../report/report-junit.js';
import '../report/report-csv.js';
import '../report/report-folder.js';
import '../adapters/fs/choice-source.js';
import '../adapters/llamacpp/server.js';
import '../adapters/openai-compatible/server.js';
import { RE2JS } from 're2js';
import 'picomatch';
import 'ollama/browser';
import '../adapters/http/unlimited-fetch.js';

// re2js declares itself free of side effects, so a bare import of it would be dropped and its
// dynamic import (src/config/regex-engine.ts) would become a chunk: a use keeps it in this file.
if (typeof RE2JS.compile !== 'function') throw new Error('RE2 is missing from the bundle');

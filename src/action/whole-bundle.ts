/**
 * What the CLI loads only when a run needs it (JUnit's XML builder, the CSV writer and reader, the
 * official Ollama client and undici's fetch for a pull) is loaded with the action, so ncc bundles
 * the action as one file: ncc writes licenses.txt once per chunk, each time over the last, and a
 * chunked action would ship the licenses of one chunk only. An action step runs once per job, where
 * what loading costs hardly counts.
 */
import '../report/report-junit.js';
import '../report/report-csv.js';
import '../adapters/fs/choice-source.js';
import 'ollama/browser';
import '../adapters/http/unlimited-fetch.js';

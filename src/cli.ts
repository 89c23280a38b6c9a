#!/usr/bin/env node
import { enableCompileCache, keepWasmOnBaselineCompiler } from './adapters/system/startup.js';

// Both before the rest of the CLI loads: the compile cache covers only modules loaded after it is
// on, which is why the CLI itself is imported below rather than at the top.
enableCompileCache();
keepWasmOnBaselineCompiler();

void import('./cli/main.js').then(({ main }) => main());

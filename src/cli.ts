#!/usr/bin/env node
import { enableCompileCache, leaveOutMaglev, limitHeapGrowth } from './adapters/system/startup.js';

// Before the rest of the CLI loads: the compile cache covers only modules loaded after it is on,
// which is why the CLI itself is imported below rather than at the top.
enableCompileCache();
limitHeapGrowth();
leaveOutMaglev();

void import('./cli/main.js').then(({ main }) => main());

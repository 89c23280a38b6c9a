import './action/whole-bundle.js';
import { run } from './action/main.js';
import { limitHeapGrowth } from './adapters/system/startup.js';

// An action's `node` takes no flags from the workflow, so this is the only way to size its heap.
limitHeapGrowth();
void run();

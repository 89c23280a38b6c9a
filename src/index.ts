import './action/whole-bundle.js';
import { run } from './action/main.js';
import { leaveOutMaglev, limitHeapGrowth } from './adapters/system/startup.js';

// An action's `node` takes no flags from the workflow, so this is the only way to size its heap
// and choose its compilers.
limitHeapGrowth();
leaveOutMaglev();
void run();

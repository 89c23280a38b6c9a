import './action/whole-bundle.js';
import { run } from './action/main.js';

void run();

// Fails when the modules under a folder (default src/) import each other in a cycle; CI runs it with the linter.
import madge from 'madge';

const root = process.argv[2] ?? 'src';
const graph = await madge(root, { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
const cycles = graph.circular();
if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`import cycle: ${[...cycle, cycle[0]].join(' -> ')}`);
  process.exit(1);
}
console.log(`no import cycle among ${Object.keys(graph.obj()).length} modules under ${root}`);

// Entry point of the short-lived process that collects the inventory: systeminformation (about 11 MB
// of code, and it forks tools) then never lives in the long-running agent. Prints one JSON document.
import { collectInventory } from './collect.js';

const [unitDirs, maxServices, machineIdPath, agentVersion] = process.argv.slice(2);
const inv = await collectInventory({
  unitDirs: JSON.parse(unitDirs ?? '[]') as string[],
  maxServices: Number(maxServices ?? 4096),
  machineIdPath: machineIdPath ?? '/etc/machine-id',
  agentVersion: agentVersion ?? '',
});
process.stdout.write(JSON.stringify(inv));

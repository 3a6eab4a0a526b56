// Entry point of the short-lived process that collects the inventory: systeminformation (about 11 MB
// of code, and it forks tools) then never lives in the long-running agent. Prints one JSON document.
// Every setting comes from the parent's validated config (sensors.inventory) on argv; none has a default here.
import { collectInventory } from './collect.js';

const args = process.argv.slice(2);
const [unitDirs, maxServices, machineIdPath, agentVersion] = args;
if (args.length !== 4 || unitDirs === undefined || maxServices === undefined || machineIdPath === undefined || agentVersion === undefined) {
  process.stderr.write('usage: collect-child UNIT_DIRS_JSON MAX_SERVICES MACHINE_ID_PATH AGENT_VERSION\n');
  process.exit(2);
}
const inv = await collectInventory({
  unitDirs: JSON.parse(unitDirs) as string[],
  maxServices: Number(maxServices),
  machineIdPath,
  agentVersion,
});
process.stdout.write(JSON.stringify(inv));

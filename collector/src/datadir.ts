// Where the collector keeps everything under its data folder, named once so init, serve and the
// CLI never disagree. The command-signing key and its rotations are loaded by keys/keyring.ts.
import { join, resolve } from 'node:path';

export interface DataPaths {
  root: string;
  configFile: string;
  stateFile: string;
  eventsDb: string;
  commandKey: string;
  /** A rotation's new key, between its writing and its rename over commandKey (keys/rotate.ts). */
  nextCommandKey: string;
  /** Every rotation of the command key, each signed by the key it retired. */
  keyRotations: string;
  tlsCert: string;
  tlsKey: string;
}

export function dataPaths(dataDir: string): DataPaths {
  const root = resolve(dataDir);
  return {
    root,
    configFile: join(root, 'collector.yaml'),
    stateFile: join(root, 'state.json'),
    eventsDb: join(root, 'events.db'),
    commandKey: join(root, 'keys', 'command.key'),
    nextCommandKey: join(root, 'keys', 'command.next.key'),
    keyRotations: join(root, 'keys', 'rotations.json'),
    tlsCert: join(root, 'tls', 'cert.pem'),
    tlsKey: join(root, 'tls', 'key.pem'),
  };
}

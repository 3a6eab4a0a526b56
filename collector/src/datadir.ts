// Where the collector keeps everything under its data folder, named once so init, serve and the
// CLI never disagree; plus loading of the command-signing key that init created.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { privateKeyFromPem, rawPublicKey } from '@vigil/crypto';
import { createPublicKey } from 'node:crypto';
import { CollectorError } from './errors.js';

export interface DataPaths {
  root: string;
  configFile: string;
  stateFile: string;
  eventsDb: string;
  commandKey: string;
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
    tlsCert: join(root, 'tls', 'cert.pem'),
    tlsKey: join(root, 'tls', 'key.pem'),
  };
}

export interface CommandKey {
  privateKey: KeyObject;
  /** Raw 32-byte Ed25519 public key, pinned by agents at enrollment. */
  publicKey: Buffer;
}

export function loadCommandKey(paths: DataPaths): CommandKey {
  let pem: string;
  try {
    pem = readFileSync(paths.commandKey, 'utf8');
  } catch (err) {
    throw new CollectorError('VIGIL_ERR_CONFIG_INVALID', `no command-signing key at ${paths.commandKey}: run "vigil-collector init" first`, { cause: err });
  }
  const privateKey = privateKeyFromPem(pem);
  return { privateKey, publicKey: rawPublicKey(createPublicKey(privateKey)) };
}

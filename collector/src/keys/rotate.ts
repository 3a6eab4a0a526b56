// `vigil-collector keys rotate`'s work: a new command-signing key, announced by a rotation the old key signs,
// written in an order that a crash at any point leaves one key history a start can finish or undo
// (keyring.ts). The old private key is gone afterwards: only its public half stays, in rotations.json.
import { mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { syncDir, writeFileAtomic } from '@vigil/files';
import { commandKeyId, rotationSigningBytes } from '@vigil/proto';
import type { DataPaths } from '../datadir.js';
import { loadKeyring, type StoredRotation } from './keyring.js';

export interface RotationDone {
  fromKeyId: string;
  toKeyId: string;
  rotatedAtMs: number;
  /** Rotations now on record, this one included. */
  rotations: number;
}

export function rotateCommandKey(paths: DataPaths, clock: () => number = Date.now): RotationDone {
  const ring = loadKeyring(paths); // also finishes or undoes an interrupted rotation
  const next = generateEd25519();
  const toKey = next.publicKey;
  const rotatedAtMs = clock();
  const rotation: StoredRotation = {
    fromKey: ring.publicKey.toString('base64'),
    toKey: toKey.toString('base64'),
    rotatedAtMs,
    signature: signEd25519(ring.privateKey, rotationSigningBytes(ring.publicKey, toKey, rotatedAtMs)).toString('base64'),
  };
  mkdirSync(dirname(paths.commandKey), { recursive: true, mode: 0o700 });
  writeFileAtomic(paths.nextCommandKey, next.privateKeyPem, 0o600);
  const rotations = [...ring.rotations, rotation];
  writeFileAtomic(paths.keyRotations, `${JSON.stringify({ rotations }, null, 2)}\n`, 0o600);
  renameSync(paths.nextCommandKey, paths.commandKey);
  syncDir(dirname(paths.commandKey));
  return { fromKeyId: ring.keyId, toKeyId: commandKeyId(toKey), rotatedAtMs, rotations: rotations.length };
}

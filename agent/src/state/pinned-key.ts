// The collector command key this agent trusts: pinned at enrollment, replaced only by the key at the end of
// a chain of rotations from it (link/key-rotation.ts), and saved to identity.json before anything signed by
// the new key is believed. Link, commands and upgrades all read it here, so they never disagree.
import { commandKeyId } from '@vigil/proto';
import { AgentError } from '../errors.js';
import { saveIdentityFile, type Identity, type StatePaths } from './identity.js';

export class PinnedCommandKey {
  private key: Buffer;
  private identity: Identity;

  /** paths undefined: nothing is saved (a simulated agent whose identity lives in memory). */
  constructor(
    private readonly paths: StatePaths | undefined,
    identity: Identity,
  ) {
    this.identity = { ...identity };
    this.key = Buffer.from(identity.commandPublicKey, 'base64');
  }

  /** Raw 32-byte Ed25519 key. */
  current(): Buffer {
    return this.key;
  }

  id(): string {
    return commandKeyId(this.key);
  }

  /** Pins `next` (already proven by a chain of rotations from the current key); throws when it cannot be saved. */
  takeUp(next: Uint8Array): void {
    if (next.byteLength !== 32) throw new AgentError('VIGIL_ERR_LINK_COLLECTOR_PROOF', 'a command key is 32 bytes');
    const identity: Identity = { ...this.identity, commandPublicKey: Buffer.from(next).toString('base64') };
    if (this.paths) saveIdentityFile(this.paths, identity);
    this.identity = identity;
    this.key = Buffer.from(next);
  }
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateEd25519 } from '@vigil/crypto';
import { commandKeyId } from '@vigil/proto';
import { loadIdentity, saveIdentity, statePaths } from './identity.js';
import { PinnedCommandKey } from './pinned-key.js';

describe('PinnedCommandKey', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('saves a key it takes up to identity.json before using it, and nothing but the identity fields', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-pinned-'));
    dirs.push(dir);
    const paths = statePaths(dir);
    const [agent, k0, k1] = [generateEd25519(), generateEd25519(), generateEd25519()];
    saveIdentity(
      paths,
      { agentId: 'a1', collectorUrl: 'ws://127.0.0.1:1/agent', commandPublicKey: k0.publicKey.toString('base64'), enrolledAtMs: 5 },
      agent.privateKeyPem,
    );
    const pinned = new PinnedCommandKey(paths, loadIdentity(paths));
    expect(pinned.id()).toBe(commandKeyId(k0.publicKey));
    pinned.takeUp(k1.publicKey);
    expect(pinned.current().equals(k1.publicKey)).toBe(true);
    const onDisk = loadIdentity(paths);
    expect(onDisk.commandPublicKey).toBe(k1.publicKey.toString('base64'));
    expect(JSON.parse(readFileSync(paths.identity, 'utf8'))).toEqual({
      agentId: 'a1',
      collectorUrl: 'ws://127.0.0.1:1/agent',
      commandPublicKey: k1.publicKey.toString('base64'),
      enrolledAtMs: 5,
    });
    expect(() => pinned.takeUp(new Uint8Array(16))).toThrow(/32 bytes/);
    expect(pinned.current().equals(k1.publicKey)).toBe(true);
  });
});

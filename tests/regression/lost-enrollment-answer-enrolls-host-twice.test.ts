// Issue 18, "Enrollment cost grows with every agent": with 1,000 agents enrolling at once, 127 hosts were
// enrolled 2–4 times and the token ran out before 58 others got in. An agent whose answer was lost (the
// collector stored it, then the connection dropped or the agent timed out) tried again and was enrolled as
// a new agent, spending another use. Against the real collector: an enrollment sent on a connection that
// is cut before its answer, then retried with the same key and token, gets the first agent's id back; one
// agent is stored and one use spent. A different key with the same token is a new host as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { generateEd25519, signEd25519, type Ed25519KeyPair } from '@vigil/crypto';
import { decodeCollectorMessage, encodeAgentMessage, enrollSigningBytes, type vigil } from '@vigil/proto';
import { Collector, Workspace, waitFor } from '../helpers/vigil.js';

let ws: Workspace;
let collector: Collector;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws);
});
afterAll(() => ws.cleanup());

/** One enrollment try over a raw socket: the collector's answer, or undefined when `cut` drops the socket right after sending. */
function tryEnroll(keys: Ed25519KeyPair, token: string, cut: boolean): Promise<vigil.v1.CollectorMessage | undefined> {
  return new Promise((resolve, reject) => {
    const sock = new WebSocket(collector.agentUrl);
    sock.on('error', reject);
    sock.on('message', (data: Buffer) => {
      const msg = decodeCollectorMessage(data, 1 << 20);
      if (msg.challenge) {
        const nonce = msg.challenge.nonce ?? new Uint8Array();
        const enroll = {
          token,
          publicKey: keys.publicKey,
          signature: signEd25519(keys.privateKeyPem, enrollSigningBytes(nonce, keys.publicKey)),
          inventory: { hostname: 'web-1', machineId: 'm-web-1' },
          agentVersion: '0.1.0',
        };
        sock.send(encodeAgentMessage({ enroll }), () => {
          if (!cut) return;
          sock.terminate();
          resolve(undefined);
        });
      } else if (!cut) {
        sock.close();
        resolve(msg);
      }
    });
  });
}

describe('a retried enrollment', () => {
  it('whose first answer was lost gets the same agent, spending one use in all', async () => {
    const token = await collector.token(['--uses', '3']);
    const keys = generateEd25519();
    expect(await tryEnroll(keys, token, true)).toBeUndefined();
    const first = await waitFor('the cut enrollment to be stored', () => collector.state().agents[0]);
    const retry = await tryEnroll(keys, token, false);
    expect(retry?.refusal).toBeFalsy();
    expect(retry?.welcome?.agentId).toBe(first.id);
    expect(collector.state().agents.map((a) => a.id)).toEqual([first.id]);
    expect(collector.state().tokens.map((t) => t.uses)).toEqual([1]);
    // another host (another key) with the same token is a new agent
    const other = await tryEnroll(generateEd25519(), token, false);
    expect(other?.welcome?.agentId).toBeTruthy();
    expect(other?.welcome?.agentId).not.toBe(first.id);
    expect(collector.state().agents).toHaveLength(2);
    expect(collector.state().tokens.map((t) => t.uses)).toEqual([2]);
  });
});

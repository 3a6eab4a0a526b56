// Enrollment against a busy collector, on a real WebSocket server on loopback that speaks the protocol:
// refusals that mean "not now" (rate limited, busy) and a dropped connection are tried again after capped
// exponential delays with full jitter, with the same key each time; a token refusal ends it at once; the
// tries are bounded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeAgentMessage, encodeCollectorMessage, type vigil } from '@vigil/proto';
import { statePaths } from '../state/identity.js';
import { enroll, isRetryableEnrollError, type EnrollOptions } from './enroll.js';

/** What the fake collector does with the n-th enroll request (0-based). */
type Answer = 'rate-limited' | 'busy' | 'drop' | 'used-up' | 'welcome';

let server: WebSocketServer;
let url: string;
let dir: string;
let answers: Answer[];
const keysSeen: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-enroll-retry-'));
  keysSeen.length = 0;
  server = new WebSocketServer({ host: '127.0.0.1', port: 0, path: '/agent' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/agent`;
  server.on('connection', (sock: WebSocket) => {
    sock.send(encodeCollectorMessage({ challenge: { nonce: randomBytes(32), collectorTimeMs: Date.now() } }));
    sock.on('message', (data: Buffer) => {
      const msg: vigil.v1.AgentMessage = decodeAgentMessage(data, 1 << 20);
      if (!msg.enroll) return;
      keysSeen.push(Buffer.from(msg.enroll.publicKey ?? []).toString('base64'));
      const answer = answers[keysSeen.length - 1] ?? 'welcome';
      const refuse = (code: string, close: number) => {
        sock.send(encodeCollectorMessage({ refusal: { code, message: code } }));
        sock.close(close, code);
      };
      if (answer === 'rate-limited') refuse('VIGIL_ERR_GATEWAY_RATE_LIMITED', 4429);
      else if (answer === 'busy') refuse('VIGIL_ERR_GATEWAY_BUSY', 4503);
      else if (answer === 'used-up') refuse('VIGIL_ERR_ENROLL_TOKEN_USED_UP', 4412);
      else if (answer === 'drop') sock.terminate();
      else sock.send(encodeCollectorMessage({ welcome: { agentId: 'agent-1', commandPublicKey: randomBytes(32), collectorTimeMs: Date.now() } }));
    });
  });
});

afterEach(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** Delays asked for between tries; the wait itself is skipped (random 0.999: each delay is just under its ceiling). */
function options(attempts: number, delays: number[], random = () => 0.999): EnrollOptions {
  return {
    url,
    token: 'vgt_test',
    paths: statePaths(dir),
    inventory: { hostname: 'h' },
    timeoutMs: 10_000,
    maxFrameBytes: 1 << 20,
    allowInsecure: false,
    retry: { attempts, baseMs: 100, maxMs: 500, random, sleep: async (ms) => void delays.push(ms) },
  };
}

describe('enroll against a busy collector', () => {
  it('tries again after rate-limited, busy and dropped answers, with capped exponential full-jitter delays and one key', async () => {
    answers = ['rate-limited', 'busy', 'drop', 'rate-limited', 'rate-limited', 'welcome'];
    const delays: number[] = [];
    const identity = await enroll(options(10, delays));
    expect(identity.agentId).toBe('agent-1');
    expect(keysSeen).toHaveLength(6);
    expect(new Set(keysSeen).size).toBe(1);
    // ceilings 100, 200, 400, 500 (capped), 500; each delay drawn below its ceiling
    expect(delays).toEqual([99, 199, 399, 499, 499]);
  });

  it('draws each delay uniformly below its ceiling (full jitter), not at a fixed point', async () => {
    answers = ['rate-limited', 'rate-limited', 'welcome'];
    const delays: number[] = [];
    const draws = [0, 0.5];
    await enroll(options(10, delays, () => draws.shift() ?? 0));
    expect(delays).toEqual([0, 100]);
  });

  it('stops at once on a token refusal: it will not succeed later', async () => {
    answers = ['rate-limited', 'used-up', 'welcome'];
    const delays: number[] = [];
    await expect(enroll(options(10, delays))).rejects.toMatchObject({ code: 'VIGIL_ERR_ENROLL_TOKEN_USED_UP' });
    expect(keysSeen).toHaveLength(2);
    expect(delays).toHaveLength(1);
  });

  it('gives up after its attempts with the last refusal', async () => {
    answers = ['busy', 'busy', 'rate-limited', 'welcome'];
    const delays: number[] = [];
    await expect(enroll(options(3, delays))).rejects.toMatchObject({ code: 'VIGIL_ERR_GATEWAY_RATE_LIMITED' });
    expect(keysSeen).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  it('tells "not now" from "not you"', () => {
    for (const code of ['VIGIL_ERR_GATEWAY_RATE_LIMITED', 'VIGIL_ERR_GATEWAY_BUSY', 'VIGIL_ERR_LINK_CLOSED', 'VIGIL_ERR_LINK_TIMEOUT'])
      expect(isRetryableEnrollError({ code })).toBe(true);
    for (const code of ['VIGIL_ERR_ENROLL_TOKEN_UNKNOWN', 'VIGIL_ERR_ENROLL_INVALID', 'VIGIL_ERR_LINK_PIN_MISMATCH', 'VIGIL_ERR_LINK_PROTOCOL', undefined])
      expect(isRetryableEnrollError({ code })).toBe(false);
    expect(isRetryableEnrollError(undefined)).toBe(false);
  });
});

// wss:// with the certificate `vigil-collector init --tls` creates: the agent pins its SHA-256 at
// enrollment and streams over TLS; a wrong pin or an unpinned self-signed certificate is refused.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, AGENT_BIN, Collector, Workspace, runNode, waitFor } from './helpers/vigil.js';

let ws: Workspace;
let collector: Collector;
let fingerprint: string;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_COLLECTOR_LISTEN__HOST: '127.0.0.1' }, ['--tls']);
  const { certificateFingerprint } = await import('@vigil/crypto');
  fingerprint = certificateFingerprint(readFileSync(join(collector.dataDir, 'tls', 'cert.pem'), 'utf8'));
});
afterAll(async () => {
  await ws?.cleanup();
});

describe('wss with a pinned certificate', () => {
  it('serves wss:// when init created a certificate', () => {
    expect(collector.agentUrl.startsWith('wss://127.0.0.1:')).toBe(true);
  });

  it('refuses to enroll against a certificate that does not match the pin', async () => {
    const wrong = 'ab'.repeat(32);
    const r = await runNode(AGENT_BIN, [
      'enroll',
      '--state',
      ws.path('wrong-pin'),
      '--collector',
      collector.agentUrl,
      '--token',
      await collector.token(),
      '--fingerprint',
      wrong,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('VIGIL_ERR_LINK_PIN_MISMATCH');
  });

  it('refuses an unpinned self-signed certificate', async () => {
    const r = await runNode(AGENT_BIN, ['enroll', '--state', ws.path('no-pin'), '--collector', collector.agentUrl, '--token', await collector.token()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/self[- ]signed|certificate/i);
  });

  it('enrolls with the right pin, stores it, and streams events over TLS', async () => {
    const agent = await Agent.enroll(ws, collector, 'pinned', {}, ['--fingerprint', fingerprint.replace(/(..)(?!$)/g, '$1:').toUpperCase()]);
    const identity = JSON.parse(readFileSync(join(agent.stateDir, 'identity.json'), 'utf8')) as { certFingerprint: string };
    expect(identity.certFingerprint).toBe(fingerprint);
    agent.start(['--synthetic-rate', '500', '--synthetic-count', '500']);
    await waitFor('events over wss', () => collector.count(agent.agentId) >= 500, 30_000);
    expect(agent.status()!.link.state).toBe('online');
  });
});

// Issue 13, item 10: the agent applied collector config before the collector had proved who it was. Over
// ws:// a fake collector added extra log paths, and the agent streamed a root-only file to it. A real agent
// (sensors on) whose link is answered by a fake collector (it knows the agent id, sends a welcome with a
// proof and a config signed by another key, plus unsigned configs naming a root-only file): the agent never
// goes online, sends no events, and says why. Against the real collector it goes online and applies the
// signed config (a dry-run switch). Plain ws:// beyond loopback needs --insecure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WebSocketServer, type WebSocket } from 'ws';
import { generateEd25519, signEd25519 } from '@vigil/crypto';
import { configSigningBytes, decodeAgentMessage, encodeCollectorMessage, vigil, welcomeSigningBytes } from '@vigil/proto';
import { AGENT_BIN, Agent, Collector, FAST_AGENT_ENV, Proc, Workspace, freePort, runNode, spawnNode, waitFor } from '../helpers/vigil.js';

const PASSWORD = 'fake-collector-test-Rq4#wZ8!';
let ws: Workspace;
let collector: Collector;
let agent: Agent;
let secret: string;
let secretText: string;
const received: vigil.v1.AgentMessage[] = [];
let fake: WebSocketServer;
let fakePort: number;

function status(): any {
  try {
    return JSON.parse(readFileSync(join(agent.stateDir, 'status.json'), 'utf8'));
  } catch {
    return undefined;
  }
}

function setCollectorUrl(url: string): void {
  const file = join(agent.stateDir, 'identity.json');
  const id = JSON.parse(readFileSync(file, 'utf8')) as { collectorUrl: string };
  id.collectorUrl = url;
  writeFileSync(file, JSON.stringify(id));
}

function runAgent(args: string[] = []): Proc {
  // every sensor on (the log sensor applies pushed log paths); the inventory child is not needed
  return ws.track(spawnNode(AGENT_BIN, ['run', '--state', agent.stateDir, ...args], { ...FAST_AGENT_ENV, VIGIL_AGENT_SENSORS__INVENTORY__ENABLED: 'false' }));
}

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, { VIGIL_ADMIN_PASSWORD: PASSWORD });
  agent = await Agent.enroll(ws, collector, 'agent');
  secret = ws.path('root-only.secret');
  secretText = `SECRET-${randomBytes(8).toString('hex')}`;
  writeFileSync(secret, `${secretText}\n`, { mode: 0o600 });
  // The fake collector: knows the agent id (it is not secret), but not the pinned command key.
  const stranger = generateEd25519();
  fakePort = await freePort();
  fake = new WebSocketServer({ host: '127.0.0.1', port: fakePort, path: '/agent' });
  fake.on('connection', (sock: WebSocket) => {
    sock.send(encodeCollectorMessage({ challenge: { nonce: randomBytes(32), collectorTimeMs: Date.now() } }));
    sock.on('message', (data: Buffer) => {
      const msg = decodeAgentMessage(data, 64 << 20);
      received.push(msg);
      if (!msg.hello) return;
      const nonce = msg.hello.agentNonce ?? new Uint8Array();
      const config = { extraLogPaths: [secret] };
      const payload = Buffer.from(vigil.v1.AgentConfig.encode(config).finish());
      const signedConfig = { payload, signature: signEd25519(stranger.privateKeyPem, configSigningBytes(nonce, agent.agentId, payload)) };
      sock.send(
        encodeCollectorMessage({
          welcome: {
            agentId: agent.agentId,
            commandPublicKey: stranger.publicKey,
            ackedSeq: 0,
            config,
            collectorSignature: signEd25519(stranger.privateKeyPem, welcomeSigningBytes(nonce, agent.agentId)),
            signedConfig,
          },
        }),
      );
      sock.send(encodeCollectorMessage({ config }));
      sock.send(encodeCollectorMessage({ signedConfig }));
    });
  });
});

afterAll(async () => {
  fake?.close();
  await ws?.cleanup();
});

describe('pushed config is applied only after the collector proved its identity', () => {
  it('a fake collector gets no events and its config is not applied; the agent says why', async () => {
    setCollectorUrl(`ws://127.0.0.1:${fakePort}/agent`);
    const proc = runAgent();
    const s = await waitFor(
      'the agent to judge the fake collector',
      () => {
        if (!proc.alive) throw new Error(proc.stderr);
        const st = status();
        // done when the agent refused the fake twice, or as soon as it sent the fake anything but a hello
        const judged = st?.link?.lastError?.code === 'VIGIL_ERR_LINK_COLLECTOR_PROOF' && received.filter((m) => m.hello).length >= 2;
        return judged || received.some((m) => !m.hello) ? (st ?? {}) : undefined;
      },
      60_000,
      100,
    );
    // only hellos: no event batch, no heartbeat, and so never the secret
    expect(received.map((m) => m.body)).toEqual(received.map(() => 'hello'));
    expect(s.link.state).not.toBe('online');
    expect(s.link.lastError.message).toContain('does not hold the command key pinned at enrollment');
    expect(received.every((m) => m.hello!.agentNonce?.byteLength === 32)).toBe(true);
    await proc.stop();
    expect(Buffer.concat(received.map((m) => Buffer.from(vigil.v1.AgentMessage.encode(m).finish()))).toString('latin1')).not.toContain(secretText);
  });

  it('the real collector proves its key: the agent goes online and applies its signed config', async () => {
    setCollectorUrl(collector.agentUrl);
    const proc = runAgent(['--no-dry-run']);
    await waitFor(
      'online',
      () => {
        if (!proc.alive) throw new Error(proc.stderr);
        return status()?.link?.state === 'online' && status()?.dryRun === false;
      },
      60_000,
      100,
    );
    const login = await fetch(`${collector.baseUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'admin', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const session = { cookie: login.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
    const patch = await fetch(`${collector.baseUrl}/api/v1/agents/${agent.agentId}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', cookie: session.cookie, 'x-csrf-token': session.csrf },
      body: JSON.stringify({ dryRun: true }),
    });
    expect(patch.status).toBe(200);
    await waitFor('the signed dry-run switch applied', () => status()?.dryRun === true, 30_000, 100);
    await proc.stop();
  });

  it('plain ws:// beyond loopback needs --insecure, for enroll and for run', async () => {
    const token = await collector.token();
    const e = await runNode(AGENT_BIN, ['enroll', '--state', ws.path('other'), '--collector', 'ws://192.0.2.10:8080/agent', '--token', token]);
    expect(e.code).not.toBe(0);
    expect(e.stderr).toContain('VIGIL_ERR_LINK_INSECURE');
    setCollectorUrl('ws://192.0.2.10:8080/agent');
    const r = await runNode(AGENT_BIN, ['run', '--state', agent.stateDir, '--no-sensors'], FAST_AGENT_ENV);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('VIGIL_ERR_LINK_INSECURE');
  });
});

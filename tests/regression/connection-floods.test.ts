// Issue 13 items 5 and 6. An unauthenticated upgrade flood at 120/s made 13 of 15 legitimate agent
// reconnects fail (the limits were global); two clients holding 10,000 idle half-requests each pinned the
// collector at its fd limit and every login failed for ~50 s. Against a real collector on loopback, with
// floods from other 127/8 source addresses: enrolled agents reconnect through an upgrade flood (also
// right after a collector restart, issue 18), an operator logs in through a socket flood, and half-requests
// are cut after the header timeout.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { Collector, Workspace, waitFor } from '../helpers/vigil.js';
import { WireClient } from '../helpers/wire-client.js';
import { Operator } from '../helpers/operator.js';

const PASSWORD = `Floods-${process.pid}-velvet-canyon`;
let ws: Workspace;
let collector: Collector;
let port: number;

beforeAll(async () => {
  ws = new Workspace();
  collector = await Collector.create(ws, {
    VIGIL_ADMIN_PASSWORD: PASSWORD,
    VIGIL_COLLECTOR_GATEWAY__CONNECTIONS_PER_SECOND: '50',
    VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS: '400',
    VIGIL_COLLECTOR_HTTP__RESERVE_CONNECTIONS: '100',
    VIGIL_COLLECTOR_HTTP__MAX_CONNECTIONS_PER_ADDRESS: '50',
    VIGIL_COLLECTOR_HTTP__HEADERS_TIMEOUT_MS: '1500',
    VIGIL_COLLECTOR_HTTP__REQUEST_TIMEOUT_MS: '1500',
    VIGIL_COLLECTOR_API__STREAM_KEEP_ALIVE_MS: '2000',
  });
  port = Number(new URL(collector.baseUrl).port);
});
afterAll(async () => {
  await ws?.cleanup();
});

const agents: Array<{ agentId: string; privateKeyPem: string; address: string }> = [];

/** Each agent's hello, one after the other, while eight other addresses flood the agent endpoint with upgrades. */
async function reconnectThroughFlood(): Promise<string[]> {
  let flooding = true;
  const statuses: number[] = [];
  const floods = Array.from({ length: 8 }, (_, k) =>
    (async () => {
      while (flooding) statuses.push(await upgradeOnce(`127.0.2.${k + 1}`));
    })(),
  );
  try {
    await waitFor('flood refused', () => statuses.filter((s) => s === 429).length >= 200, 30_000);
    const results: string[] = [];
    for (const a of agents) {
      const wire = await WireClient.connect(collector.agentUrl, { localAddress: a.address }).catch((err: Error) => err);
      if (wire instanceof Error) {
        results.push(`upgrade failed: ${wire.message}`);
        continue;
      }
      wire.send(wire.helloMessage(a.agentId, a.privateKeyPem));
      const answer = await Promise.race([wire.next('welcome'), wire.next('refusal')]);
      results.push(answer.welcome ? 'welcome' : `refused ${answer.refusal?.code}`);
      wire.close();
    }
    return results;
  } finally {
    flooding = false;
    await Promise.all(floods);
  }
}

const UPGRADE =
  'GET /agent HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';

/** One unauthenticated upgrade attempt from `localAddress`; resolves with the HTTP status (0 if cut). */
function upgradeOnce(localAddress: string): Promise<number> {
  return new Promise((resolve) => {
    const s = connect({ host: '127.0.0.1', port, localAddress });
    let data = '';
    s.on('connect', () => s.write(UPGRADE));
    s.on('data', (b) => {
      data += b.toString();
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m) {
        s.destroy();
        resolve(Number(m[1]));
      }
    });
    s.on('error', () => resolve(0));
    s.on('close', () => resolve(0));
  });
}

describe('floods from other addresses', () => {
  it('enrolled agents reconnect while an unauthenticated upgrade flood runs', async () => {
    for (let i = 1; i <= 15; i++) {
      const address = `127.0.1.${i}`;
      const wire = await WireClient.connect(collector.agentUrl, { localAddress: address });
      const e = await wire.enroll(await collector.token());
      if ('refused' in e) throw new Error(e.refused);
      agents.push({ ...e, address });
      wire.close();
      await wire.closed;
    }
    expect(await reconnectThroughFlood()).toEqual(agents.map(() => 'welcome'));
  });

  it('and still do right after a collector restart: the addresses agents authenticated from are remembered', async () => {
    // Before, a restarted collector had forgotten them: every agent counted as unknown traffic, sharing
    // connectionsPerSecond with the flood (and a whole fleet at 50/s took minutes to come back).
    await collector.proc!.stop();
    await collector.start();
    expect(await reconnectThroughFlood()).toEqual(agents.map(() => 'welcome'));
  });

  it('an operator logs in while other addresses hold half-requests, which are cut after the header timeout', async () => {
    const admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD); // a known operator address
    const held: Socket[] = [];
    const closed = new Set<Socket>();
    const hold = (localAddress: string) =>
      new Promise<void>((resolve) => {
        const s = connect({ host: '127.0.0.1', port, localAddress });
        held.push(s);
        s.resume(); // read the server's 408 and its end, so a cut socket closes here too
        s.on('connect', () => {
          s.write('GET / HTTP/1.1\r\nHost: x\r\n'); // never finished
          resolve();
        });
        s.on('error', () => resolve());
        s.on('close', () => {
          closed.add(s);
          resolve();
        });
      });
    // 12 addresses x 60 sockets: more than the per-address cap and more than the budget for unknown addresses.
    await Promise.all(Array.from({ length: 12 }, (_, a) => Promise.all(Array.from({ length: 60 }, () => hold(`127.0.3.${a + 1}`)))));
    await waitFor('per-address and budget caps cut the excess', () => closed.size >= 12 * 10);
    const login = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
    expect((await login.call('GET', '/agents')).status).toBe(200);
    expect((await admin.call('GET', '/fleet')).status).toBe(200);
    await waitFor('every half-request cut by the header timeout', () => closed.size === held.length, 30_000);
  });

  it('long-lived streams outlive the header timeout (it guards requests, not answers)', async () => {
    const admin = await Operator.login(collector.baseUrl, 'admin', PASSWORD);
    const res = await fetch(`${collector.baseUrl}/api/v1/stream`, { headers: admin.headers });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    let text = '';
    while ((text.match(/keep-alive/g) ?? []).length < 2) {
      const chunk = await reader.read();
      expect(chunk.done).toBe(false); // still open after two keep-alives, 2 s apart: beyond the 1.5 s header timeout
      text += new TextDecoder().decode(chunk.value);
    }
    await reader.cancel();
  });
});

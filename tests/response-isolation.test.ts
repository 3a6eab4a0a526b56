// Isolation against the real kernel firewall, in namespaces only: collector, agent and peer hosts on a
// bridge. The agent's real command layer (signed commands, ledger, responders) runs inside the agent
// namespace; each firewall front-end (nft, and the iptables fallback) must cut the peer both ways over
// TCP, UDP, ICMP and IPv6, keep the collector, survive a restart, heal a flush, and roll back when the
// collector cannot be re-reached. A dry-run changes no ruleset.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEd25519 } from '@vigil/crypto';
import { NetLab } from './helpers/netns.js';
import { Driver, PROBE, signCommand } from './helpers/commands.js';

const COLLECTOR_PORT = 7443;
const PEER_PORT = 9000;
const AGENT_PORT = 9001;
const AGENT_ID = 'agent-iso-1';

let lab: NetLab;
const tmp: string[] = [];

async function probe(from: string, kind: 'tcp' | 'udp' | 'ping', to: string, port: number): Promise<boolean> {
  const argv = kind === 'ping' ? ['ping', '-c', '1', '-W', '1', to] : [process.execPath, PROBE, kind, to, String(port), '1000'];
  return (await lab.exec(from, argv)).code === 0;
}

/** Reachability of `to` from `from` over TCP/UDP/ICMP, IPv4 and IPv6. */
async function reach(from: string, to: string, port: number): Promise<Record<string, boolean>> {
  const h = lab.host(to);
  const jobs: Array<Promise<[string, boolean]>> = [];
  for (const [fam, addr] of [
    ['v4', h.ipv4],
    ['v6', h.ipv6],
  ] as const) {
    for (const kind of ['tcp', 'udp', 'ping'] as const) jobs.push(probe(from, kind, addr, port).then((ok) => [`${kind}-${fam}`, ok]));
  }
  return Object.fromEntries(await Promise.all(jobs));
}

const ALL_TRUE = { 'tcp-v4': true, 'udp-v4': true, 'ping-v4': true, 'tcp-v6': true, 'udp-v6': true, 'ping-v6': true };
const ALL_FALSE = { 'tcp-v4': false, 'udp-v4': false, 'ping-v4': false, 'tcp-v6': false, 'udp-v6': false, 'ping-v6': false };

async function ruleset(): Promise<string> {
  return (await lab.exec('agent', ['nft', 'list', 'ruleset'])).stdout;
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

beforeAll(async () => {
  lab = await NetLab.create('iso', ['collector', 'agent', 'peer']);
  for (const [host, port] of [
    ['collector', COLLECTOR_PORT],
    ['peer', PEER_PORT],
    ['agent', AGENT_PORT],
  ] as const) {
    const child = lab.spawn(host, [process.execPath, PROBE, 'listen', String(port)]);
    await new Promise<void>((resolve, reject) => {
      child.stdout?.once('data', () => resolve());
      child.once('exit', (c) => reject(new Error(`listener in ${host} exited ${c}`)));
    });
  }
});

afterAll(async () => {
  await lab?.destroy();
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

describe.each(['nft', 'iptables'] as const)('isolation with the %s front-end', (firewall) => {
  const keys = generateEd25519();
  let stateDir: string;
  let driver: Driver;
  const config = () => ({
    stateDir,
    agentId: AGENT_ID,
    commandPublicKeyHex: keys.publicKey.toString('hex'),
    collectorHost: lab.host('collector').ipv4,
    collectorPort: COLLECTOR_PORT,
    firewall,
    healIntervalMs: 300,
  });
  const command = (fields: Record<string, unknown>) => signCommand(keys.privateKeyPem, { agentId: AGENT_ID, ...fields });

  beforeAll(async () => {
    stateDir = mkdtempSync(join(tmpdir(), `vigil-iso-${firewall}-`));
    tmp.push(stateDir);
    driver = new Driver(['ip', 'netns', 'exec', lab.host('agent').ns], config());
    expect((await driver.ready()).backend).toBe(firewall);
    await driver.boot();
  });
  afterAll(() => driver?.kill());

  it('starts with full connectivity both ways', async () => {
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_TRUE);
    expect(await reach('peer', 'agent', AGENT_PORT)).toEqual(ALL_TRUE);
  });

  it('a dry-run isolation reports the exact rules and changes no ruleset', async () => {
    const before = await ruleset();
    const { signed, commandId } = command({ dryRun: true, isolate: {} });
    const r = await driver.send(signed, commandId);
    expect(r.status).toBe('SUCCEEDED');
    expect(r.dryRun).toBe(true);
    const out = JSON.parse(r.outputJson) as { applied: boolean; steps: Array<{ argv: string[]; input: string }> };
    expect(out.applied).toBe(false);
    expect(out.steps.length).toBeGreaterThan(0);
    expect(out.steps[0]!.input).toContain(firewall === 'nft' ? 'table inet vigil_isolate' : 'VIGIL-ISO-IN');
    expect(await ruleset()).toBe(before);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_TRUE);
  });

  it('isolates: the peer is cut both ways on every protocol, the collector stays reachable', async () => {
    const { signed, commandId } = command({ isolate: { selfTestDeadlineMs: 10_000 } });
    const r = await driver.send(signed, commandId);
    expect(r.errorCode).toBe('');
    expect(r.status).toBe('SUCCEEDED');
    const out = JSON.parse(r.outputJson) as { applied: boolean; selfTest: { ok: boolean }; spec: { collectorAddresses: string[] } };
    expect(out.applied).toBe(true);
    expect(out.selfTest.ok).toBe(true);
    expect(out.spec.collectorAddresses).toEqual([lab.host('collector').ipv4]);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
    expect(await reach('peer', 'agent', AGENT_PORT)).toEqual(ALL_FALSE);
    expect(await probe('agent', 'tcp', lab.host('collector').ipv4, COLLECTOR_PORT)).toBe(true);
    // Only the collector port is open towards the collector host.
    expect(await probe('agent', 'udp', lab.host('collector').ipv4, COLLECTOR_PORT)).toBe(false);

    // Redelivery of the same command id: first result, no second effect.
    const again = await driver.send(signed, commandId);
    expect(again.duplicate).toBe(true);
    expect(again.status).toBe('SUCCEEDED');
    expect(again.outputJson).toBe(r.outputJson);
  });

  it('keeps isolation across an agent restart after the firewall was reset (reboot)', async () => {
    driver.kill();
    await lab.exec('agent', ['nft', 'flush', 'ruleset']);
    expect(await probe('agent', 'tcp', lab.host('peer').ipv4, PEER_PORT)).toBe(true);
    driver = new Driver(['ip', 'netns', 'exec', lab.host('agent').ns], config());
    await driver.ready();
    expect((await driver.boot()).isolation).toBe('reapplied');
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
    expect(await probe('agent', 'tcp', lab.host('collector').ipv4, COLLECTOR_PORT)).toBe(true);
  });

  it('heals a hand-made `nft flush ruleset` and raises a tamper event', async () => {
    await lab.exec('agent', ['nft', 'flush', 'ruleset']);
    const tamper = (await driver.waitFor((l) => Boolean((l.event as { tamper?: unknown } | undefined)?.tamper))).event as {
      tamper: { what: string; repaired: boolean };
    };
    expect(tamper.tamper.what).toBe('isolation_table_missing');
    expect(tamper.tamper.repaired).toBe(true);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
  });

  it('keeps the kernel table of a host whose isolation.json is damaged, sets the file aside and says so', async () => {
    driver.kill();
    const file = join(stateDir, 'response', 'isolation.json');
    writeFileSync(file, '{"version":1,"isolated":tr');
    driver = new Driver(['ip', 'netns', 'exec', lab.host('agent').ns], config());
    await driver.ready();
    expect((await driver.boot()).isolation).toBe('kept');
    const tamper = (await driver.waitFor((l) => (l.event as { tamper?: { what: string } } | undefined)?.tamper?.what === 'isolation_state_damaged')).event as {
      tamper: { detail: string; repaired: boolean };
    };
    expect(tamper.tamper.repaired).toBe(true);
    expect(tamper.tamper.detail).toContain('kept');
    expect(readdirSync(join(stateDir, 'response', 'damaged')).some((n) => n.startsWith('isolation.json.'))).toBe(true);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
    expect(await probe('agent', 'tcp', lab.host('collector').ipv4, COLLECTOR_PORT)).toBe(true);
    // and across one more restart, until a release
    driver.kill();
    driver = new Driver(['ip', 'netns', 'exec', lab.host('agent').ns], config());
    await driver.ready();
    expect((await driver.boot()).isolation).toBe('kept');
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
  });

  it("release removes exactly Vigil's rules and restores everything", async () => {
    await lab.exec('agent', ['nft', 'add', 'table', 'inet', 'operator_own']);
    const dry = command({ release: {}, dryRun: true });
    const d = await driver.send(dry.signed, dry.commandId);
    expect(d.status).toBe('SUCCEEDED');
    expect(JSON.parse(d.outputJson).steps.length).toBeGreaterThan(0);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_FALSE);
    const { signed, commandId } = command({ release: {} });
    const r = await driver.send(signed, commandId);
    expect(r.status).toBe('SUCCEEDED');
    const rs = await ruleset();
    expect(rs).not.toMatch(/vigil_isolate|VIGIL-ISO/);
    expect(rs).toContain('table inet operator_own');
    await lab.exec('agent', ['nft', 'delete', 'table', 'inet', 'operator_own']);
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_TRUE);
    expect(await reach('peer', 'agent', AGENT_PORT)).toEqual(ALL_TRUE);
  });

  it('rolls the rules back when the collector cannot be re-reached within the deadline', async () => {
    const before = await ruleset();
    await lab.link('collector', false);
    try {
      const { signed, commandId } = command({ isolate: { selfTestDeadlineMs: 1500 } });
      const r = await driver.send(signed, commandId);
      expect(r.status).toBe('FAILED');
      expect(r.errorCode).toBe('VIGIL_ERR_RESPONSE_SELF_TEST');
      const out = JSON.parse(r.outputJson) as { rolledBack: boolean; selfTest: { ok: boolean; deadlineMs: number } };
      expect(out.rolledBack).toBe(true);
      expect(out.selfTest).toMatchObject({ ok: false, deadlineMs: 1500 });
      expect(await ruleset()).toBe(before);
    } finally {
      await lab.link('collector', true);
    }
    expect(await reach('agent', 'peer', PEER_PORT)).toEqual(ALL_TRUE);
  });

  it('blocks one address with a time-to-live that lifts itself, and unblocks', async () => {
    const peer = lab.host('peer');
    const b = command({ blockAddress: { cidr: `${peer.ipv4}/32`, ttlSeconds: 2 } });
    const r = await driver.send(b.signed, b.commandId);
    expect(r.status).toBe('SUCCEEDED');
    expect(await probe('agent', 'tcp', peer.ipv4, PEER_PORT)).toBe(false);
    expect(await probe('agent', 'tcp', peer.ipv6, PEER_PORT)).toBe(true);
    expect(await waitUntil(() => probe('agent', 'tcp', peer.ipv4, PEER_PORT))).toBe(true);

    const b6 = command({ blockAddress: { cidr: 'fd77::/120' } });
    expect((await driver.send(b6.signed, b6.commandId)).status).toBe('SUCCEEDED');
    expect(await probe('agent', 'tcp', peer.ipv6, PEER_PORT)).toBe(false);
    expect(await probe('peer', 'tcp', lab.host('agent').ipv6, AGENT_PORT)).toBe(false);
    const u = command({ unblockAddress: { cidr: 'fd77::/120' } });
    const ur = await driver.send(u.signed, u.commandId);
    expect(ur.status).toBe('SUCCEEDED');
    expect(JSON.parse(ur.outputJson).before).toEqual({ blocked: true });
    expect(await probe('agent', 'tcp', peer.ipv6, PEER_PORT)).toBe(true);
  });
});

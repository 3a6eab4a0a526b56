// The AgentStore contract: what every implementation of the agent table must do (enrollment with the clone
// flag and the caller's step inside the write, the lookup of a retried enrollment by key, updates, revocation, ordered paging and filters, the inventory
// bound, the import of an old state file's records). agent-store.sqlite.test.ts runs it against SQLite; a
// server database's implementation runs the same suite. Stores open with the default options.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAgentsOptions } from './options.js';
import { compareHost } from './order.js';
import type { AgentRecord, AgentStore, NewAgent } from './types.js';

const newAgent = (over: Partial<NewAgent> = {}): NewAgent => ({
  id: 'agent-1',
  publicKey: 'pk1',
  hostname: 'h',
  machineId: 'm1',
  os: 'Debian',
  agentVersion: '0.1.0',
  tokenId: 'tok1',
  nowMs: 1000,
  ...over,
});

const legacy = (over: Partial<AgentRecord> = {}): AgentRecord => ({
  id: 'old-1',
  publicKey: 'opk1',
  hostname: 'old-host',
  machineId: 'om1',
  os: 'Debian 12',
  agentVersion: '0.0.9',
  enrolledAtMs: 10,
  lastSeenAtMs: 20,
  dryRun: false,
  revoked: false,
  tokenId: 'ot',
  ...over,
});

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    return (err as { code?: string }).code;
  }
  return undefined;
};

export function describeAgentStoreContract(implName: string, open: () => { store: AgentStore; close(): void }): void {
  describe(`AgentStore contract: ${implName}`, () => {
    let store: AgentStore;
    let close: () => void;
    beforeEach(() => {
      const opened = open();
      store = opened.store;
      close = () => opened.close();
    });
    afterEach(() => close());
    const maxInventoryBytes = defaultAgentsOptions().maxInventoryBytes;

    it('keeps the address an agent enrolled and last authenticated from, and lists those of agents not revoked', () => {
      store.enroll(newAgent({ address: '10.0.0.7' }));
      store.enroll(newAgent({ id: 'agent-2', publicKey: 'pk2', machineId: 'm2' }));
      store.enroll(newAgent({ id: 'agent-3', publicKey: 'pk3', machineId: 'm3', address: '10.0.0.9' }));
      expect(store.get('agent-1')?.lastAddress).toBe('10.0.0.7');
      expect(store.get('agent-2')?.lastAddress).toBeUndefined();
      store.update('agent-2', { lastAddress: '::ffff:10.0.0.8' });
      store.update('agent-1', { lastAddress: '10.0.0.70' });
      store.update('agent-3', { revoked: true });
      expect(store.knownAddresses().sort((a, b) => a.agentId.localeCompare(b.agentId))).toEqual([
        { agentId: 'agent-1', address: '10.0.0.70' },
        { agentId: 'agent-2', address: '::ffff:10.0.0.8' },
      ]);
    });

    it('keeps the command key each agent pins and counts agents not revoked by it', () => {
      store.enroll(newAgent());
      store.enroll(newAgent({ id: 'agent-2', publicKey: 'pk2', machineId: 'm2' }));
      store.enroll(newAgent({ id: 'agent-3', publicKey: 'pk3', machineId: 'm3' }));
      store.enroll(newAgent({ id: 'agent-4', publicKey: 'pk4', machineId: 'm4' }));
      expect(store.get('agent-1')?.commandKeyId).toBeUndefined();
      store.update('agent-1', { commandKeyId: 'aaaaaaaaaaaaaaaa' });
      store.update('agent-2', { commandKeyId: 'bbbbbbbbbbbbbbbb' });
      store.update('agent-3', { commandKeyId: 'bbbbbbbbbbbbbbbb' });
      store.update('agent-4', { commandKeyId: 'aaaaaaaaaaaaaaaa', revoked: true });
      expect(store.get('agent-2')?.commandKeyId).toBe('bbbbbbbbbbbbbbbb');
      expect(store.byCommandKey()).toEqual([
        { keyId: 'bbbbbbbbbbbbbbbb', agents: 2 },
        { keyId: 'aaaaaaaaaaaaaaaa', agents: 1 },
      ]);
    });

    it('enrolls an agent not revoked, without dry run, last seen at enrollment, and reads it back', () => {
      const inventory = { hostname: 'h', services: ['nginx.service'], interfaces: [{ name: 'eth0', addresses: ['10.0.0.1/24'] }] };
      const a = store.enroll(newAgent({ inventory }));
      const expected: AgentRecord = {
        id: 'agent-1',
        publicKey: 'pk1',
        hostname: 'h',
        machineId: 'm1',
        os: 'Debian',
        agentVersion: '0.1.0',
        enrolledAtMs: 1000,
        lastSeenAtMs: 1000,
        dryRun: false,
        revoked: false,
        tokenId: 'tok1',
        inventory,
      };
      expect(a).toEqual(expected);
      expect(store.get('agent-1')).toEqual(expected);
      expect(store.get('agent-2')).toBeUndefined();
      expect(store.count()).toBe(1);
    });

    it('flags a known machine id with a different key as a clone of the first-enrolled agent', () => {
      store.enroll(newAgent());
      const second = store.enroll(newAgent({ id: 'agent-2', publicKey: 'pk2' }));
      expect(second.cloneOf).toBe('agent-1');
      // a clone of a clone names the original
      expect(store.enroll(newAgent({ id: 'agent-3', publicKey: 'pk3' })).cloneOf).toBe('agent-1');
      expect(store.get('agent-3')?.cloneOf).toBe('agent-1');
      expect(store.enroll(newAgent({ id: 'agent-4', publicKey: 'pk4', machineId: 'm2' })).cloneOf).toBeUndefined();
      // the same key again is the same host enrolling twice, not a clone; no machine id proves nothing
      expect(store.enroll(newAgent({ id: 'agent-5', publicKey: 'pk4', machineId: 'm2' })).cloneOf).toBeUndefined();
      store.enroll(newAgent({ id: 'agent-6', publicKey: 'pk6', machineId: '' }));
      expect(store.enroll(newAgent({ id: 'agent-7', publicKey: 'pk7', machineId: '' })).cloneOf).toBeUndefined();
    });

    it('does not count a revoked agent as the twin of a new one', () => {
      store.enroll(newAgent());
      expect(store.update('agent-1', { revoked: true })?.revoked).toBe(true);
      expect(store.enroll(newAgent({ id: 'agent-2', publicKey: 'pk2' })).cloneOf).toBeUndefined();
      expect(store.enroll(newAgent({ id: 'agent-3', publicKey: 'pk3' })).cloneOf).toBe('agent-2');
    });

    it('refuses an id already enrolled and keeps the first record', () => {
      const first = store.enroll(newAgent());
      expect(codeOf(() => store.enroll(newAgent({ publicKey: 'other', hostname: 'other' })))).toBe('VIGIL_ERR_AGENT_EXISTS');
      expect(store.get('agent-1')).toEqual(first);
      expect(store.count()).toBe(1);
    });

    it("runs the caller's step once inside the write: if it throws, nothing is stored", () => {
      let calls = 0;
      expect(() =>
        store.enroll(newAgent(), () => {
          calls++;
          throw new Error('state file write failed');
        }),
      ).toThrow('state file write failed');
      expect(calls).toBe(1);
      expect(store.get('agent-1')).toBeUndefined();
      expect(store.count()).toBe(0);
      store.enroll(newAgent(), () => calls++);
      expect(calls).toBe(2);
      expect(store.get('agent-1')?.hostname).toBe('h');
    });

    it("finds the agent a key enrolled through a token (a retried enrollment), never a revoked one or another token's", () => {
      const first = store.enroll(newAgent({ id: 'a1', publicKey: 'pk1', tokenId: 't1' }));
      store.enroll(newAgent({ id: 'a2', publicKey: 'pk2', tokenId: 't1' }));
      expect(store.findEnrolled('pk1', 't1')).toEqual(first);
      expect(store.findEnrolled('pk1', 't2')).toBeUndefined();
      expect(store.findEnrolled('pk3', 't1')).toBeUndefined();
      store.update('a1', { revoked: true });
      expect(store.findEnrolled('pk1', 't1')).toBeUndefined();
      // the same key enrolled again after its revocation: that later agent is the one found
      store.enroll(newAgent({ id: 'a3', publicKey: 'pk1', tokenId: 't1' }));
      expect(store.findEnrolled('pk1', 't1')?.id).toBe('a3');
    });

    it('bounds the inventory: a larger one is refused before anything is written', () => {
      const fill = (bytes: number) => ({ services: ['x'.repeat(bytes - '{"services":[""]}'.length)] });
      expect(Buffer.byteLength(JSON.stringify(fill(maxInventoryBytes)))).toBe(maxInventoryBytes);
      expect(store.enroll(newAgent({ inventory: fill(maxInventoryBytes) })).inventory).toEqual(fill(maxInventoryBytes));
      let called = false;
      const tooBig = newAgent({ id: 'agent-2', publicKey: 'pk2', inventory: fill(maxInventoryBytes + 1) });
      expect(codeOf(() => store.enroll(tooBig, () => (called = true)))).toBe('VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE');
      expect(called).toBe(false);
      expect(store.get('agent-2')).toBeUndefined();
      expect(codeOf(() => store.update('agent-1', { inventory: fill(maxInventoryBytes + 1), lastSeenAtMs: 5 }))).toBe('VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE');
      expect(store.get('agent-1')?.lastSeenAtMs).toBe(1000);
      // multi-byte characters count as the bytes they take
      expect(codeOf(() => store.update('agent-1', { inventory: { services: ['é'.repeat(maxInventoryBytes / 2)] } }))).toBe(
        'VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE',
      );
    });

    it('updates fields and returns the new record; an unknown id changes nothing', () => {
      store.enroll(newAgent({ inventory: { hostname: 'h' } }));
      const patched = store.update('agent-1', {
        lastSeenAtMs: 5000,
        agentVersion: '0.2.0',
        dryRun: true,
        identityConflictAtMs: 4000,
        sequenceConflict: { atMs: 4500, heldSeq: 90, agentLastSeq: 40 },
        inventory: { hostname: 'h2', services: ['ssh.service'] },
      });
      const expected = {
        ...newAgentRecord(),
        lastSeenAtMs: 5000,
        agentVersion: '0.2.0',
        dryRun: true,
        identityConflictAtMs: 4000,
        sequenceConflict: { atMs: 4500, heldSeq: 90, agentLastSeq: 40 },
        inventory: { hostname: 'h2', services: ['ssh.service'] },
      };
      expect(patched).toEqual(expected);
      expect(store.get('agent-1')).toEqual(expected);
      expect(store.update('agent-1', { dryRun: false })?.dryRun).toBe(false);
      expect(store.get('agent-1')?.lastSeenAtMs).toBe(5000);
      expect(store.update('nobody', { dryRun: true })).toBeUndefined();
      expect(store.get('nobody')).toBeUndefined();
      expect(store.update('agent-1', {})).toEqual({ ...expected, dryRun: false });
    });

    it('clears an optional field given as undefined', () => {
      store.enroll(newAgent());
      store.enroll(newAgent({ id: 'agent-2', publicKey: 'pk2', inventory: { a: 1 } }));
      store.update('agent-2', { identityConflictAtMs: 7, sequenceConflict: { atMs: 1, heldSeq: 2, agentLastSeq: 1 } });
      const cleared = store.update('agent-2', { cloneOf: undefined, identityConflictAtMs: undefined, sequenceConflict: undefined, inventory: undefined });
      expect(cleared).toEqual({ ...newAgentRecord(), id: 'agent-2', publicKey: 'pk2' });
      expect(store.get('agent-2')).toEqual(cleared);
    });

    it('filters by revocation and counts', () => {
      for (const n of [1, 2, 3]) store.enroll(newAgent({ id: `agent-${n}`, publicKey: `pk${n}`, machineId: `m${n}`, hostname: `h${n}` }));
      store.update('agent-2', { revoked: true });
      expect(store.list({ revoked: false }).map((a) => a.id)).toEqual(['agent-1', 'agent-3']);
      expect(store.list({ revoked: true }).map((a) => a.id)).toEqual(['agent-2']);
      expect(store.list().map((a) => a.id)).toEqual(['agent-1', 'agent-2', 'agent-3']);
      expect(store.count()).toBe(3);
      expect(store.count({ revoked: false })).toBe(2);
      expect(store.count({ revoked: true })).toBe(1);
    });

    it('lists by hostname then id in code point order, and pages with a cursor, each agent once', () => {
      const hosts = ['web', 'db', 'Web', 'web', 'α', '😀', '\uffee', 'db-2', ''];
      hosts.forEach((hostname, i) => store.enroll(newAgent({ id: `id-${9 - i}`, publicKey: `pk${i}`, machineId: `m${i}`, hostname })));
      const all = store.list();
      const sorted = [...all].sort(compareHost);
      expect(all.map((a) => [a.hostname, a.id])).toEqual(sorted.map((a) => [a.hostname, a.id]));
      expect(all.map((a) => a.hostname)).toEqual(['', 'Web', 'db', 'db-2', 'web', 'web', 'α', '\uffee', '😀']);
      expect(all.filter((a) => a.hostname === 'web').map((a) => a.id)).toEqual(['id-6', 'id-9']);
      const seen: string[] = [];
      let after: { hostname: string; id: string } | undefined;
      for (let pages = 0; pages < 10; pages++) {
        const page = store.list({ ...(after ? { after } : {}), limit: 2 });
        seen.push(...page.map((a) => a.id));
        if (page.length < 2) break;
        after = { hostname: page[1]!.hostname, id: page[1]!.id };
      }
      expect(seen).toEqual(all.map((a) => a.id));
      expect(store.list({ limit: 0 })).toEqual([]);
      store.update('id-6', { revoked: true });
      expect(store.list({ revoked: false, after: { hostname: 'db-2', id: 'id-2' }, limit: 2 }).map((a) => a.id)).toEqual(['id-9', 'id-5']);
    });

    it('imports old records in one transaction, in their order, keeping rows already there', () => {
      store.enroll(newAgent({ id: 'old-2', publicKey: 'opk2', hostname: 'enrolled-meanwhile' }));
      const records = [
        legacy({ inventory: { hostname: 'old-host', services: ['a.service'] }, sequenceConflict: { atMs: 30, heldSeq: 9, agentLastSeq: 3 } }),
        legacy({ id: 'old-2', publicKey: 'opk2', hostname: 'from-the-file' }),
        legacy({ id: 'old-3', publicKey: 'opk3', cloneOf: 'old-1', dryRun: true, identityConflictAtMs: 25 }),
        legacy({ id: 'old-4', publicKey: 'opk4', machineId: 'om4', revoked: true, inventory: { services: ['x'.repeat(maxInventoryBytes)] } }),
      ];
      expect(store.importRecords(records)).toEqual({ added: 3, inventoriesDropped: 1 });
      expect(store.get('old-1')).toEqual(records[0]);
      expect(store.get('old-2')?.hostname).toBe('enrolled-meanwhile');
      expect(store.get('old-3')).toEqual(records[2]);
      const { inventory: _dropped, ...withoutInventory } = records[3]!;
      expect(store.get('old-4')).toEqual(withoutInventory);
      // enrollment order is kept: a new clone of om1 names the first imported agent
      expect(store.enroll(newAgent({ id: 'new', publicKey: 'npk', machineId: 'om1' })).cloneOf).toBe('old-1');
      // a retried import adds nothing and changes nothing
      store.update('old-1', { lastSeenAtMs: 99 });
      expect(store.importRecords(records)).toEqual({ added: 0, inventoriesDropped: 1 });
      expect(store.get('old-1')?.lastSeenAtMs).toBe(99);
      // all or nothing: a record the table cannot hold rolls back the ones before it
      const broken = { ...legacy({ id: 'old-6', publicKey: 'opk6' }), publicKey: null } as unknown as AgentRecord;
      expect(() => store.importRecords([legacy({ id: 'old-5', publicKey: 'opk5' }), broken])).toThrow();
      expect(store.get('old-5')).toBeUndefined();
      expect(store.count()).toBe(5);
    });
  });
}

function newAgentRecord(): AgentRecord {
  return {
    id: 'agent-1',
    publicKey: 'pk1',
    hostname: 'h',
    machineId: 'm1',
    os: 'Debian',
    agentVersion: '0.1.0',
    enrolledAtMs: 1000,
    lastSeenAtMs: 1000,
    dryRun: false,
    revoked: false,
    tokenId: 'tok1',
  };
}

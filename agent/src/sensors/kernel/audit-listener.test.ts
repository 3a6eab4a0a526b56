// The audit listener against a fake kernel audit (status, rule add/delete/list, multicast records): rules
// removed while a repair is running (auditctl -D deletes rule after rule) are put back by one more pass.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '@vigil/logger';
import type { NativeNetlink, NativeNetlinkSocket } from './native.js';
import { NLMSG_DONE, NLMSG_ERROR, NLM_F_MULTI, encodeMessage } from './netlink.js';
import { AUDIT_ADD_RULE, AUDIT_DEL_RULE, AUDIT_GET, AUDIT_LIST_RULES, AUDIT_SET, F, OP, encodeRule } from './audit-proto.js';
import { AuditListener } from './audit-listener.js';
import type { NamedRule } from './audit-rules.js';

const CONFIG_CHANGE = 1305;

/** Kernel audit as far as the listener uses it: the enabled flag, the backlog limit and a rule list. */
class FakeAudit {
  enabled = 1;
  backlogLimit = 1 << 20;
  rules: Buffer[] = [];
  /** Called for every rule the listener adds, before the kernel answers. */
  onAdd: (rule: Buffer) => void = () => {};
  private readonly deliver: Array<(chunk: Buffer, count: number, overflows: number) => void> = [];

  get addon(): NativeNetlink {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const kernel = this;
    class Socket implements NativeNetlinkSocket {
      constructor(_protocol: number, _groups: number, _rcvbuf: number, onData: (chunk: Buffer, count: number, overflows: number) => void) {
        kernel.deliver.push(onData);
      }
      send(d: Buffer): number {
        kernel.request(d.readUInt16LE(4), d.readUInt32LE(8), d.subarray(16, d.readUInt32LE(0)));
        return 0;
      }
      port = () => 4242;
      join = () => undefined;
      rcvbuf = () => 0;
      close = () => undefined;
      unref = () => undefined;
    }
    return { NetlinkSocket: Socket };
  }

  /** A multicast record, as kauditd sends one. */
  record(type: number, text: string): void {
    this.send([encodeMessage(type, 0, 0, Buffer.from(text))]);
  }

  private send(datagrams: Buffer[]): void {
    const chunk = Buffer.concat(datagrams.flatMap((d) => [Buffer.from(Uint32Array.of(d.length).buffer), d, Buffer.alloc((4 - (d.length % 4)) % 4)]));
    setImmediate(() => {
      for (const f of this.deliver) f(chunk, datagrams.length, 0);
    });
  }

  private ack(seq: number, errno = 0): Buffer {
    const b = Buffer.alloc(20);
    b.writeInt32LE(-errno, 0);
    return encodeMessage(NLMSG_ERROR, 0, seq, b);
  }

  private request(type: number, seq: number, data: Buffer): void {
    if (type === AUDIT_GET) {
      const s = Buffer.alloc(32);
      s.writeUInt32LE(this.enabled, 4);
      s.writeUInt32LE(this.backlogLimit, 20);
      return this.send([encodeMessage(AUDIT_GET, 0, seq, s)]);
    }
    if (type === AUDIT_SET) {
      if (data.readUInt32LE(0) & 1) this.enabled = data.readUInt32LE(4);
      return this.send([this.ack(seq)]);
    }
    if (type === AUDIT_LIST_RULES)
      return this.send([...this.rules.map((r) => encodeMessage(AUDIT_LIST_RULES, NLM_F_MULTI, seq, r)), encodeMessage(NLMSG_DONE, 0, seq, Buffer.alloc(4))]);
    const at = this.rules.findIndex((r) => r.equals(data));
    if (type === AUDIT_ADD_RULE) {
      this.onAdd(Buffer.from(data));
      if (at >= 0) return this.send([this.ack(seq, 17)]);
      this.rules.push(Buffer.from(data));
      return this.send([this.ack(seq)]);
    }
    if (type === AUDIT_DEL_RULE) {
      if (at < 0) return this.send([this.ack(seq, 2)]);
      this.rules.splice(at, 1);
      return this.send([this.ack(seq)]);
    }
  }

  /** What auditctl -D -k vigil does to one rule: delete it, and the kernel's CONFIG_CHANGE record. */
  removeByHand(rule: Buffer): void {
    this.rules = this.rules.filter((r) => !r.equals(rule));
    this.record(CONFIG_CHANGE, 'audit(1796152917.100:795): auid=0 ses=1 op=remove_rule key="vigil" list=4 res=1');
  }
}

const rule = (nr: number): NamedRule => ({
  name: `r${nr}`,
  rule: {
    syscalls: [nr],
    fields: [
      { field: F.ARCH, op: OP.EQUAL, value: 0xc000003e },
      { field: F.FILTERKEY, op: OP.EQUAL, value: 'vigil' },
    ],
  },
});

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('audit listener repair', () => {
  it('rules removed while a repair runs are put back by another pass, and each pass says so', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-audit-'));
    const kernel = new FakeAudit();
    const rules = [rule(59), rule(42), rule(101)];
    const tamper: string[] = [];
    const listener = new AuditListener(
      kernel.addon,
      rules,
      {
        rcvbufBytes: 0,
        backlogLimit: 8192,
        groupIdleMs: 1000,
        maxOpenGroups: 10,
        maxRecordsPerGroup: 10,
        maxRecordBytes: 8192,
        restorePath: join(dir, 'restore.json'),
      },
      { group: () => undefined, lost: () => undefined, tamper: (what) => tamper.push(what) },
      silentLogger(),
    );
    await listener.start();
    expect(kernel.rules).toHaveLength(3);
    const [first, middle] = rules.map((r) => encodeRule(r.rule));
    // While the first repair re-adds the middle rule, the first one (already put back) is deleted again.
    let struck = false;
    kernel.onAdd = (r) => {
      if (!struck && r.equals(middle!) && tamper.length === 0) {
        struck = true;
        kernel.removeByHand(first!);
      }
    };
    kernel.removeByHand(first!);
    await vi.waitFor(() => expect(tamper).toEqual(['audit_rules_removed', 'audit_rules_removed']), { timeout: 5000, interval: 5 });
    expect(struck).toBe(true);
    expect(kernel.rules).toHaveLength(3);
    await listener.stop();
    expect(kernel.rules).toHaveLength(0);
  });
});

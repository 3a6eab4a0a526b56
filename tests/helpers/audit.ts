// The kernel audit subsystem is global to the machine. This helper reads its state (enabled flag, backlog
// limit, every rule as the kernel returns it) through the agent's own netlink addon, so a test can take a
// snapshot first, compare at the end, and undo exactly what is left over (rules keyed "vigil" that were not
// there before, a changed flag or limit) before it fails. It also plays "another audit daemon" for the
// coexistence test: it holds the audit pid slot and reads its unicast records, as auditd would.
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = (p: string) => `${root}agent/dist/sensors/kernel/${p}`;

type NetlinkModule = typeof import('../../agent/src/sensors/kernel/netlink.js');
type ControlModule = typeof import('../../agent/src/sensors/kernel/audit-control.js');
type NativeModule = typeof import('../../agent/src/sensors/kernel/native.js');
type ProtoModule = typeof import('../../agent/src/sensors/kernel/audit-proto.js');

async function modules() {
  const [netlink, control, native, proto] = await Promise.all([
    import(dist('netlink.js')) as Promise<NetlinkModule>,
    import(dist('audit-control.js')) as Promise<ControlModule>,
    import(dist('native.js')) as Promise<NativeModule>,
    import(dist('audit-proto.js')) as Promise<ProtoModule>,
  ]);
  return { netlink, control, native, proto };
}

export interface AuditSnapshot {
  enabled: number;
  backlogLimit: number;
  pid: number;
  /** Every rule, base64 of the kernel's audit_rule_data, sorted. */
  rules: string[];
}

/** A compact, comparable form of a snapshot (rule bytes as one digest, so a failure prints a short diff). */
export function summary(s: AuditSnapshot, withPid = false): Record<string, number | string> {
  const digest = createHash('sha256').update(s.rules.join('\n')).digest('hex').slice(0, 16);
  return { enabled: s.enabled, backlogLimit: s.backlogLimit, rules: s.rules.length, rulesDigest: digest, ...(withPid ? { pid: s.pid } : {}) };
}

/** A control connection to kernel audit (not a multicast listener). */
export class AuditProbe {
  private constructor(
    private readonly sock: InstanceType<NetlinkModule['NetlinkSocket']>,
    private readonly ctl: InstanceType<ControlModule['AuditControl']>,
    private readonly proto: ProtoModule,
  ) {}

  static async open(): Promise<AuditProbe> {
    const m = await modules();
    const load = m.native.loadNetlinkAddon('/nonexistent');
    if (!load.ok) throw new Error(load.reason);
    const sock = new m.netlink.NetlinkSocket(load.addon, { protocol: m.proto.NETLINK_AUDIT });
    return new AuditProbe(sock, new m.control.AuditControl(sock), m.proto);
  }

  async snapshot(): Promise<AuditSnapshot> {
    const s = await this.ctl.status();
    const rules = (await this.ctl.listRules()).map((r) => r.toString('base64')).sort();
    return { enabled: s.enabled, backlogLimit: s.backlogLimit, pid: s.pid, rules };
  }

  keyOf(ruleBase64: string): string | undefined {
    return this.proto.ruleKey(Buffer.from(ruleBase64, 'base64'));
  }

  async deleteRule(ruleBase64: string): Promise<boolean> {
    return this.ctl.deleteRule(Buffer.from(ruleBase64, 'base64'));
  }

  async addRule(ruleBase64: string): Promise<boolean> {
    return this.ctl.addRule(Buffer.from(ruleBase64, 'base64'));
  }

  encodeWatch(path: string, key: string): string {
    const { F, OP, PERM, encodeRule } = this.proto;
    return encodeRule({
      syscalls: 'all',
      fields: [
        { field: F.WATCH, op: OP.EQUAL, value: path },
        { field: F.PERM, op: OP.EQUAL, value: PERM.WRITE | PERM.ATTR },
        { field: F.FILTERKEY, op: OP.EQUAL, value: key },
      ],
    }).toString('base64');
  }

  async setEnabled(n: number): Promise<void> {
    await this.ctl.setEnabled(n);
  }

  async setBacklogLimit(n: number): Promise<void> {
    await this.ctl.setBacklogLimit(n);
  }

  /**
   * Puts back what `before` had: removes rules keyed "vigil" that were not there, restores the enabled
   * flag and the backlog limit. Returns what it had to undo (empty when the state was already as before).
   */
  async restore(before: AuditSnapshot): Promise<string[]> {
    const undone: string[] = [];
    const now = await this.snapshot();
    for (const r of now.rules) {
      if (before.rules.includes(r) || !this.keyOf(r)?.startsWith('vigil')) continue;
      await this.deleteRule(r);
      undone.push(`rule ${this.keyOf(r)}`);
    }
    if (now.backlogLimit !== before.backlogLimit) {
      await this.setBacklogLimit(before.backlogLimit);
      undone.push(`backlog_limit ${now.backlogLimit} -> ${before.backlogLimit}`);
    }
    if (now.enabled !== before.enabled && before.enabled !== 2) {
      await this.setEnabled(before.enabled);
      undone.push(`enabled ${now.enabled} -> ${before.enabled}`);
    }
    return undone;
  }

  close(): void {
    this.sock.close();
  }
}

/** A stand-in audit daemon: registers as the audit pid (like auditd) and keeps reading its records. */
export class OtherAuditDaemon {
  records = 0;
  private constructor(
    private readonly sock: InstanceType<NetlinkModule['NetlinkSocket']>,
    private readonly proto: ProtoModule,
  ) {}

  static async register(): Promise<OtherAuditDaemon> {
    const m = await modules();
    const load = m.native.loadNetlinkAddon('/nonexistent');
    if (!load.ok) throw new Error(load.reason);
    const sock = new m.netlink.NetlinkSocket(load.addon, { protocol: m.proto.NETLINK_AUDIT, rcvbufBytes: 8 * 1024 * 1024 });
    const d = new OtherAuditDaemon(sock, m.proto);
    sock.onMessage((msg) => {
      if (msg.type >= m.proto.FIRST_RECORD_TYPE) d.records++;
    });
    await d.setPid(process.pid);
    return d;
  }

  private async setPid(pid: number): Promise<void> {
    const b = Buffer.alloc(40);
    b.writeUInt32LE(0x0004 /* AUDIT_STATUS_PID */, 0);
    b.writeUInt32LE(pid, 12);
    await this.sock.request(this.proto.AUDIT_SET, 0x4 /* NLM_F_ACK */, b, false);
  }

  /** Gives the slot back (pid 0), as auditd does on a clean stop, and closes. */
  async unregister(): Promise<void> {
    await this.setPid(0);
    this.sock.close();
  }
}

/** True when this process may control kernel audit (root in the initial namespaces, audit built in). */
export async function auditAvailable(): Promise<string | undefined> {
  if (process.getuid?.() !== 0) return 'needs root';
  try {
    const p = await AuditProbe.open();
    try {
      const s = await p.snapshot();
      if (s.enabled === 2) return 'audit rules are locked (-e 2) on this machine';
    } finally {
      p.close();
    }
    return undefined;
  } catch (err) {
    return `kernel audit unavailable: ${(err as Error).message}`;
  }
}

// The audit sensor's kernel side: listens to audit records as a multicast reader (it never takes the audit
// daemon's slot), adds Vigil's rules, groups records by serial into events, and notices when its rules
// are removed or audit is turned off, puts them back and says so. On stop it removes only its own rules
// and restores the enabled flag and backlog limit it changed.
import type { Logger } from '@vigil/logger';
import type { NativeNetlink } from './native.js';
import { NetlinkError, NetlinkSocket, errnoName, type NetlinkMessage } from './netlink.js';
import { AuditControl, RestoreFile, type AuditRestore } from './audit-control.js';
import { AUDIT_NLGRP_READLOG, FIRST_RECORD_TYPE, NETLINK_AUDIT, encodeRule, recordTypeName, type AuditStatus } from './audit-proto.js';
import { VIGIL_KEY, type NamedRule } from './audit-rules.js';
import { parseAuditMessage } from '../parsers/auditd.js';
import { AuditAssembler, type AuditGroup } from '../parsers/audit-group.js';

export interface AuditListenerOptions {
  rcvbufBytes: number;
  /** The kernel backlog limit the sensor raises audit to (never lowers it). */
  backlogLimit: number;
  groupIdleMs: number;
  maxOpenGroups: number;
  maxRecordsPerGroup: number;
  maxRecordBytes: number;
  restorePath: string;
}

export interface AuditEvents {
  group(g: AuditGroup): void;
  /** Records the kernel or the socket lost since the last call. */
  lost(n: number, why: string): void;
  tamper(what: string, detail: string, repaired: boolean): void;
}

export class AuditUnavailable extends Error {}

export class AuditListener {
  private sock?: NetlinkSocket;
  private control?: AuditControl;
  private assembler?: AuditAssembler;
  private added: Buffer[] = [];
  private restore: AuditRestore = { rules: [] };
  private readonly restoreFile: RestoreFile;
  private stopping = false;
  private lastLost = 0;
  private repairing?: Promise<void>;
  private repairAgain?: { what: string; detail: string };
  private timer?: NodeJS.Timeout;
  /** Rules that exist because someone else added the identical rule first (never removed by us). */
  shared = 0;
  problems: string[] = [];

  constructor(
    private readonly addon: NativeNetlink,
    private readonly rules: NamedRule[],
    private readonly opts: AuditListenerOptions,
    private readonly events: AuditEvents,
    private readonly logger: Logger,
  ) {
    this.restoreFile = new RestoreFile(opts.restorePath);
  }

  /** Starts listening and installs the rules; throws AuditUnavailable with the reason otherwise. */
  async start(): Promise<void> {
    let sock: NetlinkSocket;
    try {
      sock = new NetlinkSocket(this.addon, { protocol: NETLINK_AUDIT, groups: 1 << (AUDIT_NLGRP_READLOG - 1), rcvbufBytes: this.opts.rcvbufBytes });
    } catch (err) {
      throw new AuditUnavailable(`audit multicast unavailable (${(err as Error).message}; needs CAP_AUDIT_READ)`);
    }
    this.sock = sock;
    this.control = new AuditControl(sock);
    this.assembler = new AuditAssembler({ idleMs: this.opts.groupIdleMs, maxOpen: this.opts.maxOpenGroups, maxRecords: this.opts.maxRecordsPerGroup }, (g) =>
      this.events.group(g),
    );
    sock.onMessage((m) => this.onMessage(m));
    sock.onOverflow((n) => this.events.lost(n, 'socket_overflow'));
    try {
      await this.install();
    } catch (err) {
      await this.stop();
      if (err instanceof AuditUnavailable) throw err;
      const e = err as NetlinkError;
      const why =
        e.errno === 111
          ? 'audit control refused (not in the initial PID namespace)'
          : e.errno === 1
            ? 'audit control not permitted (no CAP_AUDIT_CONTROL)'
            : `audit control failed: ${e.message}`;
      throw new AuditUnavailable(why);
    }
    this.timer = setInterval(() => void this.check().catch((err: unknown) => this.logger.warn({ err }, 'audit check failed')), 10_000);
    this.timer.unref();
  }

  /** Removes exactly the rules this sensor added, restores the flag and limit it changed. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.assembler?.flushAll();
    const control = this.control;
    if (control) {
      try {
        await this.undo(control);
      } catch (err) {
        this.logger.warn({ err }, 'audit restore failed; the restore file keeps what to undo at the next start');
      }
    }
    this.sock?.close();
    this.sock = undefined;
    this.control = undefined;
  }

  /** Rules in place for this sensor: the ones it added plus identical ones someone else had. */
  get ruleCount(): number {
    return this.added.length + this.shared;
  }

  flushIdle(): void {
    this.assembler?.flushIdle();
  }

  async status(): Promise<AuditStatus | undefined> {
    return this.control?.status();
  }

  private async install(): Promise<void> {
    const control = this.control!;
    const status = await control.status();
    const leftover = this.restoreFile.read();
    if (leftover) {
      // A previous run did not finish its stop: its rules are ours, its "before" values are the host's.
      for (const r of leftover.rules) await control.deleteRule(Buffer.from(r, 'base64')).catch(() => false);
      this.restore = { enabledBefore: leftover.enabledBefore, backlogBefore: leftover.backlogBefore, rules: [] };
    }
    if (status.enabled === 2) throw new AuditUnavailable('audit rules are locked (enabled=2, auditctl -e 2): Vigil cannot add its rules');
    if (status.enabled === 0) {
      if (this.restore.enabledBefore === undefined) this.restore.enabledBefore = 0;
      this.restoreFile.write(this.restore);
      await control.setEnabled(1);
    }
    if (status.backlogLimit < this.opts.backlogLimit) {
      if (this.restore.backlogBefore === undefined) this.restore.backlogBefore = status.backlogLimit;
      this.restoreFile.write(this.restore);
      await control.setBacklogLimit(this.opts.backlogLimit);
    }
    this.lastLost = status.lost;
    await this.addRules();
  }

  private async addRules(): Promise<void> {
    const control = this.control!;
    this.problems = [];
    this.shared = 0;
    for (const r of this.rules) await this.addRule(control, r);
    this.restoreFile.write(this.restore);
  }

  private async addRule(control: AuditControl, r: NamedRule): Promise<void> {
    const data = encodeRule(r.rule);
    if (this.added.some((a) => a.equals(data))) {
      // Re-adding after a removal: ours again if it was removed.
      await control.addRule(data).catch(() => false);
      return;
    }
    try {
      if (await control.addRule(data)) {
        this.added.push(data);
        this.restore.rules.push(data.toString('base64'));
        // Saved in steps (each write is an fsync): a crash loses at most the last few from the record.
        if (this.restore.rules.length % 32 === 1) this.restoreFile.write(this.restore);
      } else this.shared++;
    } catch (err) {
      const why = err instanceof NetlinkError ? errnoName(err.errno) : (err as Error).message;
      if (!r.optional) throw new AuditUnavailable(`audit rule ${r.name} refused: ${why}`);
      this.problems.push(`${r.name}: ${why}`);
    }
  }

  /** Adds rules while running (a watched folder appeared); they are repaired and removed like the others. */
  async extend(rules: NamedRule[]): Promise<void> {
    const control = this.control;
    if (!control || this.stopping) return;
    for (const r of rules) {
      this.rules.push(r);
      await this.addRule(control, r);
    }
    this.restoreFile.write(this.restore);
  }

  private async undo(control: AuditControl): Promise<void> {
    for (const data of this.added) await control.deleteRule(data);
    this.added = [];
    if (this.restore.backlogBefore !== undefined) await control.setBacklogLimit(this.restore.backlogBefore);
    if (this.restore.enabledBefore !== undefined) await control.setEnabled(this.restore.enabledBefore);
    this.restore = { rules: [] };
    this.restoreFile.remove();
  }

  /** Periodic: lost-record counter, enabled flag and our rules still there. */
  private async check(): Promise<void> {
    const control = this.control;
    if (!control || this.stopping) return;
    const status = await control.status();
    if (status.lost > this.lastLost) this.events.lost(status.lost - this.lastLost, 'kernel_backlog');
    this.lastLost = status.lost;
    if (status.enabled === 0) await this.repair('audit_disabled', 'audit was switched off (enabled=0)');
    else if (this.added.length) {
      const present = await control.countKeyed(VIGIL_KEY);
      if (present < this.added.length + this.shared)
        await this.repair('audit_rules_removed', `${this.added.length + this.shared - present} of Vigil's audit rules were removed`);
    }
  }

  private repair(what: string, detail: string): Promise<void> {
    if (this.stopping) return Promise.resolve();
    if (this.repairing) {
      // More removals while repairing (auditctl -D deletes rule after rule): one more pass once this one ends.
      this.repairAgain ??= { what, detail };
      return this.repairing;
    }
    this.repairing = (async () => {
      const control = this.control!;
      let repaired = true;
      try {
        const status = await control.status();
        if (status.enabled === 0) await control.setEnabled(1);
        await this.addRules();
      } catch (err) {
        repaired = false;
        this.logger.warn({ err }, 'audit repair failed');
      }
      this.events.tamper(what, detail, repaired);
    })().finally(() => {
      this.repairing = undefined;
      const again = this.repairAgain;
      this.repairAgain = undefined;
      if (again) void this.repair(again.what, again.detail);
    });
    return this.repairing;
  }

  private onMessage(m: NetlinkMessage): void {
    if (m.type < FIRST_RECORD_TYPE) return;
    let len = Math.min(m.data.length, this.opts.maxRecordBytes);
    while (len > 0 && m.data[len - 1] === 0) len--;
    const text = m.data.toString('utf8', 0, len);
    const type = recordTypeName(m.type);
    const record = parseAuditMessage(type, text);
    if (!record) return;
    if (type === 'CONFIG_CHANGE' && !this.stopping) this.onConfigChange(record.fields);
    this.assembler!.add(record, `type=${type} msg=${text}`, 0);
  }

  private onConfigChange(f: Record<string, string>): void {
    if (f.op === 'remove_rule' && f.key === VIGIL_KEY && f.res !== '0') {
      setImmediate(() => void this.repair('audit_rules_removed', `an audit rule with key ${VIGIL_KEY} was removed (auid=${f.auid ?? '?'})`));
    } else if (f.audit_enabled === '0' && f.res !== '0') {
      setImmediate(() => void this.repair('audit_disabled', `audit was switched off (auid=${f.auid ?? '?'})`));
    }
  }
}

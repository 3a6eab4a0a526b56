// Audit control over netlink: read the status, set the enabled flag and backlog limit, and add, list and
// delete rules. What the sensor changed is remembered in a small state file, so a crash followed by a
// restart still restores the flag and limit the host had, and removes exactly the rules it added.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { NLM_F_ACK, NLM_F_DUMP, NetlinkError, type NetlinkSocket } from './netlink.js';
import {
  AUDIT_ADD_RULE,
  AUDIT_DEL_RULE,
  AUDIT_GET,
  AUDIT_LIST_RULES,
  AUDIT_SET,
  AUDIT_STATUS_BACKLOG_LIMIT,
  AUDIT_STATUS_ENABLED,
  decodeStatus,
  encodeStatusSet,
  ruleKey,
  type AuditStatus,
} from './audit-proto.js';
import { writeFileAtomic } from '@vigil/files';

export class AuditControl {
  constructor(private readonly sock: NetlinkSocket) {}

  async status(): Promise<AuditStatus> {
    const replies = await this.sock.request(AUDIT_GET, 0, Buffer.alloc(0), false);
    const reply = replies.find((m) => m.type === AUDIT_GET);
    if (!reply) throw new NetlinkError('no audit status reply', 71);
    return decodeStatus(reply.data);
  }

  async setEnabled(enabled: number): Promise<void> {
    await this.sock.request(AUDIT_SET, NLM_F_ACK, encodeStatusSet(AUDIT_STATUS_ENABLED, { enabled }), false);
  }

  async setBacklogLimit(limit: number): Promise<void> {
    await this.sock.request(AUDIT_SET, NLM_F_ACK, encodeStatusSet(AUDIT_STATUS_BACKLOG_LIMIT, { backlogLimit: limit }), false);
  }

  /** Every rule in the kernel, as the encoded audit_rule_data the kernel returned. */
  async listRules(): Promise<Buffer[]> {
    const replies = await this.sock.request(AUDIT_LIST_RULES, NLM_F_DUMP, Buffer.alloc(0), true);
    return replies.filter((m) => m.type === AUDIT_LIST_RULES).map((m) => Buffer.from(m.data));
  }

  /** Adds a rule; false when an identical rule already exists (it then belongs to someone else). */
  async addRule(data: Buffer): Promise<boolean> {
    try {
      await this.sock.request(AUDIT_ADD_RULE, NLM_F_ACK, data, false);
      return true;
    } catch (err) {
      if (err instanceof NetlinkError && err.errno === 17) return false;
      throw err;
    }
  }

  /** Deletes a rule; false when it was not there. */
  async deleteRule(data: Buffer): Promise<boolean> {
    try {
      await this.sock.request(AUDIT_DEL_RULE, NLM_F_ACK, data, false);
      return true;
    } catch (err) {
      if (err instanceof NetlinkError && err.errno === 2) return false;
      throw err;
    }
  }

  /** How many rules carry `key`. */
  async countKeyed(key: string): Promise<number> {
    return (await this.listRules()).filter((r) => ruleKey(r) === key).length;
  }
}

/** What the sensor changed, kept on disk until it has put everything back. */
export interface AuditRestore {
  /** The enabled flag before the sensor set it, when it did. */
  enabledBefore?: number;
  /** The backlog limit before the sensor raised it, when it did. */
  backlogBefore?: number;
  /** Base64 of every rule the sensor added (not the ones that already existed). */
  rules: string[];
}

export class RestoreFile {
  constructor(private readonly path: string) {}

  read(): AuditRestore | undefined {
    if (!existsSync(this.path)) return undefined;
    try {
      const v = JSON.parse(readFileSync(this.path, 'utf8').slice(0, 4 * 1024 * 1024)) as Partial<AuditRestore>;
      const rules = Array.isArray(v.rules) ? v.rules.filter((r): r is string => typeof r === 'string') : [];
      const num = (x: unknown) => (typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : undefined);
      return { enabledBefore: num(v.enabledBefore), backlogBefore: num(v.backlogBefore), rules };
    } catch {
      return undefined;
    }
  }

  write(r: AuditRestore): void {
    writeFileAtomic(this.path, JSON.stringify(r), 0o600);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }
}

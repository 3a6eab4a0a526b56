// Issues signed commands and follows each one through its lifecycle:
// awaiting_approval -> pending -> delivered -> running -> succeeded | failed | refused, or expired.
// A command for an offline agent stays pending and goes out when the agent connects, until it expires.
// An order the two-person rule holds (two-person.ts) waits unsigned, like a policy's proposal, for another person.
// Every step that matters is written to the audit log with the operator (or "policy:<id>").
import { createPublicKey, randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { rawPublicKey, signEd25519 } from '@vigil/crypto';
import { currentSignature, type SigningKeys } from '../keys/resign.js';
import type { Logger } from '@vigil/logger';
import { u64ToNumber, vigil, type ICollectorMessage } from '@vigil/proto';
import { actionNamed } from '@vigil/actions';
import type { AuditWriter } from '../audit/writer.js';
import { COLLECTOR_ERRORS, CollectorError } from '../errors.js';
import type { CommandCount, CommandHold, CommandRow, CommandState, CommandStore } from './types.js';
import { checkCredentialAccess, credentialDetail, type OperatorRole } from './credential-access.js';
import type { CommandsOptions } from './options.js';
import { checkSecondOperator, twoPersonHold, type Approver } from './two-person.js';

export interface IssueRequest {
  agentId: string;
  /** The action's one name (stop_service); anything else is refused. */
  action: string;
  /** The action message's fields as JSON, named as in the generated proto, e.g. { unit: "nginx.service", mask: true }. */
  params?: Record<string, unknown>;
  operator: string;
  /** The person behind the order (a session's user, a token's owner) when `operator` names a token; defaults to `operator`. */
  requester?: string;
  /** The ordering person's role; undefined for policies. Only an admin may grant credential access. */
  operatorRole?: OperatorRole;
  /** Where the order came from (client address), for the audit log. */
  source?: string;
  dryRun?: boolean;
  ttlMs?: number;
  policyId?: string;
  /** approve-mode policies: stored unsigned until a responder approves. */
  awaitApproval?: boolean;
}

export interface CommandServiceOptions {
  store: CommandStore;
  privateKey: KeyObject;
  /** Raw public halves of the command keys this collector rotated away from: what it signed with them is signed again as it goes out. */
  retiredPublicKeys?: readonly Uint8Array[];
  send: (agentId: string, msg: ICollectorMessage) => boolean;
  audit: AuditWriter;
  logger: Logger;
  clock?: () => number;
  /** Told about every state change (e.g. the live hub for the page), with the command's hold if it has one. */
  onChange?: (row: CommandRow, hold: CommandHold | null) => void;
  /** The config's `commands` section: validity windows, history read sizes, the two-person rule. */
  options: Pick<CommandsOptions, 'defaultTtlMs' | 'maxTtlMs' | 'defaultListRows' | 'maxListRows' | 'twoPersonRule'>;
}

const STATUS_MAP: Record<number, CommandState> = {
  [vigil.v1.CommandStatus.RUNNING]: 'running',
  [vigil.v1.CommandStatus.SUCCEEDED]: 'succeeded',
  [vigil.v1.CommandStatus.FAILED]: 'failed',
  [vigil.v1.CommandStatus.REFUSED]: 'refused',
};
const FINAL: ReadonlySet<CommandState> = new Set(['succeeded', 'failed', 'refused', 'expired', 'rejected']);

export class CommandService {
  private readonly clock: () => number;

  private readonly keys: SigningKeys;

  constructor(private readonly o: CommandServiceOptions) {
    this.clock = o.clock ?? Date.now;
    this.keys = { privateKey: o.privateKey, publicKey: rawPublicKey(createPublicKey(o.privateKey)), retired: o.retiredPublicKeys ?? [] };
  }

  /** Builds the Command from the request; throws a 400 CollectorError for an unknown action or bad fields. */
  private build(req: IssueRequest, id: string, now: number, ttl: number): vigil.v1.Command {
    const action = actionNamed(req.action);
    if (!action) throw new CollectorError('VIGIL_ERR_COMMAND_ACTION', `unknown action "${req.action}"`, { http: 400 });
    const obj = {
      commandId: id,
      agentId: req.agentId,
      issuedAtMs: now,
      expiresAtMs: now + ttl,
      nonce: randomBytes(16),
      dryRun: Boolean(req.dryRun),
      operator: req.operator,
      [action.field]: req.params ?? {},
    };
    try {
      const cmd = vigil.v1.Command.fromObject(obj);
      vigil.v1.Command.encode(cmd).finish();
      return cmd;
    } catch (err) {
      throw new CollectorError('VIGIL_ERR_COMMAND_PARAMS', `invalid ${action.name} parameters: ${(err as Error).message}`, { http: 400, cause: err });
    }
  }

  private sign(cmd: vigil.v1.Command): { payload: Buffer; signature: Buffer } {
    const payload = Buffer.from(vigil.v1.Command.encode(cmd).finish());
    return { payload, signature: signEd25519(this.o.privateKey, payload) };
  }

  issue(req: IssueRequest): CommandRow {
    const now = this.clock();
    const ttl = Math.min(req.ttlMs ?? this.o.options.defaultTtlMs, this.o.options.maxTtlMs);
    if (ttl < 1000) throw new CollectorError('VIGIL_ERR_COMMAND_PARAMS', 'ttl must be at least 1 s', { http: 400 });
    checkCredentialAccess(req.action, req.params, req.awaitApproval ? undefined : req.operatorRole);
    const id = randomUUID();
    const cmd = this.build(req, id, now, ttl);
    const held = twoPersonHold(this.o.options.twoPersonRule, this.o.store, { agentId: req.agentId, action: req.action, dryRun: Boolean(req.dryRun) }, now);
    const awaiting = Boolean(req.awaitApproval || held);
    const signed = awaiting ? undefined : this.sign(cmd);
    const row: CommandRow = {
      id,
      agentId: req.agentId,
      action: req.action, // a known name: build() refused anything else
      paramsJson: JSON.stringify(req.params ?? {}),
      operator: req.operator,
      policyId: req.policyId ?? null,
      dryRun: Boolean(req.dryRun),
      status: awaiting ? 'awaiting_approval' : 'pending',
      createdAtMs: now,
      issuedAtMs: now,
      expiresAtMs: now + ttl,
      deliveredAtMs: null,
      startedAtMs: null,
      finishedAtMs: null,
      errorCode: null,
      message: held?.reason ?? null,
      outputJson: null,
      payload: signed?.payload ?? null,
      signature: signed?.signature ?? null,
    };
    if (held) {
      // the hold first: a held row without it would look like a proposal its requester may approve
      const hold: CommandHold = { commandId: id, rule: 'two_person_rule', requestedBy: req.requester ?? req.operator, ...held, heldAtMs: now };
      this.o.store.insertHold(hold);
      this.o.store.insert(row);
      const { commandId: _c, reason: _r, heldAtMs: _h, ...detail } = hold;
      this.auditRow(row, 'command.hold', 'ok', req.source, detail);
    } else {
      this.o.store.insert(row);
      this.auditRow(row, req.awaitApproval ? 'command.propose' : 'command.create', 'ok', req.source);
    }
    this.changed(row.id);
    if (!awaiting) this.deliver(req.agentId);
    return this.o.store.get(id) as CommandRow;
  }

  /**
   * A responder confirms a policy's proposal or a held order: it is signed now (fresh validity window) and
   * queued. A held order takes a second person: its requester is refused (VIGIL_ERR_COMMAND_SECOND_OPERATOR).
   */
  approve(id: string, approver: Approver, source?: string): CommandRow {
    const row = this.o.store.get(id);
    if (!row || row.status !== 'awaiting_approval')
      throw new CollectorError('VIGIL_ERR_COMMAND_STATE', `command ${id} is not awaiting approval`, { http: 409 });
    const operator = approver.operator;
    const hold = this.holdOf(id);
    if (hold) {
      try {
        checkSecondOperator(hold, approver);
      } catch (err) {
        const code = err instanceof CollectorError ? err.code : 'VIGIL_ERR_API_INTERNAL';
        this.auditRow({ ...row, operator }, 'command.approve', 'failed', source, { code, requestedBy: hold.requestedBy, rule: hold.rule });
        throw err;
      }
    }
    const now = this.clock();
    const ttl = row.expiresAtMs - row.issuedAtMs;
    checkCredentialAccess(row.action, JSON.parse(row.paramsJson) as Record<string, unknown>, undefined);
    const cmd = this.build(
      {
        agentId: row.agentId,
        action: row.action,
        params: JSON.parse(row.paramsJson) as Record<string, unknown>,
        operator: `${operator} (approved ${row.operator})`,
        dryRun: row.dryRun,
      },
      id,
      now,
      ttl,
    );
    const signed = this.sign(cmd);
    this.o.store.update(id, {
      status: 'pending',
      issuedAtMs: now,
      expiresAtMs: now + ttl,
      payload: signed.payload,
      signature: signed.signature,
      operator: cmd.operator,
      ...(hold ? { message: null } : {}),
    });
    const approved = this.o.store.get(id) as CommandRow;
    this.auditRow(approved, 'command.approve', 'ok', source, hold ? { requestedBy: hold.requestedBy, rule: hold.rule, secondOperator: operator } : {});
    this.changed(id);
    this.deliver(row.agentId);
    return this.o.store.get(id) as CommandRow;
  }

  reject(id: string, operator: string, source?: string): CommandRow {
    const row = this.o.store.get(id);
    if (!row || row.status !== 'awaiting_approval')
      throw new CollectorError('VIGIL_ERR_COMMAND_STATE', `command ${id} is not awaiting approval`, { http: 409 });
    this.o.store.update(id, { status: 'rejected', finishedAtMs: this.clock(), message: `rejected by ${operator}` });
    this.auditRow({ ...row, operator }, 'command.reject', 'ok', source);
    this.changed(id);
    return this.o.store.get(id) as CommandRow;
  }

  /**
   * An agent's session opened: asks again for the commands it last said were running (their results may have
   * been lost with the agent or the link; it answers from its ledger and never runs one twice), then sends
   * what waits for it.
   */
  reconnected(agentId: string): number {
    let asked = 0;
    for (const row of this.o.store.running(agentId)) {
      if (!row.payload) continue;
      if (!this.o.send(agentId, this.wire(row, row.payload))) return asked;
      asked++;
    }
    return asked + this.deliver(agentId);
  }

  /**
   * A stored command as it goes out: one issued before a key rotation (signed by a retired key, kept in the
   * row) is signed again with this process's key, so it verifies at an agent that took up the new key.
   */
  private wire(row: CommandRow, payload: Buffer): ICollectorMessage {
    const { signature, ours } = currentSignature(this.keys, payload, row.signature ?? Buffer.alloc(0));
    if (!ours)
      this.o.logger.warn(
        { commandId: row.id, agentId: row.agentId },
        'stored command is signed by no key of this collector: sent as stored, for the agent to refuse',
      );
    return { command: { payload, signature } };
  }

  /** Sends every waiting command to the agent if it is connected (call after issue and from the sweep). */
  deliver(agentId: string): number {
    let sent = 0;
    for (const row of this.o.store.undelivered(agentId, this.clock())) {
      if (!row.payload) continue;
      if (!this.o.send(agentId, this.wire(row, row.payload))) break;
      sent++;
      if (row.status === 'pending') {
        this.o.store.update(row.id, { status: 'delivered', deliveredAtMs: this.clock() });
        this.changed(row.id);
      }
    }
    return sent;
  }

  /** A CommandResult from an agent; ignored unless the command exists and was sent to that agent. */
  onResult(agentId: string, r: vigil.v1.ICommandResult): void {
    const row = r.commandId ? this.o.store.get(r.commandId) : undefined;
    if (!row || row.agentId !== agentId) {
      this.o.logger.warn({ agentId, commandId: r.commandId }, 'command result for an unknown command or another agent; ignored');
      return;
    }
    if (FINAL.has(row.status) && !(row.status === 'expired' && r.status !== vigil.v1.CommandStatus.RUNNING)) return;
    let status = STATUS_MAP[r.status ?? 0];
    if (!status) return;
    const cap = (s: string | null | undefined, n: number) => (s ?? '').slice(0, n);
    let errorCode = cap(r.errorCode, 128);
    let message = cap(r.message, 4096);
    // A running command asked again after a reconnect and refused: the agent ran it but no longer knows how it
    // ended (its ledger forgot it, or its state was reset). It ran, so "refused" would be a lie.
    if (row.status === 'running' && status === 'refused') {
      status = 'failed';
      message = `the agent ran this command but has no record of how it ended (asked again: ${errorCode} ${message})`.slice(0, 4096);
      errorCode = 'VIGIL_ERR_COMMAND_OUTCOME_UNKNOWN' satisfies keyof typeof COLLECTOR_ERRORS;
    }
    this.o.store.update(row.id, {
      status,
      startedAtMs: u64ToNumber(r.startedAtMs) || row.startedAtMs || null,
      finishedAtMs: status === 'running' ? null : u64ToNumber(r.finishedAtMs) || this.clock(),
      errorCode: errorCode || null,
      message: message || null,
      outputJson: cap(r.outputJson, 1 << 20) || null,
    });
    const updated = this.o.store.get(row.id) as CommandRow;
    if (status !== 'running') {
      this.auditRow(updated, 'command.result', status === 'succeeded' ? 'ok' : 'failed', 'collector', {
        status,
        errorCode: r.errorCode,
        duplicate: Boolean(r.duplicate),
        dryRun: Boolean(r.dryRun),
      });
    }
    this.changed(row.id);
  }

  /** Delivers waiting commands to every agent that is online (commands written by other processes, retries). */
  deliverAll(isOnline: (agentId: string) => boolean): number {
    let n = 0;
    for (const agentId of this.o.store.agentsWithUndelivered(this.clock())) if (isOnline(agentId)) n += this.deliver(agentId);
    return n;
  }

  /** Marks commands that waited past their expiry; call periodically. */
  expire(): CommandRow[] {
    const due = this.o.store.expireDue(this.clock());
    for (const row of due) {
      this.auditRow({ ...row, status: 'expired' }, 'command.expire', 'failed', 'collector');
      this.changed(row.id);
    }
    return due;
  }

  get(id: string): CommandRow | undefined {
    return this.o.store.get(id);
  }

  /** Why this command waits for a second operator (kept after approval), if the two-person rule held it. */
  holdOf(id: string): CommandHold | null {
    return this.o.store.holds([id]).get(id) ?? null;
  }

  /** Commands as the API and page show them, each with its hold. */
  views(rows: readonly CommandRow[]): CommandView[] {
    const holds = this.o.store.holds(rows.map((r) => r.id));
    return rows.map((r) => publicView(r, holds.get(r.id) ?? null));
  }

  view(row: CommandRow): CommandView {
    return publicView(row, this.holdOf(row.id));
  }

  list(opts: { agentId?: string; limit?: number; beforeMs?: number } = {}): CommandRow[] {
    return this.o.store.list({ ...opts, limit: Math.min(opts.limit ?? this.o.options.defaultListRows, this.o.options.maxListRows) });
  }

  /** Commands by action and status, for /metrics. */
  counts(): CommandCount[] {
    return this.o.store.counts();
  }

  private changed(id: string): void {
    const row = this.o.store.get(id);
    if (row && this.o.onChange) this.o.onChange(row, this.holdOf(id));
  }

  private credentialOf(row: CommandRow): Record<string, unknown> {
    try {
      return credentialDetail(row.action, JSON.parse(row.paramsJson) as Record<string, unknown>);
    } catch {
      return {};
    }
  }

  private auditRow(row: CommandRow, action: string, result: 'ok' | 'failed', source = 'collector', extra: Record<string, unknown> = {}): void {
    this.o.audit.write({
      user: row.operator,
      source,
      action,
      target: `agent:${row.agentId}`,
      result,
      detail: {
        commandId: row.id,
        kind: row.action,
        dryRun: row.dryRun,
        ...(row.policyId ? { policyId: row.policyId } : {}),
        ...this.credentialOf(row),
        ...extra,
      },
    });
  }
}

/** A command row as the API and page show it: no signed bytes, and its hold (null when the two-person rule did not hold it). */
export type CommandView = Omit<CommandRow, 'payload' | 'signature' | 'paramsJson' | 'outputJson'> & {
  params: unknown;
  output: unknown;
  hold: CommandHold | null;
};

export function publicView(row: CommandRow, hold: CommandHold | null): CommandView {
  const { payload: _p, signature: _s, paramsJson, outputJson, ...rest } = row;
  const parse = (s: string | null) => {
    try {
      return s ? (JSON.parse(s) as unknown) : null;
    } catch {
      return s;
    }
  };
  return { ...rest, params: parse(paramsJson), output: parse(outputJson), hold };
}

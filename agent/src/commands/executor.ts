// Turns one SignedCommand into one CommandResult: authenticate, return the first result for a redelivered id
// (duplicate=true, no second effect; even once expired, since the collector asks again for a result lost in a
// crash), check the validity window, refuse what a damaged ledger may have forgotten, refuse replays, validate parameters, force dry-run when the agent is
// in dry-run mode, then run the action. Commands run one at a time, in arrival order.
import type { Logger } from '@vigil/logger';
import { u64ToNumber, vigil } from '@vigil/proto';
import { actionOfField, changesHost } from '@vigil/actions';
import { AgentError } from '../errors.js';
import type { ActionTable } from './actions.js';
import type { CommandLedger, StoredResult } from './ledger.js';
import { authenticateCommand, checkCommandWindow, peekCommandId } from './verify.js';

/** From the validated config (response.maxCommandBytes, maxClockSkewMs, maxCommandLifetimeMs). */
export interface ExecutorLimits {
  maxPayloadBytes: number;
  maxClockSkewMs: number;
  maxLifetimeMs: number;
}

export interface ExecutorOptions {
  agentId: () => string;
  /** The collector command key pinned at enrollment (raw 32 bytes). */
  commandPublicKey: () => Uint8Array | undefined;
  /** True when the agent itself is in dry-run mode: every command is forced to dry-run. */
  agentDryRun: () => boolean;
  ledger: CommandLedger;
  actions: ActionTable;
  logger: Logger;
  clock?: () => number;
  limits: ExecutorLimits;
  /** Told when an accepted command starts (status RUNNING), so the collector can show it. */
  onRunning?: (result: vigil.v1.ICommandResult) => void;
}

const STATUS = vigil.v1.CommandStatus;

export function toWire(r: StoredResult, duplicate = false): vigil.v1.ICommandResult {
  return {
    commandId: r.commandId,
    status: STATUS[r.status],
    errorCode: r.errorCode,
    message: r.message,
    dryRun: r.dryRun,
    outputJson: r.outputJson,
    startedAtMs: r.startedAtMs,
    finishedAtMs: r.finishedAtMs,
    duplicate,
  };
}

export class CommandExecutor {
  private readonly clock: () => number;
  private readonly limits: ExecutorLimits;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly opts: ExecutorOptions) {
    this.clock = opts.clock ?? Date.now;
    this.limits = opts.limits;
  }

  /** The results to report at start for commands this agent stopped during (see CommandLedger.interrupted). */
  interruptedResults(): vigil.v1.ICommandResult[] {
    return this.opts.ledger.interrupted().map((r) => toWire(r));
  }

  /** Never rejects: every outcome, including refusal, is a CommandResult. */
  handle(signed: vigil.v1.ISignedCommand): Promise<vigil.v1.ICommandResult> {
    const run = this.queue.then(() => this.handleOne(signed));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private refuse(commandId: string, code: string, message: string, now: number): vigil.v1.ICommandResult {
    this.opts.logger.warn({ commandId, code }, `command refused: ${message}`);
    return toWire({ commandId, status: 'REFUSED', errorCode: code, message, dryRun: false, outputJson: '{}', startedAtMs: now, finishedAtMs: now });
  }

  private async handleOne(signed: vigil.v1.ISignedCommand): Promise<vigil.v1.ICommandResult> {
    const now = this.clock();
    let cmd: vigil.v1.Command;
    try {
      cmd = authenticateCommand(signed, { ...this.limits, commandPublicKey: this.opts.commandPublicKey(), agentId: this.opts.agentId() });
      const first = this.opts.ledger.get(cmd.commandId);
      if (first) {
        this.opts.logger.info({ commandId: cmd.commandId }, 'command redelivered; returning its first result');
        return toWire(first, true);
      }
      checkCommandWindow(cmd, { ...this.limits, nowMs: now });
    } catch (err) {
      const e = err instanceof AgentError ? err : new AgentError('VIGIL_ERR_COMMAND_MALFORMED', String(err));
      return this.refuse(peekCommandId(signed.payload), e.code, e.message, now);
    }
    const id = cmd.commandId;
    const forgets = this.opts.ledger.forgetsBeforeMs;
    if (forgets !== undefined && u64ToNumber(cmd.issuedAtMs) <= forgets)
      return this.refuse(
        id,
        'VIGIL_ERR_COMMAND_LEDGER_LOST',
        `issued before the command ledger was found damaged (${new Date(forgets).toISOString()}): it may have run already`,
        now,
      );
    const nonceHex = Buffer.from(cmd.nonce).toString('hex');
    const owner = this.opts.ledger.nonceOwner(nonceHex);
    if (owner !== undefined) return this.refuse(id, 'VIGIL_ERR_COMMAND_REPLAYED', `nonce already used by command ${owner}`, now);

    const field = cmd.action as string;
    const spec = actionOfField(field);
    // results and logs name the action as the collector stores it (stop_service), not by its generated field
    const action = spec?.name ?? field;
    const handler = spec ? this.opts.actions[spec.field] : undefined;
    // The agent-wide dry-run holds back host changes only: forensics read the host, an upgrade replaces the agent.
    // (A refusal of an action this agent lacks says dry-run as the agent is.)
    const dryRun = cmd.dryRun || ((!handler || !spec || changesHost(spec)) && this.opts.agentDryRun());
    const expiresAtMs = u64ToNumber(cmd.expiresAtMs);
    const base = { commandId: id, dryRun, startedAtMs: now };
    if (!handler) {
      const r: StoredResult = {
        ...base,
        status: 'REFUSED',
        errorCode: 'VIGIL_ERR_COMMAND_UNSUPPORTED',
        message: `action ${action} is not supported by this agent`,
        outputJson: JSON.stringify({ action }),
        finishedAtMs: now,
      };
      this.opts.ledger.begin(id, nonceHex, expiresAtMs, r, now);
      return toWire(r);
    }
    const checked = await handler.validate(cmd);
    if (!checked.ok) {
      const r: StoredResult = {
        ...base,
        status: 'REFUSED',
        errorCode: 'VIGIL_ERR_COMMAND_INVALID_PARAMETER',
        message: checked.reason,
        outputJson: JSON.stringify({ action, ran: [] }),
        finishedAtMs: now,
      };
      this.opts.ledger.begin(id, nonceHex, expiresAtMs, r, now);
      this.opts.logger.warn({ commandId: id, action }, `command parameter refused: ${checked.reason}`);
      return toWire(r);
    }
    const running: StoredResult = { ...base, status: 'RUNNING', errorCode: '', message: '', outputJson: JSON.stringify({ action }), finishedAtMs: 0 };
    this.opts.ledger.begin(id, nonceHex, expiresAtMs, running, now);
    this.opts.onRunning?.(toWire(running));
    this.opts.logger.info({ commandId: id, action, dryRun, operator: cmd.operator }, 'command running');
    let result: StoredResult;
    try {
      const output = await handler.run(checked.value, { commandId: id, dryRun });
      result = {
        ...running,
        status: 'SUCCEEDED',
        message: dryRun ? 'dry-run: nothing applied' : 'done',
        outputJson: JSON.stringify({ action, ...output }),
        finishedAtMs: this.clock(),
      };
    } catch (err) {
      const e = err as AgentError & { output?: unknown };
      const output = e.output && typeof e.output === 'object' ? e.output : {};
      result = {
        ...running,
        status: 'FAILED',
        errorCode: e.code ?? 'VIGIL_ERR_RESPONSE_FAILED',
        message: e.message ?? String(err),
        outputJson: JSON.stringify({ action, ...output }),
        finishedAtMs: this.clock(),
      };
    }
    this.opts.ledger.finish(result, this.clock());
    this.opts.logger.info({ commandId: id, action, status: result.status, code: result.errorCode }, 'command finished');
    return toWire(result);
  }
}

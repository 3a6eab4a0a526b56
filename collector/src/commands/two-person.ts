// The two-person rule (issue 14): one operator, one bad click or one stolen account must not cut many hosts off
// at once. With `commands.twoPersonRule` on, an isolate or block_address order that would take the distinct
// hosts such orders target within the sliding window above `maxHosts` is held unsigned, and only another
// person with the responder role or above may approve it. Pure decisions here; the CommandService acts on them.
import type { ActionName } from '@vigil/actions';
import { CollectorError } from '../errors.js';
import type { OperatorRole } from './credential-access.js';
import type { CommandsOptions } from './options.js';
import type { CommandHold, CommandStore } from './types.js';

/** The orders that cut a host off: counted per distinct host, and held past the limit. */
export const HOST_CUTTING_ACTIONS: readonly ActionName[] = ['isolate', 'block_address'];

export type TwoPersonOptions = CommandsOptions['twoPersonRule'];

/** Why an order is held (the CommandHold without its command, requester and time). */
export type HoldDecision = Pick<CommandHold, 'hosts' | 'maxHosts' | 'windowMs' | 'reason'>;

/** Who approves: the audit name (a user, or token:<name>), the person behind it, and their role now. */
export interface Approver {
  operator: string;
  /** A session's user, or a token's owner. */
  user: string;
  role: OperatorRole | undefined;
}

function windowText(ms: number): string {
  return ms % 60_000 === 0 ? `${ms / 60_000} min` : `${ms / 1000} s`;
}

/**
 * Whether this order must wait for a second operator; undefined when it may be signed now. The count is of the
 * distinct hosts with this order included: one for a host already counted adds none, but once the window is
 * above the limit every such order waits (a second order for a held host is no way around its hold). A dry run
 * changes nothing on the host, so it is neither held nor counted.
 */
export function twoPersonHold(
  o: TwoPersonOptions,
  store: Pick<CommandStore, 'agentsTargetedSince'>,
  order: { agentId: string; action: string; dryRun: boolean },
  nowMs: number,
): HoldDecision | undefined {
  if (!o.enabled || order.dryRun || !(HOST_CUTTING_ACTIONS as readonly string[]).includes(order.action)) return undefined;
  const hosts = new Set(store.agentsTargetedSince(HOST_CUTTING_ACTIONS, nowMs - o.windowMs));
  hosts.add(order.agentId);
  if (hosts.size <= o.maxHosts) return undefined;
  return {
    hosts: hosts.size,
    maxHosts: o.maxHosts,
    windowMs: o.windowMs,
    reason:
      `needs a second operator's approval: isolate and block_address orders would reach ${hosts.size} distinct hosts ` +
      `within ${windowText(o.windowMs)}, more than commands.twoPersonRule.maxHosts (${o.maxHosts})`,
  };
}

/** Throws a 403 CollectorError unless `approver` may approve this held order: another person, responder or above. */
export function checkSecondOperator(hold: CommandHold, approver: Approver): void {
  if (approver.role !== 'responder' && approver.role !== 'admin')
    throw new CollectorError('VIGIL_ERR_COMMAND_APPROVER_ROLE', `command ${hold.commandId} needs a second operator with the responder role or above`);
  if (approver.user === hold.requestedBy)
    throw new CollectorError(
      'VIGIL_ERR_COMMAND_SECOND_OPERATOR',
      `command ${hold.commandId} was asked for by ${hold.requestedBy}; it needs a second operator's approval, not the requester's`,
    );
}

// Which containment action each command was, and the command that undoes it, as the action table says
// (@vigil/actions: isolate -> release, stop_service -> start_service, block_address -> unblock_address,
// quarantine_file -> restore_file; a kill has no undo). The key names what is undone, so an undo run outside
// the checklist ticks the item too: it is the revert's subject, so both sides build it the same way.
import { ACTIONS, actionNamed, actionsOfKind, type ActionName } from '@vigil/actions';
import type { CommandRow } from '../commands/types.js';

export const CONTAINMENT_ACTIONS: ReadonlySet<string> = actionsOfKind('containment');

export interface Undo {
  action: ActionName;
  params: Record<string, unknown>;
  label: string;
  /** Identifies what is undone, so an undo run outside the checklist ticks the item too. */
  key: string;
}

function json(s: string | null): Record<string, unknown> {
  try {
    const v = s ? (JSON.parse(s) as unknown) : {};
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A containment command that really changed the host (succeeded, not a dry run). */
export function isAppliedContainment(c: CommandRow): boolean {
  return CONTAINMENT_ACTIONS.has(c.action) && c.status === 'succeeded' && !c.dryRun && !(c.message ?? '').startsWith('dry-run');
}

function keyOf(agentId: string, action: ActionName, params: Record<string, unknown>): string | undefined {
  const subject = ACTIONS[action].subject;
  return subject ? `${agentId}|${subject(params)}` : undefined;
}

export function undoFor(c: CommandRow, hostname: string): Undo | undefined {
  const undo = isAppliedContainment(c) ? actionNamed(c.action)?.undo : undefined;
  if (!undo) return undefined;
  const p = json(c.paramsJson);
  const params = undo.params(p, json(c.outputJson));
  const key = params && keyOf(c.agentId, undo.action, params);
  if (!params || !key) return undefined;
  return { action: undo.action, params, label: undo.label(p, hostname), key };
}

/** The key an undo-type command acts on (release, start_service, ...), to match it against checklist items. */
export function undoKeyOf(c: CommandRow): string | undefined {
  const a = actionNamed(c.action);
  return a?.kind === 'revert' ? keyOf(c.agentId, a.name, json(c.paramsJson)) : undefined;
}

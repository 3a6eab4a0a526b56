// Which containment action each command was, and the command that undoes it: isolate -> release,
// stop_service -> start_service (unmask/enable as it was masked/disabled), quarantine_file -> restore_file
// (with the quarantine id from the result), block_address -> unblock_address. A kill has no undo.
import type { CommandRow } from '../commands/types.js';
import { textOf } from './text.js';

export const CONTAINMENT_ACTIONS = new Set(['isolate', 'stop_service', 'kill_process', 'block_address', 'quarantine_file']);

export interface Undo {
  action: string;
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

export function undoFor(c: CommandRow, hostname: string): Undo | undefined {
  if (!isAppliedContainment(c)) return undefined;
  const p = json(c.paramsJson);
  switch (c.action) {
    case 'isolate':
      return { action: 'release', params: {}, label: `Release ${hostname} from isolation`, key: `${c.agentId}|isolation` };
    case 'stop_service': {
      const unit = textOf(p.unit);
      return {
        action: 'start_service',
        params: { unit, unmask: Boolean(p.mask), enable: Boolean(p.disable) },
        label: `Start service ${unit} on ${hostname}`,
        key: `${c.agentId}|service|${unit}`,
      };
    }
    case 'block_address': {
      const cidr = textOf(p.cidr);
      return { action: 'unblock_address', params: { cidr }, label: `Unblock ${cidr} on ${hostname}`, key: `${c.agentId}|block|${cidr}` };
    }
    case 'quarantine_file': {
      const record = json(c.outputJson).record as { quarantineId?: unknown } | undefined;
      const id = typeof record?.quarantineId === 'string' ? record.quarantineId : '';
      if (!id) return undefined;
      return {
        action: 'restore_file',
        params: { quarantineId: id },
        label: `Restore quarantined file ${textOf(p.path)} on ${hostname}`,
        key: `${c.agentId}|quarantine|${id}`,
      };
    }
    default:
      return undefined;
  }
}

/** The key an undo-type command acts on (release, start_service, ...), to match it against checklist items. */
export function undoKeyOf(c: CommandRow): string | undefined {
  const p = json(c.paramsJson);
  switch (c.action) {
    case 'release':
      return `${c.agentId}|isolation`;
    case 'start_service':
      return `${c.agentId}|service|${textOf(p.unit)}`;
    case 'unblock_address':
      return `${c.agentId}|block|${textOf(p.cidr)}`;
    case 'restore_file':
      return `${c.agentId}|quarantine|${textOf(p.quarantineId)}`;
    default:
      return undefined;
  }
}

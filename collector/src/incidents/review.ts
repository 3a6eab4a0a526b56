// Remediation and review: the checklist holds an undo item for every containment actually applied (run
// from here or elsewhere, it ticks itself when the undo succeeds) and the responders' own items; the
// post-incident review records the root cause, what worked, what did not, and the follow-ups.
import { randomUUID } from 'node:crypto';
import { CollectorError } from '../errors.js';
import type { CommandRow } from '../commands/types.js';
import { describeCommand } from './timeline.js';
import { isAppliedContainment, undoFor, undoKeyOf } from './undo.js';
import { text, type Context } from './context.js';
import type { ChecklistItem, IncidentReview } from './types.js';

const FAILED = ['failed', 'refused', 'expired', 'rejected'];

export function createReview(ctx: Context): IncidentReview {
  const { d, must, audit, changed } = ctx;
  const itemOf = (id: string, itemId: string): ChecklistItem => {
    const item = d.store.checklistItem(itemId);
    if (!item || item.incidentId !== id) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no checklist item ${itemId} in incident ${id}`);
    return item;
  };

  const refreshChecklist = (id: string): ChecklistItem[] => {
    const inc = must(id);
    const commands = ctx.commandsOf(inc, ctx.alertsOf(inc));
    const now = ctx.now();
    const keys = new Map<string, string>();
    for (const c of commands) {
      const u = undoFor(c, d.hostname(c.agentId) ?? c.agentId);
      if (!u) continue;
      keys.set(c.id, u.key);
      d.store.addChecklistItem({
        id: randomUUID(),
        incidentId: id,
        kind: 'undo',
        label: u.label,
        agentId: c.agentId,
        action: u.action,
        params: u.params,
        sourceCommandId: c.id,
        status: 'open',
        createdBy: 'incident',
        createdAtMs: now,
        note: `undoes ${describeCommand(c)} ordered by ${c.operator}`,
      });
    }
    // an undo run outside the checklist (the host page's release button, say) also counts
    for (const item of d.store.checklist(id)) {
      if (item.kind !== 'undo' || item.status === 'done' || !item.sourceCommandId) continue;
      const key = keys.get(item.sourceCommandId);
      const source = commands.find((c) => c.id === item.sourceCommandId);
      const undo = commands.find(
        (c) => c.status === 'succeeded' && !c.dryRun && source && c.createdAtMs > source.createdAtMs && key !== undefined && undoKeyOf(c) === key,
      );
      if (undo)
        d.store.updateChecklistItem(item.id, {
          status: 'done',
          doneBy: undo.operator,
          doneAtMs: undo.finishedAtMs ?? now,
          undoCommandId: undo.id,
          error: null,
        });
    }
    return d.store.checklist(id);
  };

  const onCommand = (row: CommandRow) => {
    const touched = new Set<string>([...d.store.incidentsOfCommand(row.id), ...d.store.openIncidentsOfHost(row.agentId).map((i) => i.id)]);
    for (const item of d.store.checklistByUndoCommand(row.id)) {
      touched.add(item.incidentId);
      if (row.status === 'succeeded' && !row.dryRun)
        d.store.updateChecklistItem(item.id, { status: 'done', doneBy: row.operator, doneAtMs: row.finishedAtMs ?? ctx.now(), error: null });
      else if (FAILED.includes(row.status) || (row.status === 'succeeded' && row.dryRun)) {
        d.store.updateChecklistItem(item.id, {
          status: 'failed',
          error: row.dryRun ? 'the undo ran as a dry run; nothing changed' : `${row.errorCode ?? row.status}: ${row.message ?? ''}`,
        });
      }
    }
    for (const id of touched) {
      if (isAppliedContainment(row) || undoKeyOf(row)) refreshChecklist(id);
      changed(id, 'command');
    }
  };

  return {
    refreshChecklist,
    onCommand,

    runChecklistItem(id, itemId, actor, address) {
      must(id);
      const item = itemOf(id, itemId);
      if (item.kind !== 'undo' || !item.action || !item.agentId)
        throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'this item has no command to run; tick it by hand');
      if (item.status === 'done' || item.status === 'running') throw new CollectorError('VIGIL_ERR_INCIDENT_PHASE', `item is already ${item.status}`);
      const commands = ctx.commands();
      const row = commands.issue({
        agentId: item.agentId,
        action: item.action,
        params: item.params ?? {},
        operator: actor,
        source: address ?? `incident:${id}`,
      });
      d.store.linkCommand(id, row.id);
      d.store.updateChecklistItem(itemId, { status: 'running', undoCommandId: row.id, error: null });
      audit(actor, address, 'incident.checklist.run', id, { itemId, commandId: row.id, kind: row.action });
      // the result may already be in (a very fast agent); apply it now
      const fresh = commands.get(row.id);
      if (fresh && fresh.status !== 'pending' && fresh.status !== 'delivered') onCommand(fresh);
      changed(id, 'checklist');
      return itemOf(id, itemId);
    },

    addChecklistItem(id, label, note, actor, address) {
      must(id);
      const l = text(label, 'label', 300);
      if (!l) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'label is empty');
      ctx.checkRoom(id, d.store.checklist(id).length);
      const itemId = randomUUID();
      d.store.addChecklistItem({
        id: itemId,
        incidentId: id,
        kind: 'manual',
        label: l,
        agentId: null,
        action: null,
        params: null,
        sourceCommandId: null,
        status: 'open',
        createdBy: actor,
        createdAtMs: ctx.now(),
        note: text(note, 'note', 2000),
      });
      audit(actor, address, 'incident.checklist.add', id, { itemId });
      changed(id, 'checklist');
      return itemOf(id, itemId);
    },

    tickChecklistItem(id, itemId, done, note, actor, address) {
      must(id);
      if (itemOf(id, itemId).kind === 'undo')
        throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an undo item ticks itself when its command succeeds; run it');
      d.store.updateChecklistItem(itemId, {
        status: done ? 'done' : 'open',
        doneBy: done ? actor : null,
        doneAtMs: done ? ctx.now() : null,
        ...(note !== undefined ? { note: text(note, 'note', 2000) } : {}),
      });
      audit(actor, address, 'incident.checklist.tick', id, { itemId, done });
      changed(id, 'checklist');
      return itemOf(id, itemId);
    },

    setReview(id, r, actor, address) {
      must(id);
      const rootCause = text(r.rootCause, 'root cause');
      if (!rootCause) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'a review needs the root cause');
      const followUps = (r.followUps ?? [])
        .slice(0, 200)
        .map((f) => ({ text: text(f.text, 'follow-up', 1000), ...(f.owner ? { owner: text(f.owner, 'owner', 100) } : {}), done: Boolean(f.done) }));
      d.store.setReview(id, {
        rootCause,
        whatWorked: text(r.whatWorked, 'what worked'),
        whatDidNot: text(r.whatDidNot, 'what did not work'),
        followUps,
        reviewedBy: actor,
        reviewedAtMs: ctx.now(),
      });
      audit(actor, address, 'incident.review', id, { followUps: followUps.length });
      changed(id, 'review');
      return must(id);
    },
  };
}

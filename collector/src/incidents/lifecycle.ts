// The incident lifecycle's writes: open an incident (from alerts, by hand from a report, or by the grouping
// policy), change its fields, add alerts, hosts and notes, move it through its phases, and order commands
// from it. Each change is checked, stored, audited and pushed live; reading lives in lifecycle-views.ts.
import { randomUUID } from 'node:crypto';
import { CollectorError } from '../errors.js';
import type { AlertEvidence, AlertRecord } from '../alerts/types.js';
import { credentialDetail } from '../commands/credential-access.js';
import { checkPhaseMove } from './phases.js';
import { text, type Context } from './context.js';
import { SEVERITIES, type IncidentLifecycle, type IncidentPatch, type Severity } from './types.js';

type Writes = Omit<IncidentLifecycle, 'list' | 'detail' | 'fleetMetrics'>;

export function lifecycleWrites(ctx: Context): Writes {
  const { d, must, audit, changed } = ctx;
  const alertOrThrow = (id: string): { alert: AlertRecord; evidence: AlertEvidence[] } => {
    const a = d.alert(id);
    if (!a) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `no alert ${id}`);
    return a;
  };
  const hostOrThrow = (agentId: string) => {
    if (d.hostname(agentId) === undefined) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', `no host ${agentId}`);
  };

  const w: Writes = {
    open(req) {
      const alerts = (req.alertIds ?? []).map((id) => alertOrThrow(id).alert);
      if (req.source === 'alerts' && alerts.length === 0)
        throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident from alerts needs at least one alert');
      const reportSource = text(req.reportSource, 'report source', 500);
      if (req.source === 'manual' && !reportSource)
        throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident opened by hand needs its report source (who reported it, how)');
      for (const h of req.hosts ?? []) hostOrThrow(h);
      const hosts = [...new Set([...alerts.map((a) => a.agentId), ...(req.hosts ?? [])])];
      const worst = alerts.reduce((m, a) => Math.max(m, SEVERITIES.indexOf(a.severity as Severity)), -1);
      const severity = req.severity ?? (worst >= 0 ? SEVERITIES[worst]! : 'medium');
      const title = text(req.title, 'title', 300) || (alerts[0] ? `${alerts[0].ruleTitle} on ${d.hostname(alerts[0].agentId) ?? alerts[0].agentId}` : '');
      if (!title) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'an incident needs a title');
      const incident = d.store.create(
        {
          id: randomUUID(),
          title,
          severity,
          source: req.source,
          reportSource: reportSource || null,
          summary: text(req.summary, 'summary'),
          assignee: req.assignee ?? null,
          createdBy: req.actor,
          hosts,
          alertIds: alerts.map((a) => a.id),
          firstMaliciousMs: req.firstMaliciousMs ?? null,
        },
        ctx.now(),
      );
      audit(req.actor, req.address, 'incident.open', incident.id, { source: req.source, alerts: incident.alertIds.length, hosts });
      changed(incident.id, 'created');
      return incident;
    },

    update(id, patch, actor, address) {
      must(id);
      const p: IncidentPatch = {};
      if (patch.title !== undefined) {
        p.title = text(patch.title, 'title', 300);
        if (!p.title) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'title is empty');
      }
      if (patch.severity !== undefined) p.severity = patch.severity;
      if (patch.assignee !== undefined) p.assignee = patch.assignee ? text(patch.assignee, 'assignee', 100) : null;
      if (patch.summary !== undefined) p.summary = text(patch.summary, 'summary');
      if (patch.firstMaliciousMs !== undefined) p.firstMaliciousMs = patch.firstMaliciousMs;
      d.store.update(id, p, ctx.now());
      audit(actor, address, 'incident.update', id, { fields: Object.keys(p) });
      changed(id, 'updated');
      return must(id);
    },

    addAlerts(id, alertIds, actor, address) {
      const inc = must(id);
      ctx.checkRoom(id, inc.alertIds.length + alertIds.length - 1);
      const alerts = alertIds.map((a) => alertOrThrow(a).alert);
      const now = ctx.now();
      d.store.tx(() => {
        for (const a of alerts) {
          d.store.addAlert(id, a.id, actor, now);
          d.store.addHost(id, a.agentId, now);
        }
      });
      audit(actor, address, 'incident.alerts.add', id, { alerts: alertIds });
      changed(id, 'updated');
      return must(id);
    },

    addHosts(id, hosts, actor, address) {
      must(id);
      for (const h of hosts) hostOrThrow(h);
      const now = ctx.now();
      for (const h of hosts) d.store.addHost(id, h, now);
      audit(actor, address, 'incident.hosts.add', id, { hosts });
      changed(id, 'updated');
      return must(id);
    },

    movePhase(id, to, actor, note = '', address) {
      const inc = must(id);
      const n = text(note, 'note', 2000);
      const check = checkPhaseMove(inc.phase, to, { note: n, hasReview: Boolean(inc.review?.rootCause) });
      if (!check.ok) throw new CollectorError('VIGIL_ERR_INCIDENT_PHASE', check.reason);
      const now = ctx.now();
      const patch: IncidentPatch = { phase: to };
      // The first time a phase is reached is what the metrics measure; a reopened incident keeps it.
      if (to === 'contained' && inc.containedAtMs === null) patch.containedAtMs = now;
      if (to === 'remediated' && inc.remediatedAtMs === null) patch.remediatedAtMs = now;
      if (to === 'closed') patch.closedAtMs = now;
      if (check.backwards && inc.phase === 'closed') patch.closedAtMs = null;
      d.store.tx(() => {
        d.store.update(id, patch, now);
        d.store.addPhase(id, { atMs: now, actor, from: inc.phase, to, note: n });
      });
      audit(actor, address, 'incident.phase', id, { from: inc.phase, to });
      changed(id, 'phase');
      return must(id);
    },

    addNote(id, body, actor, address) {
      must(id);
      const t = text(body, 'note');
      if (!t) throw new CollectorError('VIGIL_ERR_INCIDENT_INVALID', 'note is empty');
      ctx.checkRoom(id, d.store.notes(id).length);
      const note = { id: randomUUID(), atMs: ctx.now(), author: actor, text: t };
      d.store.addNote(id, note);
      audit(actor, address, 'incident.note', id, { noteId: note.id });
      changed(id, 'note');
      return note;
    },

    issueCommand(id, req, actor, address) {
      ctx.onIncidentHost(must(id), req.agentId);
      const row = ctx.commands().issue({
        agentId: req.agentId,
        action: req.action,
        params: req.params,
        operator: actor,
        requester: req.requester,
        operatorRole: req.operatorRole,
        source: address ?? `incident:${id}`,
        dryRun: req.dryRun,
        ttlMs: req.ttlMs,
      });
      d.store.linkCommand(id, row.id);
      // a collection's evidence row was made while the command was issued; it belongs to this incident
      const f = d.files.byCommand(row.id);
      if (f) d.files.attach(f.id, id);
      audit(actor, address, 'incident.command', id, { commandId: row.id, kind: row.action, ...credentialDetail(row.action, req.params) });
      changed(id, 'command');
      return row;
    },

    autoGroup(alert) {
      const o = d.options.autoGroup;
      if (!o.enabled) return undefined;
      if (SEVERITIES.indexOf(alert.severity as Severity) < SEVERITIES.indexOf(o.minSeverity)) return undefined;
      if (d.store.incidentsOfAlert(alert.id).length) return undefined;
      const now = ctx.now();
      for (const inc of d.store.openIncidentsOfHost(alert.agentId)) {
        if (inc.source !== 'policy') continue;
        const last = Math.max(inc.createdAtMs, ...ctx.alertsOf(inc).map((a) => a.lastSeenMs));
        if (now - last <= o.windowMs) {
          w.addAlerts(inc.id, [alert.id], 'policy:auto-group');
          return inc.id;
        }
      }
      return w.open({
        source: 'policy',
        actor: 'policy:auto-group',
        alertIds: [alert.id],
        summary: `opened by the grouping policy (window ${o.windowMs} ms, severity ${o.minSeverity}+)`,
      }).id;
    },
  };
  return w;
}

// The incident lifecycle's reads: one incident with everything gathered from its hosts (alerts, evidence,
// commands with results, notes, files, the checklist) merged into one timeline, the list with each
// incident's metrics, and the fleet's medians. Nothing here writes except the checklist refresh.
import { nextPhases } from './phases.js';
import { buildTimeline } from './timeline.js';
import { fleetMedians, incidentMetrics, type IncidentMetrics } from './metrics.js';
import type { Context } from './context.js';
import type { ChecklistItem, IncidentLifecycle, IncidentRecord } from './types.js';

type Views = Pick<IncidentLifecycle, 'list' | 'detail' | 'fleetMetrics'>;

export function lifecycleViews(ctx: Context, refreshChecklist: (id: string) => ChecklistItem[]): Views {
  const { d } = ctx;
  const metricsOf = (i: IncidentRecord): IncidentMetrics => {
    const alerts = ctx.alertsOf(i);
    return incidentMetrics(ctx.times(i, alerts, d.store.evidence(i.id), ctx.commandsOf(i, alerts)));
  };
  return {
    detail(id) {
      const incident = ctx.must(id);
      const alerts = ctx.alertsOf(incident);
      const commands = ctx.commandsOf(incident, alerts);
      const evidence = d.store.evidence(id);
      const files = d.files.ofIncident(id);
      const checklist = refreshChecklist(id);
      const phases = d.store.phases(id);
      const notes = d.store.notes(id);
      const hostnames: Record<string, string> = {};
      for (const h of new Set([...incident.hosts, ...commands.map((c) => c.agentId)])) hostnames[h] = d.hostname(h) ?? h;
      const timeline = buildTimeline({
        alerts,
        evidence,
        commands,
        phases,
        notes,
        files,
        checklist,
        review: incident.review,
        hostname: (a) => hostnames[a] ?? a,
      });
      const times = ctx.times(incident, alerts, evidence, commands);
      return {
        incident: ctx.must(id),
        hostnames,
        alerts,
        phases,
        nextPhases: nextPhases(incident.phase),
        notes,
        evidence,
        files,
        commands,
        checklist,
        timeline,
        metrics: incidentMetrics(times),
        times,
      };
    },

    list: (q) => d.store.list(q).map((i) => ({ ...i, metrics: metricsOf(i) })),

    fleetMetrics(range) {
      const items = d.store.createdBetween(range.fromMs, range.toMs, 10_000).map((i) => ({ createdAtMs: i.createdAtMs, metrics: metricsOf(i) }));
      const [overall] = fleetMedians(items, { fromMs: range.fromMs, toMs: range.toMs, bucketMs: Math.max(1, range.toMs - range.fromMs) });
      return { buckets: fleetMedians(items, range), overall: overall! };
    },
  };
}

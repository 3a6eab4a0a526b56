// Report generation: gathers one incident's detail into the report's own shape (hosts by name, actions
// with operators and results, evidence, checklist, metrics), stamped with who asked and when. report.ts
// renders it; the two stay apart so the renderers are pure and tested on fixed input.
import { describeCommand } from './timeline.js';
import type { Context } from './context.js';
import type { IncidentLifecycle, IncidentReports, ReportAction } from './types.js';

export function createReports(ctx: Context, lifecycle: Pick<IncidentLifecycle, 'detail'>): IncidentReports {
  return {
    build(id, actor) {
      const d = lifecycle.detail(id);
      const actions: ReportAction[] = d.commands.map((c) => ({
        atMs: c.createdAtMs,
        operator: c.operator,
        host: d.hostnames[c.agentId] ?? c.agentId,
        action: `${c.dryRun ? 'dry-run ' : ''}${describeCommand(c)}`,
        status: c.status,
        finishedAtMs: c.finishedAtMs,
        result: c.errorCode ? `${c.errorCode}: ${c.message ?? ''}` : (c.message ?? ''),
      }));
      return {
        generatedAtMs: ctx.now(),
        generatedBy: actor,
        incident: d.incident,
        hosts: d.incident.hosts.map((h) => ({ agentId: h, hostname: d.hostnames[h] ?? h })),
        alerts: d.alerts,
        timeline: d.timeline,
        actions,
        evidenceEvents: d.evidence,
        files: d.files,
        checklist: d.checklist,
        metrics: d.metrics,
      };
    },
  };
}

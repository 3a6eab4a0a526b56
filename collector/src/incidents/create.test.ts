// The incidents feature end to end on real stores and a real command service: one incident from its alert to
// a closed review, through every part (lifecycle, evidence of commands, checklist, review, report).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { renderMarkdown } from './report.js';
import { openIncidentsLab, type IncidentsLab } from './testkit.js';
import type { IncidentLifecycle, IncidentReports, IncidentReview } from './types.js';

let now: number;
let lab: IncidentsLab;
let lifecycle: IncidentLifecycle;
let review: IncidentReview;
let report: IncidentReports;
const raise = (...a: Parameters<IncidentsLab['raise']>) => lab.raise(...a);
const finish = (...a: Parameters<IncidentsLab['finish']>) => lab.finish(...a);

beforeEach(() => {
  now = Date.UTC(2025, 5, 1, 12);
  lab = openIncidentsLab(() => now);
  ({ lifecycle, review, report } = lab.incidents);
});
afterEach(() => lab.close());

describe('incidents (createIncidents)', () => {
  it('carries one incident from alert to closed review, with checklist, metrics and report', () => {
    const alert = raise();
    now += 1000;
    const inc = lifecycle.open({ source: 'alerts', actor: 'alice', alertIds: [alert.id] });
    expect(inc).toMatchObject({ title: 'Binary run from /tmp on web-1', severity: 'high', phase: 'identified', hosts: ['a1'] });

    now += 5000;
    const iso = lifecycle.issueCommand(inc.id, { agentId: 'a1', action: 'isolate', params: {} }, 'alice');
    now += 2000;
    finish(iso.id, vigil.v1.CommandStatus.SUCCEEDED, { applied: true });
    lifecycle.movePhase(inc.id, 'contained', 'alice');
    expect(() => lifecycle.movePhase(inc.id, 'remediated', 'alice')).toThrow(/assessed next/);
    now += 1000;
    lifecycle.addNote(inc.id, 'owner informed', 'bob');
    lifecycle.movePhase(inc.id, 'assessed', 'alice');

    const [item] = lifecycle.detail(inc.id).checklist;
    expect(item).toMatchObject({ kind: 'undo', action: 'release', status: 'open', label: 'Release web-1 from isolation' });
    now += 1000;
    const running = review.runChecklistItem(inc.id, item!.id, 'alice');
    expect(running.status).toBe('running');
    expect(lab.commands.get(running.undoCommandId!)!.action).toBe('release');
    now += 1000;
    finish(running.undoCommandId!);
    expect(lifecycle.detail(inc.id).checklist[0]).toMatchObject({ status: 'done', doneBy: 'alice', doneAtMs: now });
    review.addChecklistItem(inc.id, 'Rotate SSH keys', '', 'bob');
    lifecycle.movePhase(inc.id, 'remediated', 'alice');
    expect(() => lifecycle.movePhase(inc.id, 'closed', 'alice')).toThrow(/review/);
    now += 500;
    review.setReview(
      inc.id,
      { rootCause: 'weak password', whatWorked: 'isolation', whatDidNot: 'alert routing', followUps: [{ text: 'enforce keys', owner: 'ops' }] },
      'alice',
    );
    now += 1000;
    const closed = lifecycle.movePhase(inc.id, 'closed', 'alice');
    expect(closed.closedAtMs).toBe(now);

    const d = lifecycle.detail(inc.id);
    expect(d.metrics).toEqual({ timeToDetectMs: 400, timeToContainMs: 8000, timeToRemediateMs: 3000 });
    expect(d.timeline.map((e) => e.type)).toEqual([
      'alert',
      'phase',
      'command',
      'command_result',
      'phase',
      'note',
      'phase',
      'command',
      'command_result',
      'checklist',
      'phase',
      'review',
      'phase',
    ]);
    const md = renderMarkdown(report.build(inc.id, 'carol'));
    expect(md).toContain('release');
    expect(md).toContain('weak password');
  });
});

// The remediation checklist: undo items built from applied containment, ticked when the undo ran elsewhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { openIncidentsLab, type IncidentsLab } from './testkit.js';
import type { IncidentLifecycle } from './types.js';

let now: number;
let lab: IncidentsLab;
let lifecycle: IncidentLifecycle;
const raise = (...a: Parameters<IncidentsLab['raise']>) => lab.raise(...a);
const finish = (...a: Parameters<IncidentsLab['finish']>) => lab.finish(...a);

beforeEach(() => {
  now = Date.UTC(2025, 5, 1, 12);
  lab = openIncidentsLab(() => now);
  ({ lifecycle } = lab.incidents);
});
afterEach(() => lab.close());

describe('incident checklist and review', () => {
  it('ticks a checklist item when the undo ran from elsewhere, and builds undo for stop_service', () => {
    const inc = lifecycle.open({ source: 'alerts', actor: 'alice', alertIds: [raise().id] });
    const stop = lab.commands.issue({ agentId: 'a1', action: 'stop_service', params: { unit: 'nginx.service', mask: true }, operator: 'bob' });
    finish(stop.id, vigil.v1.CommandStatus.SUCCEEDED);
    const item = lifecycle.detail(inc.id).checklist[0]!;
    expect(item).toMatchObject({ action: 'start_service', params: { unit: 'nginx.service', unmask: true, enable: false } });
    now += 1000;
    const start = lab.commands.issue({ agentId: 'a1', action: 'start_service', params: { unit: 'nginx.service', unmask: true }, operator: 'carol' });
    finish(start.id);
    expect(lifecycle.detail(inc.id).checklist[0]).toMatchObject({ status: 'done', doneBy: 'carol', undoCommandId: start.id });
  });
});

// Incident evidence on real stores and a real command service wired as the module wires it: events marked
// as evidence, and the chain-of-custody row of a collection from its order to its result or failure.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vigil } from '@vigil/proto';
import { openIncidentsLab, type IncidentsLab } from './testkit.js';
import type { EventRef, IncidentEvidence, IncidentLifecycle } from './types.js';

let now: number;
let lab: IncidentsLab;
let lifecycle: IncidentLifecycle;
let evidence: IncidentEvidence;
const events: Record<string, EventRef> = {
  'a1:7': { id: 'ev-7', timeMs: 1000, kind: 'process_start', summary: `/tmp/x ${'y'.repeat(2000)}` },
  'a2:3': { id: 'ev-3', timeMs: 2000, kind: 'file_change', summary: '/etc/passwd' },
};

beforeEach(() => {
  now = Date.UTC(2025, 5, 1, 12);
  lab = openIncidentsLab(() => now, { wired: true, deps: { event: (agentId, seq) => events[`${agentId}:${seq}`] } });
  ({ lifecycle, evidence } = lab.incidents);
});
afterEach(() => lab.close());

const openOnA1 = () => lifecycle.open({ source: 'alerts', actor: 'alice', alertIds: [lab.raise().id] });

describe('incident evidence', () => {
  it('marks a stored event of one of its hosts, refuses others, and unmarks it; each change audited and pushed', () => {
    const inc = openOnA1();
    const e = evidence.mark(inc.id, 'a1', 7, 'bob', 'dropper run', '10.0.0.9');
    expect(e).toMatchObject({ eventId: 'ev-7', timeMs: 1000, kind: 'process_start', markedBy: 'bob', markedAtMs: now, note: 'dropper run' });
    expect(e.summary).toHaveLength(1000);
    expect(() => evidence.mark(inc.id, 'a2', 3, 'bob')).toThrow(/not part of incident .*add it first/);
    expect(() => evidence.mark(inc.id, 'a1', 8, 'bob')).toThrow(/no event 8 from a1/);
    expect(lifecycle.detail(inc.id).evidence.map((x) => x.seq)).toEqual([7]);
    expect(lab.news.at(-1)).toMatchObject({ change: 'evidence', incident: { id: inc.id } });
    evidence.unmark(inc.id, 'a1', 7, 'bob');
    expect(() => evidence.unmark(inc.id, 'a1', 7, 'bob')).toThrow(/not evidence of/);
    expect(lifecycle.detail(inc.id).evidence).toEqual([]);
    const audit = lab.audit.list({ target: `incident:${inc.id}`, limit: 10 }).map((a) => [a.action, a.user]);
    expect(audit).toEqual(
      expect.arrayContaining([
        ['incident.evidence.mark', 'bob'],
        ['incident.evidence.unmark', 'bob'],
      ]),
    );
  });

  it('keeps the chain of custody of a collection ordered from an incident, to the agent result', () => {
    const inc = openOnA1();
    const cmd = lifecycle.issueCommand(inc.id, { agentId: 'a1', action: 'collect_file', params: { path: '/var/log/auth.log', maxBytes: 4096 } }, 'alice');
    const f = evidence.file(lifecycle.detail(inc.id).files[0]!.id)!;
    expect(f).toMatchObject({
      incidentId: inc.id,
      commandId: cmd.id,
      kind: 'file',
      hostname: 'web-1',
      requestedPath: '/var/log/auth.log',
      requestedBy: 'alice',
      requestedAtMs: now,
      status: 'receiving',
      detail: { maxBytes: 4096 },
    });
    now += 1000;
    lab.finish(cmd.id, vigil.v1.CommandStatus.SUCCEEDED, { resolvedPath: '/var/log/auth.log.1', size: 10 });
    expect(evidence.file(f.id)).toMatchObject({ resolvedPath: '/var/log/auth.log.1', detail: { maxBytes: 4096, agent: { size: 10 } } });
    expect(lab.aborted).toEqual([[cmd.id, 'the agent finished but the file did not arrive complete']]);
  });

  it('fails the row of a collection that failed or only ran dry, from any origin', () => {
    const failed = lab.commands.issue({ agentId: 'a2', action: 'collect_file', params: { path: '/etc/shadow' }, operator: 'bob' });
    const dry = lab.commands.issue({ agentId: 'a2', action: 'triage', params: {}, operator: 'bob', dryRun: true });
    lab.finish(failed.id, vigil.v1.CommandStatus.FAILED);
    lab.finish(dry.id, vigil.v1.CommandStatus.SUCCEEDED, { dryRun: true });
    expect(lab.files.byCommand(failed.id)).toMatchObject({
      kind: 'file',
      requestedPath: '/etc/shadow',
      status: 'failed',
      error: expect.stringContaining('done'),
      incidentId: null,
    });
    expect(lab.files.byCommand(dry.id)).toMatchObject({
      kind: 'triage',
      requestedPath: 'triage.json',
      status: 'failed',
      error: 'dry run: the agent only reported what it would collect',
      incidentId: null,
    });
    expect(lab.aborted.map(([id]) => id)).toEqual([failed.id, dry.id]);
  });

  it('disputes a stored copy the agent reports with another SHA-256, and keeps one it confirms', () => {
    const confirmed = lab.commands.issue({ agentId: 'a1', action: 'collect_file', params: { path: '/etc/hosts' }, operator: 'bob' });
    const contradicted = lab.commands.issue({ agentId: 'a1', action: 'collect_file', params: { path: '/etc/hostname' }, operator: 'bob' });
    for (const [cmd, hash] of [
      [confirmed, 'aa'],
      [contradicted, 'bb'],
    ] as const) {
      const f = lab.files.byCommand(cmd.id)!;
      lab.files.stored(f.id, { resolvedPath: null, size: 3, sha256: hash.repeat(32), storedPath: `/data/evidence/${f.id}`, collectedAtMs: now });
    }
    lab.finish(confirmed.id, vigil.v1.CommandStatus.SUCCEEDED, { sha256: 'aa'.repeat(32), size: 3 });
    lab.finish(contradicted.id, vigil.v1.CommandStatus.SUCCEEDED, { sha256: 'cc'.repeat(32), size: 3 });
    expect(lab.files.byCommand(confirmed.id)).toMatchObject({ status: 'stored', error: null, sha256: 'aa'.repeat(32) });
    expect(lab.files.byCommand(contradicted.id)).toMatchObject({
      status: 'failed',
      error: `agent reported sha256 ${'cc'.repeat(32)} but the stored copy hashes to ${'bb'.repeat(32)}`,
      sha256: 'bb'.repeat(32),
      storedPath: expect.stringContaining('/data/evidence/'),
    });
  });
});

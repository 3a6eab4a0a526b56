// What every IncidentStore must do, whatever holds the rows: incidents with their hosts and alerts, the
// filtered newest-first list and its cursor, phase history, notes, evidence events, command links, the
// checklist (one undo item per source command) and transactions that land whole or not at all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceEvent, IncidentStore, NewIncident } from './types.js';

const inc = (id: string, extra: Partial<NewIncident> = {}): NewIncident => ({
  id,
  title: `incident ${id}`,
  severity: 'high',
  source: 'alerts',
  reportSource: null,
  summary: '',
  assignee: null,
  createdBy: 'alice',
  hosts: ['a1'],
  alertIds: [],
  firstMaliciousMs: null,
  ...extra,
});

const ev = (agentId: string, seq: number, timeMs: number): EvidenceEvent => ({
  agentId,
  seq,
  eventId: `${agentId}-${seq}`,
  timeMs,
  kind: 'process_start',
  summary: `event ${seq}`,
  markedBy: 'bob',
  markedAtMs: 5,
  note: '',
});

const undoItem = (id: string, incidentId: string, sourceCommandId: string | null, createdAtMs: number) => ({
  id,
  incidentId,
  kind: sourceCommandId ? ('undo' as const) : ('manual' as const),
  label: `item ${id}`,
  agentId: sourceCommandId ? 'a1' : null,
  action: sourceCommandId ? 'release' : null,
  params: sourceCommandId ? { reason: 'done', nested: { n: 1 } } : null,
  sourceCommandId,
  status: 'open' as const,
  createdBy: 'incident',
  createdAtMs,
  note: '',
});

export function describeIncidentStoreContract(implName: string, open: () => { store: IncidentStore; close(): void }): void {
  describe(`IncidentStore contract: ${implName}`, () => {
    let opened: ReturnType<typeof open>;
    let store: IncidentStore;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened.close());

    it('creates an incident in phase identified with its hosts, alerts and first phase move', () => {
      const r = store.create(inc('i1', { hosts: ['a2', 'a1'], alertIds: ['al1'], assignee: 'carol', firstMaliciousMs: 3 }), 100);
      expect(r).toMatchObject({ id: 'i1', phase: 'identified', assignee: 'carol', createdAtMs: 100, updatedAtMs: 100, firstMaliciousMs: 3, review: null });
      expect(r.hosts.sort()).toEqual(['a1', 'a2']);
      expect(r.alertIds).toEqual(['al1']);
      expect(store.get('i1')).toEqual(r);
      expect(store.get('nope')).toBeUndefined();
      expect(store.phases('i1')).toEqual([{ atMs: 100, actor: 'alice', from: null, to: 'identified', note: '' }]);
      expect(store.incidentsOfAlert('al1')).toEqual(['i1']);
    });

    it('lists newest first, filters by phase, host and creation time, and pages by (createdAtMs, id)', () => {
      store.create(inc('b', { hosts: ['a1'] }), 200);
      store.create(inc('a', { hosts: ['a2'] }), 200);
      store.create(inc('c', { hosts: ['a1', 'a2'] }), 300);
      store.create(inc('d', { hosts: ['a3'] }), 100);
      store.update('d', { phase: 'closed' }, 400);
      const ids = (q: Parameters<IncidentStore['list']>[0]) => store.list(q).map((i) => i.id);
      expect(ids({ limit: 10 })).toEqual(['c', 'b', 'a', 'd']);
      expect(ids({ limit: 2 })).toEqual(['c', 'b']);
      expect(ids({ limit: 10, after: { createdAtMs: 200, id: 'b' } })).toEqual(['a', 'd']);
      expect(ids({ limit: 10, phase: ['closed'] })).toEqual(['d']);
      expect(ids({ limit: 10, phase: ['identified', 'closed'] })).toEqual(['c', 'b', 'a', 'd']);
      expect(ids({ limit: 10, agentId: 'a2' })).toEqual(['c', 'a']);
      expect(ids({ limit: 10, fromMs: 200, toMs: 300 })).toEqual(['b', 'a']);
      expect(store.createdBetween(100, 300, 10).map((i) => i.createdAtMs)).toEqual([100, 200, 200]);
      expect(store.createdBetween(100, 300, 1).map((i) => i.id)).toEqual(['d']);
      expect(store.openIncidentsOfHost('a1').map((i) => i.id)).toEqual(['c', 'b']);
      expect(store.openIncidentsOfHost('a3')).toEqual([]);
    });

    it('updates only the fields given, clears to null, and keeps the review', () => {
      store.create(inc('i1'), 100);
      store.update('i1', { title: 'renamed', closedAtMs: 150, phase: 'closed' }, 150);
      expect(store.get('i1')).toMatchObject({ title: 'renamed', severity: 'high', phase: 'closed', closedAtMs: 150, updatedAtMs: 150 });
      store.update('i1', { closedAtMs: null, assignee: 'dan' }, 160);
      expect(store.get('i1')).toMatchObject({ title: 'renamed', closedAtMs: null, assignee: 'dan', updatedAtMs: 160 });
      const review = {
        rootCause: 'weak key',
        whatWorked: 'isolation',
        whatDidNot: '',
        followUps: [{ text: 'rotate', owner: 'ops', done: false }],
        reviewedBy: 'alice',
        reviewedAtMs: 170,
      };
      store.setReview('i1', review);
      expect(store.get('i1')).toMatchObject({ review, updatedAtMs: 170 });
    });

    it('adds each host and alert once, in the order they joined', () => {
      store.create(inc('i1', { hosts: ['a1'] }), 100);
      expect(store.addHost('i1', 'a1', 110)).toBe(false);
      expect(store.addHost('i1', 'a0', 120)).toBe(true);
      expect(store.addAlert('i1', 'al2', 'bob', 130)).toBe(true);
      expect(store.addAlert('i1', 'al2', 'bob', 140)).toBe(false);
      expect(store.addAlert('i1', 'al1', 'bob', 150)).toBe(true);
      expect(store.get('i1')).toMatchObject({ hosts: ['a1', 'a0'], alertIds: ['al2', 'al1'] });
    });

    it('keeps phase moves and notes in the order they happened', () => {
      store.create(inc('i1'), 100);
      store.addPhase('i1', { atMs: 200, actor: 'bob', from: 'identified', to: 'contained', note: '' });
      store.addPhase('i1', { atMs: 200, actor: 'bob', from: 'contained', to: 'identified', note: 'false start' });
      expect(store.phases('i1').map((p) => p.to)).toEqual(['identified', 'contained', 'identified']);
      expect(store.phases('i1')[2]).toEqual({ atMs: 200, actor: 'bob', from: 'contained', to: 'identified', note: 'false start' });
      store.addNote('i1', { id: 'n2', atMs: 300, author: 'bob', text: 'second' });
      store.addNote('i1', { id: 'n1', atMs: 250, author: 'eve', text: 'first' });
      expect(store.notes('i1')).toEqual([
        { id: 'n1', atMs: 250, author: 'eve', text: 'first' },
        { id: 'n2', atMs: 300, author: 'bob', text: 'second' },
      ]);
    });

    it('marks an event evidence once per incident, lists it in event time order and unmarks it', () => {
      store.create(inc('i1', { hosts: ['a1', 'a2'] }), 100);
      store.create(inc('i2'), 100);
      expect(store.addEvidence('i1', ev('a2', 7, 50))).toBe(true);
      expect(store.addEvidence('i1', ev('a1', 9, 40))).toBe(true);
      expect(store.addEvidence('i1', ev('a1', 9, 40))).toBe(false);
      expect(store.addEvidence('i2', ev('a1', 9, 40))).toBe(true);
      expect(store.evidence('i1')).toEqual([ev('a1', 9, 40), ev('a2', 7, 50)]);
      expect(store.removeEvidence('i1', 'a1', 9)).toBe(true);
      expect(store.removeEvidence('i1', 'a1', 9)).toBe(false);
      expect(store.evidence('i1').map((e) => e.seq)).toEqual([7]);
      expect(store.evidence('i2').map((e) => e.seq)).toEqual([9]);
    });

    it('links commands both ways, each once', () => {
      store.create(inc('i1'), 100);
      store.create(inc('i2'), 100);
      store.linkCommand('i1', 'c1');
      store.linkCommand('i1', 'c1');
      store.linkCommand('i2', 'c1');
      store.linkCommand('i1', 'c2');
      expect(store.linkedCommands('i1').sort()).toEqual(['c1', 'c2']);
      expect(store.incidentsOfCommand('c1').sort()).toEqual(['i1', 'i2']);
      expect(store.incidentsOfCommand('c9')).toEqual([]);
    });

    it('holds one undo item per source command, in creation order, and patches items', () => {
      store.create(inc('i1'), 100);
      expect(store.addChecklistItem(undoItem('u1', 'i1', 'c1', 200))).toBe(true);
      expect(store.addChecklistItem(undoItem('u1-again', 'i1', 'c1', 210))).toBe(false);
      expect(store.addChecklistItem(undoItem('m1', 'i1', null, 150))).toBe(true);
      expect(store.addChecklistItem(undoItem('m2', 'i1', null, 150))).toBe(true);
      expect(store.addChecklistItem(undoItem('m2', 'i1', null, 160))).toBe(false);
      expect(store.checklist('i1').map((c) => c.id)).toEqual(['m1', 'm2', 'u1']);
      expect(store.checklistItem('u1')).toMatchObject({
        params: { reason: 'done', nested: { n: 1 } },
        status: 'open',
        undoCommandId: null,
        doneBy: null,
        error: null,
      });
      store.updateChecklistItem('u1', { status: 'running', undoCommandId: 'c5' });
      expect(store.checklistByUndoCommand('c5').map((c) => c.id)).toEqual(['u1']);
      store.updateChecklistItem('u1', { status: 'done', doneBy: 'bob', doneAtMs: 300, error: null });
      store.updateChecklistItem('u1', {});
      expect(store.checklistItem('u1')).toMatchObject({ status: 'done', doneBy: 'bob', doneAtMs: 300, undoCommandId: 'c5', label: 'item u1' });
      expect(store.checklistItem('nope')).toBeUndefined();
    });

    it('lands a transaction whole or not at all', () => {
      store.create(inc('i1'), 100);
      expect(() =>
        store.tx(() => {
          store.addHost('i1', 'a9', 110);
          store.addNote('i1', { id: 'n1', atMs: 110, author: 'bob', text: 'x' });
          throw new Error('abort');
        }),
      ).toThrow('abort');
      expect(store.get('i1')!.hosts).toEqual(['a1']);
      expect(store.notes('i1')).toEqual([]);
      expect(store.tx(() => store.addHost('i1', 'a9', 120))).toBe(true);
      expect(store.get('i1')!.hosts).toEqual(['a1', 'a9']);
    });
  });
}

// What every EvidenceFileStore must do, whatever holds the rows: the chain of custody of a collected file,
// from the request (who, which path, when) through the stored copy (size, SHA-256, where) or the failure,
// with a stored copy never overwritten by a late failure, and the rows read per command, incident and host.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceFileStore, NewEvidenceFile } from './types.js';

const req = (id: string, extra: Partial<NewEvidenceFile> = {}): NewEvidenceFile => ({
  id,
  incidentId: null,
  agentId: 'a1',
  hostname: 'web-1',
  commandId: `cmd-${id}`,
  kind: 'file',
  requestedPath: '/etc/passwd',
  requestedBy: 'alice',
  requestedAtMs: 100,
  ...extra,
});

/** `addIncident` makes an incident a file may belong to (the files refer to the incidents table). */
export function describeEvidenceFileStoreContract(
  implName: string,
  open: () => { store: EvidenceFileStore; close(): void; addIncident(id: string): void },
): void {
  describe(`EvidenceFileStore contract: ${implName}`, () => {
    let opened: ReturnType<typeof open>;
    let store: EvidenceFileStore;
    beforeEach(() => {
      opened = open();
      store = opened.store;
    });
    afterEach(() => opened.close());

    it('records a request as receiving, found by id and by command', () => {
      store.insert(req('f1', { kind: 'triage', requestedPath: 'triage.json' }));
      const f = store.get('f1');
      expect(f).toEqual({
        ...req('f1', { kind: 'triage', requestedPath: 'triage.json' }),
        resolvedPath: null,
        size: null,
        sha256: null,
        storedPath: null,
        status: 'receiving',
        error: null,
        collectedAtMs: null,
        detail: null,
      });
      expect(store.byCommand('cmd-f1')).toEqual(f);
      expect(store.get('nope')).toBeUndefined();
      expect(store.byCommand('nope')).toBeUndefined();
      expect(() => store.insert(req('f2', { commandId: 'cmd-f1' }))).toThrow();
    });

    it('keeps the chain of custody: annotated, stored with its hash, and never failed afterwards', () => {
      store.insert(req('f1'));
      store.annotate('f1', null, { maxBytes: 1024 });
      store.annotate('f1', '/etc/passwd-real', { maxBytes: 1024, agent: { size: 3 } });
      store.annotate('f1', null, { maxBytes: 1024, agent: { size: 3, again: true } });
      expect(store.get('f1')).toMatchObject({
        resolvedPath: '/etc/passwd-real',
        status: 'receiving',
        detail: { maxBytes: 1024, agent: { size: 3, again: true } },
      });
      store.stored('f1', { resolvedPath: '/etc/passwd-real', size: 3, sha256: 'ab'.repeat(32), storedPath: '/data/evidence/f1', collectedAtMs: 200 });
      store.failed('f1', 'too late');
      expect(store.get('f1')).toMatchObject({
        status: 'stored',
        size: 3,
        sha256: 'ab'.repeat(32),
        storedPath: '/data/evidence/f1',
        collectedAtMs: 200,
        error: null,
        requestedBy: 'alice',
        requestedAtMs: 100,
      });
    });

    it('disputes a stored copy: failed with the reason, the copy and its hash kept; a row not stored cannot be disputed', () => {
      store.insert(req('f1'));
      store.disputed('f1', 'not stored yet');
      expect(store.get('f1')).toMatchObject({ status: 'receiving', error: null });
      store.stored('f1', { resolvedPath: '/etc/hosts', size: 3, sha256: 'ab'.repeat(32), storedPath: '/data/evidence/f1', collectedAtMs: 200 });
      store.disputed('f1', 'y'.repeat(5000));
      expect(store.get('f1')).toMatchObject({ status: 'failed', error: 'y'.repeat(2000), sha256: 'ab'.repeat(32), storedPath: '/data/evidence/f1', size: 3 });
    });

    it('fails a request with a bounded error, and a later stored copy clears it', () => {
      store.insert(req('f1'));
      store.failed('f1', 'x'.repeat(5000));
      expect(store.get('f1')).toMatchObject({ status: 'failed', error: 'x'.repeat(2000) });
      store.stored('f1', { resolvedPath: null, size: 1, sha256: 'cd'.repeat(32), storedPath: '/s', collectedAtMs: 300, detail: { retried: true } });
      expect(store.get('f1')).toMatchObject({ status: 'stored', error: null, detail: { retried: true } });
    });

    it('reads files per incident (once attached) and per host within a time range, in request order', () => {
      opened.addIncident('i1');
      opened.addIncident('i2');
      store.insert(req('f3', { requestedAtMs: 300, incidentId: 'i1' }));
      store.insert(req('f1', { requestedAtMs: 100 }));
      store.insert(req('f2', { requestedAtMs: 200, agentId: 'a2' }));
      store.insert(req('f4', { requestedAtMs: 400 }));
      expect(store.ofIncident('i1').map((f) => f.id)).toEqual(['f3']);
      store.attach('f1', 'i1');
      expect(store.ofIncident('i1').map((f) => f.id)).toEqual(['f1', 'f3']);
      expect(store.ofIncident('i2')).toEqual([]);
      expect(store.ofHost('a1', 100, 400, 10).map((f) => f.id)).toEqual(['f1', 'f3']);
      expect(store.ofHost('a1', 0, 1000, 2).map((f) => f.id)).toEqual(['f1', 'f3']);
      expect(store.ofHost('a1', 101, 1000, 10).map((f) => f.id)).toEqual(['f3', 'f4']);
      expect(store.ofHost('a2', 0, 1000, 10).map((f) => f.id)).toEqual(['f2']);
    });
  });
}

// Incident evidence: stored events a responder marks as evidence, and collected files (collect_file and
// triage results) with their chain of custody. A forensic command of any origin gets its evidence row
// before it is delivered; its result then fills the row in, or fails it (the bytes come via file-receiver.ts).
import { randomUUID } from 'node:crypto';
import { actionsOfKind } from '@vigil/actions';
import { CollectorError } from '../errors.js';
import type { CommandRow } from '../commands/types.js';
import { text, type Context } from './context.js';
import { textOf } from '@vigil/format';
import type { EvidenceEvent, IncidentEvidence } from './types.js';

const FORENSIC_ACTIONS: ReadonlySet<string> = actionsOfKind('forensic');
const FAILED = ['failed', 'refused', 'expired', 'rejected'];
const DRY_RUN = 'dry run: the agent only reported what it would collect';

const parse = (json: string | null): Record<string, unknown> => {
  try {
    return JSON.parse(json ?? '{}') as Record<string, unknown>;
  } catch {
    return {};
  }
};

export function createEvidence(ctx: Context): IncidentEvidence {
  const { d } = ctx;

  /** The evidence row of a collect_file/triage command, made once, before the command is delivered. */
  const expect = (row: CommandRow) => {
    if (d.files.byCommand(row.id)) return;
    const params = parse(row.paramsJson);
    const kind = row.action === 'triage' ? 'triage' : 'file';
    const fileId = randomUUID();
    d.files.insert({
      id: fileId,
      incidentId: d.store.incidentsOfCommand(row.id)[0] ?? null,
      agentId: row.agentId,
      hostname: d.hostname(row.agentId) ?? row.agentId,
      commandId: row.id,
      kind,
      requestedPath: kind === 'triage' ? 'triage.json' : textOf(params.path),
      requestedBy: row.operator,
      requestedAtMs: row.createdAtMs,
    });
    if (typeof params.maxBytes === 'number') d.files.annotate(fileId, null, { maxBytes: params.maxBytes });
  };

  const result = (row: CommandRow, abortTransfer: (commandId: string, reason: string) => void) => {
    const f = d.files.byCommand(row.id);
    if (!f) return;
    if (FAILED.includes(row.status)) {
      abortTransfer(row.id, `${row.errorCode ?? row.status}: ${row.message ?? ''}`);
      d.files.failed(f.id, `${row.errorCode ?? row.status}: ${row.message ?? ''}`);
      return;
    }
    if (row.status !== 'succeeded') return;
    const out = parse(row.outputJson);
    d.files.annotate(f.id, typeof out.resolvedPath === 'string' ? out.resolvedPath : null, { ...(f.detail ?? {}), agent: out });
    if (row.dryRun || out.dryRun === true) {
      abortTransfer(row.id, DRY_RUN);
      d.files.failed(f.id, DRY_RUN);
      return;
    }
    const now = d.files.get(f.id);
    if (now?.status === 'receiving') {
      abortTransfer(row.id, 'the agent finished but the file did not arrive complete');
    } else if (now?.status === 'stored' && typeof out.sha256 === 'string' && out.sha256 !== now.sha256) {
      d.files.disputed(f.id, `agent reported sha256 ${out.sha256} but the stored copy hashes to ${now.sha256}`);
    }
  };

  return {
    mark(id, agentId, seq, actor, note = '', address) {
      ctx.onIncidentHost(ctx.must(id), agentId, '; add it first');
      const ev = d.event(agentId, seq);
      if (!ev) throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `no event ${seq} from ${agentId}`);
      ctx.checkRoom(id, d.store.evidence(id).length);
      const e: EvidenceEvent = {
        agentId,
        seq,
        eventId: ev.id,
        timeMs: ev.timeMs,
        kind: ev.kind,
        summary: ev.summary.slice(0, 1000),
        markedBy: actor,
        markedAtMs: ctx.now(),
        note: text(note, 'note', 2000),
      };
      d.store.addEvidence(id, e);
      ctx.audit(actor, address, 'incident.evidence.mark', id, { agentId, seq });
      ctx.changed(id, 'evidence');
      return e;
    },

    unmark(id, agentId, seq, actor, address) {
      ctx.must(id);
      if (!d.store.removeEvidence(id, agentId, seq))
        throw new CollectorError('VIGIL_ERR_INCIDENT_NOT_FOUND', `event ${seq} of ${agentId} is not evidence of ${id}`);
      ctx.audit(actor, address, 'incident.evidence.unmark', id, { agentId, seq });
      ctx.changed(id, 'evidence');
    },

    file: (fileId) => d.files.get(fileId),

    onCommand(row, abortTransfer) {
      if (!FORENSIC_ACTIONS.has(row.action)) return;
      expect(row);
      result(row, abortTransfer);
    },
  };
}

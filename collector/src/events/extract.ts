// What the event store indexes out of an event's protobuf body, computed once at insert (and by the backfill
// migration): the lookup columns (exe, sha256, user, remote address) and the compact text the full-text index
// holds. The body stays the one source of truth; these are derived, so a backfill can always recompute them.
import type { vigil } from '@vigil/proto';

/** The derived columns of one event row; null where the event has no such field. */
export interface EventIndexFields {
  exe: string | null;
  sha256: string | null;
  user: string | null;
  remote: string | null;
  /** The full-text index's text: every distinct string value of the payload (see textOf). */
  text: string;
}

/** Longest value a lookup column keeps; longer ones are cut so one event cannot bloat an index. */
export const MAX_INDEXED_VALUE = 1024;
/** Longest compact text the full-text index takes per event. */
export const MAX_INDEXED_TEXT = 16 * 1024;

const nonEmpty = (s: string | null | undefined): string | null => (s ? s.slice(0, MAX_INDEXED_VALUE) : null);

/**
 * The full-text index's text of an event: every distinct string value of its payload (exe, argv, paths, log
 * lines, user names, addresses, hashes, map values such as a log's parsed fields, ...), space-separated.
 * Field names, enum names, numbers (pids, ports, uids, times, sizes) and the event id are left out: that is
 * the defined subset text search sees, kept small because every token costs at insert.
 */
export function textOf(event: vigil.v1.Event): string {
  const seen = new Set<string>();
  let size = 0;
  const walk = (v: unknown): void => {
    if (size > MAX_INDEXED_TEXT) return;
    if (typeof v === 'string') {
      if (v && !seen.has(v)) {
        seen.add(v);
        size += v.length + 1;
      }
    } else if (Array.isArray(v)) {
      for (const x of v) walk(x);
    } else if (v && typeof v === 'object' && !ArrayBuffer.isView(v) && !isLong(v)) {
      for (const x of Object.values(v)) walk(x);
    }
  };
  const payload = event.payload;
  if (payload) walk((event as unknown as Record<string, unknown>)[payload]);
  const text = [...seen].join(' ');
  return text.length > MAX_INDEXED_TEXT ? text.slice(0, MAX_INDEXED_TEXT) : text;
}

/** protobufjs hands 64-bit fields over as Long objects ({ low, high, unsigned }). */
function isLong(v: object): boolean {
  return 'low' in v && 'high' in v && 'unsigned' in v;
}

/** The lookup columns and the text of one event. */
export function indexFieldsOf(event: vigil.v1.Event): EventIndexFields {
  const p = event.processStart;
  const c = event.networkConnection;
  const f = event.fileChange;
  const logFields = event.log?.fields;
  return {
    exe: nonEmpty(p?.exe ?? event.processExit?.exe ?? c?.exe ?? event.networkListener?.exe ?? event.fileAccess?.exe),
    sha256: nonEmpty(p?.sha256 || f?.after?.sha256 || f?.before?.sha256)?.toLowerCase() ?? null,
    user: nonEmpty(p?.user || logFields?.user),
    remote: nonEmpty(c?.remoteAddress || logFields?.src_ip),
    text: textOf(event),
  };
}

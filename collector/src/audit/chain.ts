// Hash-chains the audit log (issue 13 item 14): each row stores the SHA-256 of the previous row's hash and
// its own fields, so editing or deleting a row in the middle shows when the chain is verified. Retention
// deletes from the front only; the first row left keeps its prev_hash as the anchor.
import { createHash } from 'node:crypto';

export interface ChainedFields {
  id: number;
  time_ms: number;
  user: string;
  source: string;
  action: string;
  target: string;
  result: string;
  detail: string | null;
}

export const GENESIS = '0'.repeat(64);

export function rowHash(prevHash: string, r: ChainedFields): string {
  const canonical = JSON.stringify([r.id, r.time_ms, r.user, r.source, r.action, r.target, r.result, r.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

export interface ChainReport {
  ok: boolean;
  /** Rows checked (rows from before the chain existed are skipped). */
  rows: number;
  /** First row whose hash or link does not match, with why. */
  firstBad: { id: number; reason: 'hash' | 'link' } | null;
}

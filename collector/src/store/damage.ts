// Tells a damaged database file apart from other storage failures, and words the refusal: SQLite answers a
// damaged page with SQLITE_CORRUPT (or SQLITE_NOTADB for a damaged header), and the operator's way out is
// `vigil-collector db salvage`, which copies every readable row into a new file (store/salvage.ts).
import { dirname } from 'node:path';
import { CollectorError } from '../errors.js';

const DAMAGE_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/** True when `err` (or an error in its cause chain) is SQLite reporting a damaged file. */
export function isDamageError(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 8; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && ([...DAMAGE_CODES].some((c) => code.startsWith(c)) || code === 'VIGIL_ERR_STORE_DAMAGED')) return true;
  }
  return false;
}

/** The remedy an operator runs for the database file `path` (its data folder is the file's folder). */
export const salvageRemedy = (path: string): string => `vigil-collector db salvage --data ${dirname(path)}`;

/** VIGIL_ERR_STORE_DAMAGED naming the file, what SQLite found, and the remedy. */
export function storeDamagedError(path: string, problem: string, cause?: unknown): CollectorError {
  return new CollectorError(
    'VIGIL_ERR_STORE_DAMAGED',
    `${path} is damaged (${problem}): refusing to start (nothing was changed). With the collector stopped, run "${salvageRemedy(path)}" to copy every readable row into a new file (the damaged one is kept in damaged/); "vigil-collector db check" lists the damage`,
    cause === undefined ? undefined : { cause },
  );
}

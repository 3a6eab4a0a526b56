// Upgrade path of issue 18: a data folder from before enrollment tokens moved to the database keeps them in
// state.json. At start (and when the CLI first opens the tokens) they are copied into the token table in one
// transaction, and removed from the file only after that committed (a crash in between imports again,
// keeping rows already there). An entry that is not a token record stops the start, naming the file and
// the entry, with nothing changed.
import { CollectorError } from '../errors.js';
import type { StateStore } from '../store/types.js';
import type { TokenRecord, TokenStore } from './types.js';

export interface LegacyTokenImport {
  found: number;
  added: number;
}

/** Reads one entry of an old state file's tokens list (the shape every collector before issue 18 wrote). */
export function legacyTokenRecord(entry: unknown, index: number, file: string): TokenRecord {
  const bad = (why: string) =>
    new CollectorError('VIGIL_ERR_STORE_CORRUPT', `${file}: tokens[${index}] ${why}; refusing to start (nothing was changed). Restore it from a backup.`);
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw bad('is not an object');
  const e = entry as Record<string, unknown>;
  const str = (k: string): string => {
    const v = e[k];
    if (typeof v !== 'string' || v === '') throw bad(`has no string "${k}"`);
    return v;
  };
  const count = (k: string): number => {
    const v = e[k];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) throw bad(`"${k}" is not a whole number`);
    return v;
  };
  const hash = str('hash');
  if (!/^[0-9a-f]{64}$/.test(hash)) throw bad('"hash" is not a SHA-256 in hex');
  const maxUses = count('maxUses');
  const record: TokenRecord = {
    id: str('id'),
    hash,
    createdAtMs: count('createdAtMs'),
    expiresAtMs: count('expiresAtMs'),
    maxUses,
    // never more uses than allowed: the table holds that as a constraint, and a token past it is used up either way
    uses: Math.min(count('uses'), maxUses),
  };
  if (e.note !== undefined) {
    if (typeof e.note !== 'string') throw bad('"note" is not a string');
    if (e.note) record.note = e.note;
  }
  return record;
}

/** Moves an old state file's tokens into `tokens`; undefined when the file holds none (the usual start). */
export function importLegacyTokens(
  state: Pick<StateStore, 'takeLegacyTokens'>,
  tokens: Pick<TokenStore, 'importRecords'>,
  file: string,
): LegacyTokenImport | undefined {
  return state.takeLegacyTokens((entries) => {
    const records = entries.map((e, i) => legacyTokenRecord(e, i, file));
    return { found: records.length, ...tokens.importRecords(records) };
  });
}

// Upgrade path of issue 15: a data folder from before agents moved to the database keeps them in state.json.
// At start they are copied into the agent table in one transaction, and removed from the file only after
// that committed (a crash in between imports again, keeping rows already there). An entry that is not an
// agent record stops the start, naming the file and the entry, with nothing changed.
import { CollectorError } from '../errors.js';
import type { StateStore } from '../store/types.js';
import type { AgentRecord, AgentStore } from './types.js';

export interface LegacyImport {
  found: number;
  added: number;
  inventoriesDropped: number;
}

/** Reads one entry of an old state file's agents list; fields added later than the first release default. */
export function legacyAgentRecord(entry: unknown, index: number, file: string): AgentRecord {
  const bad = (why: string) =>
    new CollectorError('VIGIL_ERR_STORE_CORRUPT', `${file}: agents[${index}] ${why}; refusing to start (nothing was changed). Restore it from a backup.`);
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw bad('is not an object');
  const e = entry as Record<string, unknown>;
  const str = (k: string, required = false): string => {
    const v = e[k];
    if (v === undefined && !required) return '';
    if (typeof v !== 'string' || (required && v === '')) throw bad(`has no string "${k}"`);
    return v;
  };
  const num = (k: string): number => {
    const v = e[k] ?? 0;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(`"${k}" is not a number`);
    return v;
  };
  const bool = (k: string): boolean => {
    const v = e[k] ?? false;
    if (typeof v !== 'boolean') throw bad(`"${k}" is not true or false`);
    return v;
  };
  const record: AgentRecord = {
    id: str('id', true),
    publicKey: str('publicKey', true),
    hostname: str('hostname'),
    machineId: str('machineId'),
    os: str('os'),
    agentVersion: str('agentVersion'),
    enrolledAtMs: num('enrolledAtMs'),
    lastSeenAtMs: num('lastSeenAtMs'),
    dryRun: bool('dryRun'),
    revoked: bool('revoked'),
    tokenId: str('tokenId'),
  };
  if (e.cloneOf !== undefined) record.cloneOf = str('cloneOf');
  if (e.identityConflictAtMs !== undefined) record.identityConflictAtMs = num('identityConflictAtMs');
  if (e.sequenceConflict !== undefined) {
    const c = e.sequenceConflict as Record<string, unknown> | null;
    const ok = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
    if (!c || typeof c !== 'object' || !ok(c.atMs) || !ok(c.heldSeq) || !ok(c.agentLastSeq))
      throw bad('"sequenceConflict" is not {atMs, heldSeq, agentLastSeq}');
    record.sequenceConflict = { atMs: c.atMs as number, heldSeq: c.heldSeq as number, agentLastSeq: c.agentLastSeq as number };
  }
  if (e.inventory !== undefined) {
    if (e.inventory === null || typeof e.inventory !== 'object' || Array.isArray(e.inventory)) throw bad('"inventory" is not an object');
    record.inventory = e.inventory as Record<string, unknown>;
  }
  return record;
}

/** Moves an old state file's agents into `agents`; undefined when the file holds none (the usual start). */
export function importLegacyAgents(state: Pick<StateStore, 'takeLegacyAgents'>, agents: AgentStore, file: string): LegacyImport | undefined {
  return state.takeLegacyAgents((entries) => {
    const records = entries.map((e, i) => legacyAgentRecord(e, i, file));
    return { found: records.length, ...agents.importRecords(records) };
  });
}

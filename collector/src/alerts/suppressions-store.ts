// Suppressions in SQLite (the SuppressionStore of types.ts): one rule muted for a host, for a field value,
// or both, until an expiry. A muted match is not an alert, but it is counted per suppression, host and group
// (with its last event), so a responder can see what a suppression is hiding and nothing is silently lost.
import { randomUUID } from 'node:crypto';
import type { Db } from '../store/db.js';
import type { NewSuppression, SuppressedHit, Suppression, SuppressionMatch, SuppressionStore } from './types.js';

interface Row {
  id: string;
  rule_id: string;
  agent_id: string | null;
  field: string | null;
  value: string | null;
  reason: string;
  created_by: string;
  created_at_ms: number;
  expires_at_ms: number | null;
  removed_by: string | null;
  removed_at_ms: number | null;
  hits: number;
  last_hit_ms: number | null;
}

const toSuppression = (r: Row): Suppression => ({
  id: r.id,
  ruleId: r.rule_id,
  agentId: r.agent_id,
  field: r.field,
  value: r.value,
  reason: r.reason,
  createdBy: r.created_by,
  createdAtMs: r.created_at_ms,
  expiresAtMs: r.expires_at_ms,
  removedBy: r.removed_by,
  removedAtMs: r.removed_at_ms,
  hits: r.hits,
  lastHitMs: r.last_hit_ms,
});

export class SqliteSuppressionStore implements SuppressionStore {
  /** Active suppressions by rule id, reloaded after every change (the hot path never queries). */
  private active = new Map<string, Suppression[]>();
  private readonly hit;
  private readonly hitGroup;

  constructor(private readonly db: Db) {
    this.hit = db.prepare('UPDATE suppressions SET hits = hits + ?, last_hit_ms = MAX(COALESCE(last_hit_ms, 0), ?) WHERE id = ?');
    this.hitGroup = db.prepare(
      `INSERT INTO suppressed_hits (suppression_id, agent_id, group_key, group_json, count, first_seen_ms, last_seen_ms, last_event_id)
       VALUES (@id, @agentId, @groupKey, @groupJson, @count, @firstMs, @lastMs, @eventId)
       ON CONFLICT (suppression_id, agent_id, group_key) DO UPDATE SET count = count + excluded.count,
         first_seen_ms = MIN(first_seen_ms, excluded.first_seen_ms), last_seen_ms = MAX(last_seen_ms, excluded.last_seen_ms), last_event_id = excluded.last_event_id`,
    );
    this.reload();
  }

  private reload(): void {
    const rows = this.db.prepare('SELECT * FROM suppressions WHERE removed_at_ms IS NULL').all() as Row[];
    const map = new Map<string, Suppression[]>();
    for (const r of rows) {
      const s = toSuppression(r);
      const list = map.get(s.ruleId) ?? [];
      list.push(s);
      map.set(s.ruleId, list);
    }
    this.active = map;
  }

  add(input: NewSuppression, nowMs: number): Suppression {
    if (!input.agentId && !input.field) throw new Error('a suppression needs a host, a field value, or both');
    if ((input.field == null) !== (input.value == null)) throw new Error('field and value go together');
    const id = randomUUID();
    this.db
      .prepare(
        'INSERT INTO suppressions (id, rule_id, agent_id, field, value, reason, created_by, created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(id, input.ruleId, input.agentId ?? null, input.field ?? null, input.value ?? null, input.reason, input.createdBy, nowMs, input.expiresAtMs ?? null);
    this.reload();
    return this.get(id)!;
  }

  remove(id: string, actor: string, nowMs: number): Suppression | undefined {
    this.db.prepare('UPDATE suppressions SET removed_by = ?, removed_at_ms = ? WHERE id = ? AND removed_at_ms IS NULL').run(actor, nowMs, id);
    this.reload();
    return this.get(id);
  }

  get(id: string): Suppression | undefined {
    const r = this.db.prepare('SELECT * FROM suppressions WHERE id = ?').get(id) as Row | undefined;
    return r ? toSuppression(r) : undefined;
  }

  list(ruleId?: string): Suppression[] {
    const rows = (
      ruleId
        ? this.db.prepare('SELECT * FROM suppressions WHERE rule_id = ? ORDER BY created_at_ms DESC').all(ruleId)
        : this.db.prepare('SELECT * FROM suppressions ORDER BY created_at_ms DESC').all()
    ) as Row[];
    return rows.map(toSuppression);
  }

  hits(id: string): SuppressedHit[] {
    const rows = this.db.prepare('SELECT * FROM suppressed_hits WHERE suppression_id = ? ORDER BY last_seen_ms DESC').all(id) as Array<{
      agent_id: string;
      group_json: string;
      count: number;
      first_seen_ms: number;
      last_seen_ms: number;
      last_event_id: string;
    }>;
    return rows.map((r) => ({
      agentId: r.agent_id,
      group: JSON.parse(r.group_json) as Record<string, string>,
      count: r.count,
      firstSeenMs: r.first_seen_ms,
      lastSeenMs: r.last_seen_ms,
      lastEventId: r.last_event_id,
    }));
  }

  find(ruleId: string, agentId: string, fieldValue: (field: string) => string | undefined, nowMs: number): Suppression | undefined {
    const list = this.active.get(ruleId);
    if (!list) return undefined;
    for (const s of list) {
      if (s.expiresAtMs !== null && s.expiresAtMs <= nowMs) continue;
      if (s.agentId !== null && s.agentId !== agentId) continue;
      if (s.field !== null && (fieldValue(s.field) ?? '').toLowerCase() !== (s.value ?? '').toLowerCase()) continue;
      return s;
    }
    return undefined;
  }

  count(s: Suppression, m: SuppressionMatch): void {
    this.hit.run(m.count, m.lastMs, s.id);
    this.hitGroup.run({
      id: s.id,
      agentId: m.agentId,
      groupKey: m.groupKey,
      groupJson: JSON.stringify(m.group),
      count: m.count,
      firstMs: m.firstMs,
      lastMs: m.lastMs,
      eventId: m.eventIds[m.eventIds.length - 1] ?? '',
    });
    s.hits += m.count;
  }
}

// In-process detection path for regression tests: the real SQLite event store, the real detection
// stage with Vigil's rule pack, the real alert store and service, in a temp folder. Events go in as
// ingest stores them (one transaction per batch, detection inside it).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { builtinRulesDir, compileRuleSources, DetectionEngine, listRuleFiles, type RuleSource } from '@vigil/detect';
import { silentLogger } from '@vigil/logger';
import { openDatabase } from '../../collector/src/store/db.js';
import { eventsMigrations, SqliteEventStore } from '../../collector/src/events/store.js';
import type { EventStore } from '../../collector/src/events/types.js';
import { alertsMigrations, SqliteAlertStore } from '../../collector/src/alerts/store.js';
import { SqliteSuppressionStore } from '../../collector/src/alerts/suppressions-store.js';
import { DetectStage } from '../../collector/src/alerts/stage.js';
import { AlertService } from '../../collector/src/alerts/service.js';

export interface DetectHarness {
  /** Store and detect one event of `agentId` at `timeMs`; returns its id. */
  ingest(agentId: string, payload: Record<string, unknown>, timeMs: number): string;
  events: EventStore;
  service: AlertService;
  close(): void;
}

/** `extraRules`: more rules (YAML text) loaded beside Vigil's pack. */
export function detectHarness(options: { dedupeWindowMs?: number; maxEvidencePerAlert?: number; extraRules?: RuleSource[] } = {}): DetectHarness {
  const dir = mkdtempSync(join(tmpdir(), `vigil-regression-${process.pid}-`));
  const db = openDatabase({ path: join(dir, 'events.db'), migrations: [...eventsMigrations, ...alertsMigrations] });
  let now = Date.UTC(2026, 0, 1);
  const pack = listRuleFiles([builtinRulesDir()], []).map((file): RuleSource => ({ file, text: readFileSync(file, 'utf8') }));
  const rules = compileRuleSources([...pack, ...(options.extraRules ?? [])]);
  if (rules.problems.length) throw new Error(`rule pack does not load: ${rules.problems.length} problems`);
  const alerts = new SqliteAlertStore(db, { dedupeWindowMs: options.dedupeWindowMs ?? 3_600_000, maxEvidencePerAlert: options.maxEvidencePerAlert ?? 100 });
  const suppressions = new SqliteSuppressionStore(db);
  const stage = new DetectStage({
    engine: new DetectionEngine(rules),
    alerts,
    suppressions,
    clock: () => now,
    logger: silentLogger(),
    sweepIntervalMs: 60_000,
  });
  const events = new SqliteEventStore(db, { clock: () => now });
  const service = new AlertService({ alerts, suppressions, rules, clock: () => now, maxPageSize: 1001 });
  let seq = 0;
  return {
    events,
    service,
    ingest(agentId, payload, timeMs) {
      now = Math.max(now, timeMs);
      seq++;
      const id = `${agentId}-ev-${seq}`;
      const event = vigil.v1.Event.fromObject({ ...payload, id, agentId, seq, timeNs: String(BigInt(timeMs) * 1_000_000n) });
      events.insertBatches([{ agentId, events: [event] }], (a, inserted) => stage.onEvents(a, inserted));
      return id;
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// Public surface of the audit log: the writer interface other modules depend on, and its SQLite store.
export type { AuditRecord, AuditResult, AuditWriter } from './writer.js';
export type { AuditEntry, AuditLog, AuditQuery } from './types.js';
export { auditMigrations, SqliteAuditLog } from './store.js';

// Public surface of the audit log: the writer interface other modules depend on, and its SQLite store.
export type { AuditRecord, AuditResult, AuditWriter } from './writer.js';
export { auditMigrations, SqliteAuditLog, type AuditEntry, type AuditQuery } from './store.js';

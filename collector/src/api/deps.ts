// What the API needs from the rest of the collector. Each data source is the service its owner wrote;
// the API reads them through these names only.
import type { ChainReport } from '../audit/chain.js';
import type { Logger } from '@vigil/logger';
import type { Auth } from '../auth/index.js';
import type { AuditWriter } from '../audit/writer.js';
import type { AuditEntry, AuditQuery } from '../audit/types.js';
import type { ApiOptions } from './options.js';
import type { LiveHub } from './live.js';

export interface AuditReader {
  list(q: AuditQuery): AuditEntry[];
  /** Re-computes the hash chain (audit/chain.ts). */
  verify(): ChainReport;
}

export interface ApiCoreDeps {
  auth: Auth;
  audit: AuditWriter & AuditReader;
  live: LiveHub;
  options: ApiOptions;
  logger: Logger;
  /** The collector serves TLS: cookies are Secure. */
  secure: boolean;
  version: string;
  now?: () => number;
}

// The collector's single error catalogue: stable codes, HTTP status where one applies,
// and the WebSocket close code used when an agent connection is refused for that reason.
export interface ErrorSpec {
  message: string;
  http?: number;
  close?: number;
}

export const COLLECTOR_ERRORS = {
  VIGIL_ERR_CONFIG_INVALID: { message: 'configuration is invalid' },
  VIGIL_ERR_STORE_IO: { message: 'storage failed', http: 500 },
  VIGIL_ERR_STORE_CORRUPT: { message: 'a storage file is unusable; the collector refuses to start and changes nothing', http: 500 },
  // A damaged page in the database file (SQLITE_CORRUPT/SQLITE_NOTADB): `vigil-collector db salvage` is the remedy.
  VIGIL_ERR_STORE_DAMAGED: { message: 'the database file is damaged; the collector refuses to start and changes nothing', http: 500 },
  VIGIL_ERR_STORE_LOCKED: { message: 'the database file is in use by a running collector', http: 409 },
  VIGIL_ERR_EVENTS_QUERY: { message: 'invalid event search', http: 400 },
  VIGIL_ERR_STORE_FULL: { message: 'the collector storage is full; reads still work, writes resume when space returns', http: 507 },
  VIGIL_ERR_COMMAND_ACTION: { message: 'unknown command action', http: 400 },
  VIGIL_ERR_COMMAND_PARAMS: { message: 'invalid command parameters', http: 400 },
  VIGIL_ERR_COMMAND_STATE: { message: 'command is not in a state that allows this', http: 409 },
  VIGIL_ERR_COMMAND_OUTCOME_UNKNOWN: { message: 'the agent ran the command but no longer knows how it ended', http: 500 },
  VIGIL_ERR_COMMAND_CREDENTIAL_ACCESS: { message: 'collecting a credential file needs the admin role and a stated reason', http: 403 },
  // The two-person rule (commands.twoPersonRule): a held order waits for a second operator.
  VIGIL_ERR_COMMAND_SECOND_OPERATOR: { message: "this order needs a second operator's approval; whoever asked for it cannot approve it", http: 403 },
  VIGIL_ERR_COMMAND_APPROVER_ROLE: { message: 'approving a held order needs a person with the responder role or above', http: 403 },
  // Enrolled agents (collector/src/hosts)
  VIGIL_ERR_AGENT_INVENTORY_TOO_LARGE: { message: 'the agent inventory exceeds agents.maxInventoryBytes', http: 413 },
  VIGIL_ERR_AGENT_EXISTS: { message: 'an agent with this id is already enrolled', http: 409 },
  // Detection and alerts (collector/src/alerts, collector/src/store/alerts*.ts)
  VIGIL_ERR_ALERT_INVALID: { message: 'invalid alert or suppression request', http: 400 },
  VIGIL_ERR_ALERT_NOT_FOUND: { message: 'no such alert or suppression', http: 404 },
  VIGIL_ERR_RULES_INVALID: { message: 'rules could not be loaded', http: 400 },
  // Incidents and forensic evidence (collector/src/incidents, collector/src/store/incidents*.ts)
  VIGIL_ERR_INCIDENT_INVALID: { message: 'invalid incident request', http: 400 },
  VIGIL_ERR_INCIDENT_NOT_FOUND: { message: 'no such incident, checklist item, note or evidence', http: 404 },
  VIGIL_ERR_INCIDENT_PHASE: { message: 'that phase move is not allowed', http: 409 },
  VIGIL_ERR_INCIDENT_LIMIT: { message: 'the incident holds as many items as allowed', http: 409 },
  // Agent bundles, install script and upgrades (collector/src/install)
  VIGIL_ERR_BUNDLE_INVALID: { message: 'not a publishable agent bundle', http: 400 },
  VIGIL_ERR_BUNDLE_NOT_FOUND: { message: 'no such published bundle or agent', http: 404 },
  VIGIL_ERR_INSTALL_URL: { message: 'the collector URL for the install script is unknown or invalid', http: 400 },
  // API and operators (collector/src/api, collector/src/auth)
  VIGIL_ERR_API_VALIDATION: { message: 'request is invalid', http: 400 },
  VIGIL_ERR_API_NOT_FOUND: { message: 'no such resource', http: 404 },
  VIGIL_ERR_API_CONFLICT: { message: 'conflicts with the current state', http: 409 },
  VIGIL_ERR_API_TOO_LARGE: { message: 'request is too large', http: 413 },
  VIGIL_ERR_API_UNAVAILABLE: { message: 'this resource is not available on this collector', http: 503 },
  VIGIL_ERR_API_INTERNAL: { message: 'internal error', http: 500 },
  VIGIL_ERR_AUTH_REQUIRED: { message: 'log in or present an API token', http: 401 },
  VIGIL_ERR_AUTH_BAD_CREDENTIALS: { message: 'wrong user name or password', http: 401 },
  VIGIL_ERR_AUTH_FORBIDDEN: { message: 'your role does not allow this', http: 403 },
  VIGIL_ERR_AUTH_CSRF: { message: 'missing or wrong CSRF token', http: 403 },
  VIGIL_ERR_AUTH_RATE_LIMITED: { message: 'too many failed logins; try again later', http: 429 },
  VIGIL_ERR_AUTH_PASSWORD_CHANGE_REQUIRED: { message: 'change the one-time password first', http: 403 },
  VIGIL_ERR_AUTH_WEAK_PASSWORD: { message: 'password is too short or too easy to guess', http: 400 },
  // Agent gateway (collector/src/gateway): each refusal closes the WebSocket with `close` and the code as reason.
  VIGIL_ERR_GATEWAY_MALFORMED_FRAME: { message: 'frame is not a valid vigil.v1 message', close: 4400 },
  VIGIL_ERR_GATEWAY_AUTH_FAILED: { message: 'authentication failed', close: 4401 },
  VIGIL_ERR_GATEWAY_PROTOCOL: { message: 'message not allowed in this state', close: 4402 },
  VIGIL_ERR_GATEWAY_AGENT_MISMATCH: { message: 'message speaks for another agent', close: 4403 },
  VIGIL_ERR_GATEWAY_AUTH_TIMEOUT: { message: 'did not authenticate in time', close: 4408 },
  VIGIL_ERR_GATEWAY_SEQUENCE: { message: 'event sequences must strictly increase', close: 4409 },
  VIGIL_ERR_GATEWAY_LIMIT: { message: 'message exceeds a size limit', close: 4413 },
  VIGIL_ERR_GATEWAY_FRAME_TOO_LARGE: { message: 'frame exceeds maxPayload', close: 1009 },
  VIGIL_ERR_GATEWAY_RATE_LIMITED: { message: 'too many connections or enrollments; retry later', http: 429, close: 4429 },
  VIGIL_ERR_GATEWAY_BUSY: { message: 'collector is busy; retry later', http: 503, close: 1013 },
  VIGIL_ERR_GATEWAY_REPLACED: { message: 'a newer connection of this agent took over', close: 4002 },
  VIGIL_ERR_GATEWAY_OFFLINE: { message: 'agent was silent too long', close: 4003 },
  VIGIL_ERR_GATEWAY_SHUTDOWN: { message: 'collector is shutting down', close: 1001 },
  VIGIL_ERR_ENROLL_TOKEN_UNKNOWN: { message: 'enrollment token is not valid', close: 4410 },
  VIGIL_ERR_ENROLL_TOKEN_EXPIRED: { message: 'enrollment token has expired', close: 4411 },
  VIGIL_ERR_ENROLL_TOKEN_USED_UP: { message: 'enrollment token has no uses left', close: 4412 },
  VIGIL_ERR_ENROLL_INVALID: { message: 'enrollment request is invalid', close: 4414 },
} as const satisfies Record<string, ErrorSpec>;

export type CollectorErrorCode = keyof typeof COLLECTOR_ERRORS | `VIGIL_ERR_${string}`;

export class CollectorError extends Error {
  readonly code: CollectorErrorCode;
  readonly http: number;
  constructor(code: CollectorErrorCode, message?: string, options?: { cause?: unknown; http?: number }) {
    const spec = (COLLECTOR_ERRORS as Record<string, ErrorSpec>)[code];
    super(message ?? spec?.message ?? code, options);
    this.name = 'CollectorError';
    this.code = code;
    this.http = options?.http ?? spec?.http ?? 500;
  }
}

/** The WebSocket close code for a coded refusal (4000 when the catalogue names none). */
export function closeCodeFor(code: string): number {
  return (COLLECTOR_ERRORS as Record<string, ErrorSpec>)[code]?.close ?? 4000;
}

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
  VIGIL_ERR_AUTH_WEAK_PASSWORD: { message: 'password is too short', http: 400 },
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

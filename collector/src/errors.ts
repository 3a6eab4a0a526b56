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

// Turns anything a route throws into the API's one JSON error shape with a stable code.
import { z } from 'zod';
import { CollectorError, COLLECTOR_ERRORS } from '../errors.js';
import { isStorageFullError } from '../store/space.js';

export interface ApiErrorBody {
  error: { code: string; message: string; issues?: Array<{ path: string; message: string }>; retryAfterMs?: number };
}

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('stable VIGIL_ERR_* code'),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    retryAfterMs: z.number().optional(),
  }),
});

export function toApiError(err: unknown): { status: number; body: ApiErrorBody } {
  if (err instanceof z.ZodError) {
    return {
      status: 400,
      body: {
        error: {
          code: 'VIGIL_ERR_API_VALIDATION',
          message: 'request is invalid',
          issues: err.issues.slice(0, 20).map((i) => ({ path: i.path.join('.'), message: i.message })),
        },
      },
    };
  }
  if (isStorageFullError(err)) {
    return { status: 507, body: { error: { code: 'VIGIL_ERR_STORE_FULL', message: COLLECTOR_ERRORS.VIGIL_ERR_STORE_FULL.message } } };
  }
  if (err instanceof CollectorError) {
    const retry = (err as { retryAfterMs?: unknown }).retryAfterMs;
    return {
      status: err.http,
      body: { error: { code: err.code, message: err.message, ...(typeof retry === 'number' ? { retryAfterMs: retry } : {}) } },
    };
  }
  // body-parser errors carry a `type` and a status
  const e = err as { type?: string; status?: number; code?: string; message?: string } | undefined;
  if (e?.type === 'entity.too.large') return { status: 413, body: { error: { code: 'VIGIL_ERR_API_TOO_LARGE', message: 'request body is too large' } } };
  if (e?.type === 'entity.parse.failed' || e?.type === 'charset.unsupported' || e?.type === 'encoding.unsupported') {
    return { status: 400, body: { error: { code: 'VIGIL_ERR_API_VALIDATION', message: 'request body is not valid JSON' } } };
  }
  if (typeof e?.code === 'string' && e.code.startsWith('VIGIL_ERR_')) {
    const status = typeof e.status === 'number' ? e.status : 400;
    return { status, body: { error: { code: e.code, message: e.message ?? e.code } } };
  }
  return { status: 500, body: { error: { code: 'VIGIL_ERR_API_INTERNAL', message: 'internal error' } } };
}

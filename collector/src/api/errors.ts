// Turns anything a route throws into the API's one JSON error shape with a stable code.
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { Logger } from '@vigil/logger';
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
  const e = err as { status?: number; code?: string; message?: string } | undefined;
  if (typeof e?.code === 'string' && e.code.startsWith('VIGIL_ERR_')) {
    const status = typeof e.status === 'number' ? e.status : 400;
    return { status, body: { error: { code: e.code, message: e.message ?? e.code } } };
  }
  return { status: 500, body: { error: { code: 'VIGIL_ERR_API_INTERNAL', message: 'internal error' } } };
}

/**
 * What reading a request body failed with, as a coded error. body-parser's own errors carry a `type`, but the
 * ones it passes on from the stream do not: a body sent with `Content-Encoding: gzip` (or deflate, br) that is
 * not compressed fails in zlib (Z_DATA_ERROR), and once answered 500. Any client-side failure (status 4xx) is
 * the client's: too large is 413, the rest 400; only a failure of the server's own (5xx) stays internal.
 */
export function bodyReadError(err: unknown): Error {
  const e = err as { type?: unknown; status?: unknown } | undefined;
  const status = typeof e?.status === 'number' ? e.status : 500;
  if (e?.type === 'entity.too.large') return new CollectorError('VIGIL_ERR_API_TOO_LARGE', 'request body is too large', { cause: err });
  if (status >= 500) return err instanceof Error ? err : new Error('could not read the request body', { cause: err });
  const why =
    e?.type === 'entity.parse.failed'
      ? 'request body is not valid JSON'
      : e?.type === 'charset.unsupported'
        ? 'request body charset is not supported (send UTF-8)'
        : e?.type === 'encoding.unsupported'
          ? 'request body content encoding is not supported'
          : 'request body could not be read (is it compressed as its Content-Encoding says?)';
  return new CollectorError('VIGIL_ERR_API_VALIDATION', why, { cause: err });
}

/**
 * The last handler of the API router and of the page: what express itself throws before any route runs (a
 * path with a broken percent-escape such as /api/v1/agents/%zz fails to decode its parameter) answers as JSON
 * with a code. Express's own final handler answered such requests with an HTML page holding the stack trace.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, _next) => {
    const status = (err as { status?: unknown } | undefined)?.status;
    const client = typeof status === 'number' && status >= 400 && status < 500;
    if (!client) logger.error({ err, method: req.method, path: req.path }, 'request failed outside any route');
    const body = client
      ? {
          error: {
            code: 'VIGIL_ERR_API_VALIDATION',
            message: err instanceof URIError ? 'the request path is not valid percent-encoding' : 'request is invalid',
          },
        }
      : toApiError(err).body;
    if (res.headersSent) {
      res.end();
      return;
    }
    res
      .status(client ? 400 : 500)
      .type('application/json')
      .send(JSON.stringify(body));
  };
}

// Every limit of the HTTP API in one place, with safe defaults. The collector's config schema embeds this
// as its `api` section.
import { z } from 'zod';

export const apiOptionsSchema = z
  .object({
    /** Largest JSON request body. */
    maxBodyBytes: z
      .number()
      .int()
      .positive()
      .default(64 * 1024),
    /** Longest request target (path plus query string). */
    maxUrlBytes: z.number().int().positive().default(4096),
    /** Page size when the client names none, and the most it may ask for. */
    defaultPageSize: z.number().int().positive().default(100),
    maxPageSize: z.number().int().positive().default(1000),
    /** Live-push (server-sent events) clients held at once, and the keep-alive comment interval. */
    maxStreamClients: z.number().int().positive().default(200),
    /** Live-push streams one user (their sessions and tokens together) may hold at once. */
    maxStreamClientsPerUser: z.number().int().positive().default(8),
    /** Text matches up to which a search sorts them all by time (a rare word: exact, full pages). */
    maxTextCandidates: z.number().int().positive().default(20_000),
    /** Newest events a search for a more common word checks per page (bounds the cost when the other filters match little). */
    maxTextScanRows: z.number().int().positive().default(200_000),
    streamKeepAliveMs: z.number().int().positive().default(15_000),
  })
  .strict();

export type ApiOptions = z.output<typeof apiOptionsSchema>;

export function defaultApiOptions(overrides: Partial<ApiOptions> = {}): ApiOptions {
  return apiOptionsSchema.parse(overrides);
}

// The parameters an operator may give each action, as the API validates them before the collector builds
// the Command (the agent checks them again). Keyed by the table's names; camelCase fields as in the
// generated proto. Upgrade is absent: only the collector's bundle routes order it. Kept apart from table.ts
// so that the page, which bundles the table, does not bundle zod.
import { z } from 'zod';
import type { ActionName } from './table.js';

/** Shortest stated reason for collecting a credential file (also the default of the agent's forensics.collect.minReasonLength). */
export const CREDENTIAL_REASON_MIN = 8;
export const CREDENTIAL_REASON_MAX = 500;

const cidr = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[0-9A-Fa-f:.]+(\/\d{1,3})?$/, 'an IPv4/IPv6 address or CIDR');
const unit = z.string().min(1).max(256);
const U64_MAX = (1n << 64n) - 1n;
const absPath = z.string().min(2).max(4096).startsWith('/', 'an absolute path');

/** One schema per action an operator (or a response policy) may order. */
export const ACTION_PARAMS = {
  isolate: z
    .object({
      allowCidrs: z.array(cidr).max(64).default([]),
      allowDns: z.boolean().default(false),
      selfTestDeadlineMs: z.number().int().min(1000).max(600_000).optional(),
    })
    .strict()
    .default({ allowCidrs: [], allowDns: false }),
  release: z.object({}).strict().default({}),
  stop_service: z.object({ unit, disable: z.boolean().default(false), mask: z.boolean().default(false) }).strict(),
  start_service: z.object({ unit, unmask: z.boolean().default(false), enable: z.boolean().default(false) }).strict(),
  kill_process: z
    .object({
      pid: z.number().int().min(1).max(4_194_304),
      // A u64 on the wire: 20 digits can exceed 2^64 - 1, which protobufjs wraps silently into another value.
      startTimeTicks: z.union([
        z
          .string()
          .regex(/^\d{1,20}$/)
          .refine((s) => BigInt(s) <= U64_MAX, 'at most 2^64 - 1'),
        z.number().int().min(0),
      ]),
      tree: z.boolean().default(false),
      graceMs: z.number().int().min(0).max(600_000).optional(),
    })
    .strict(),
  block_address: z
    .object({
      cidr,
      ttlSeconds: z
        .number()
        .int()
        .min(0)
        .max(365 * 86_400)
        .default(0),
    })
    .strict(),
  unblock_address: z.object({ cidr }).strict(),
  quarantine_file: z.object({ path: absPath }).strict(),
  restore_file: z.object({ quarantineId: z.string().min(1).max(128) }).strict(),
  triage: z
    .object({ authLogLines: z.number().int().min(0).max(10_000).optional() })
    .strict()
    .default({}),
  collect_file: z
    .object({
      path: absPath,
      maxBytes: z
        .number()
        .int()
        .min(1)
        .max(1 << 30)
        .optional(),
      /** A credential file (shadow, private keys, keytabs, token files): admin role and a stated reason, both audited. */
      credentialAccess: z.boolean().default(false),
      reason: z.string().max(CREDENTIAL_REASON_MAX).optional(),
    })
    .strict()
    .refine((p) => !p.credentialAccess || (p.reason ?? '').trim().length >= CREDENTIAL_REASON_MIN, {
      message: `credentialAccess needs a reason of at least ${CREDENTIAL_REASON_MIN} characters`,
      path: ['reason'],
    }),
} satisfies { readonly [N in Exclude<ActionName, 'upgrade'>]: z.ZodType };

export type OrderableAction = keyof typeof ACTION_PARAMS;

type Params = typeof ACTION_PARAMS;
type Variant = { [N in OrderableAction]: z.ZodObject<{ action: z.ZodLiteral<N>; params: Params[N] }> }[OrderableAction];

// The map above is typed per name; building the union from its entries loses that pairing for the compiler,
// so the list is given the union type it has by construction.
const variants = Object.entries(ACTION_PARAMS).map(([action, params]) => z.object({ action: z.literal(action), params })) as unknown as [Variant, ...Variant[]];

/** `{ action, params }` of a command or a response policy: the action picks its parameter schema. */
export const commandBody = z.discriminatedUnion('action', variants);

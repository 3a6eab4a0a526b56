// Operator accounts and API tokens: admin only.
import { z } from 'zod';
import { CollectorError } from '../../errors.js';
import { USER_NAME_RE } from '../../auth/index.js';
import { route, type AnyRoute } from '../route.js';
import { idSchema, roleSchema } from '../schemas.js';
import type { ApiCoreDeps } from '../deps.js';

const userView = z.object({
  name: z.string(),
  role: roleSchema,
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAtMs: z.number(),
  passwordChangedAtMs: z.number(),
});

const tokenView = z.object({
  id: z.string(),
  name: z.string(),
  role: roleSchema,
  createdBy: z.string(),
  createdAtMs: z.number(),
  expiresAtMs: z.number().nullable(),
  revokedAtMs: z.number().nullable(),
  lastUsedAtMs: z.number().nullable(),
});

const userName = z.string().regex(USER_NAME_RE, 'lower-case letter, then letters, digits, . _ -');
const nameParams = z.object({ name: userName });

export function userRoutes(deps: ApiCoreDeps): AnyRoute[] {
  const { users, tokens } = deps.auth;
  return [
    route({
      method: 'get',
      path: '/users',
      access: 'admin',
      tag: 'users',
      summary: 'List operator accounts',
      response: z.object({ items: z.array(userView) }),
      handler: () => ({ items: users.list() }),
    }),
    route({
      method: 'post',
      path: '/users',
      access: 'admin',
      tag: 'users',
      summary: 'Create an operator account',
      audit: 'user.create',
      status: 201,
      body: z.object({ name: userName, role: roleSchema, password: z.string().min(1).max(1024), mustChangePassword: z.boolean().default(true) }).strict(),
      response: userView,
      target: (_p, body) => `user:${body.name}`,
      async handler({ body }) {
        return users.create(body);
      },
    }),
    route({
      method: 'patch',
      path: '/users/:name',
      access: 'admin',
      tag: 'users',
      summary: 'Change role or disable/enable an account (disabling ends its sessions)',
      audit: 'user.update',
      params: nameParams,
      target: (p) => `user:${p.name}`,
      body: z.object({ role: roleSchema.optional(), disabled: z.boolean().optional() }).strict(),
      response: userView,
      handler({ params, body, addDetail }) {
        addDetail(body);
        return deps.auth.updateUser(params.name, body);
      },
    }),
    route({
      method: 'delete',
      path: '/users/:name',
      access: 'admin',
      tag: 'users',
      summary: 'Delete an account and end its sessions',
      audit: 'user.delete',
      params: nameParams,
      target: (p) => `user:${p.name}`,
      handler({ params, principal }) {
        if (params.name === principal.user) throw new CollectorError('VIGIL_ERR_API_CONFLICT', 'you cannot delete your own account');
        deps.auth.deleteUser(params.name);
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/users/:name/password',
      access: 'admin',
      tag: 'users',
      summary: "Reset another account's password (by default it must be changed at next login)",
      audit: 'user.password',
      params: nameParams,
      target: (p) => `user:${p.name}`,
      body: z.object({ password: z.string().min(1).max(1024), mustChangePassword: z.boolean().default(true) }).strict(),
      async handler({ params, body }) {
        await deps.auth.resetPassword(params.name, body.password, body.mustChangePassword);
        return undefined;
      },
    }),
    route({
      method: 'get',
      path: '/tokens',
      access: 'admin',
      tag: 'tokens',
      summary: 'List API tokens (never their secrets)',
      response: z.object({ items: z.array(tokenView) }),
      handler: () => ({ items: tokens.list() }),
    }),
    route({
      method: 'post',
      path: '/tokens',
      access: 'admin',
      tag: 'tokens',
      summary: 'Create an API token; the secret is in this response only',
      audit: 'token.create',
      status: 201,
      body: z
        .object({
          name: z
            .string()
            .min(1)
            .max(64)
            .regex(/^[A-Za-z0-9._-]+$/),
          role: roleSchema,
          ttlDays: z.number().int().min(1).max(3650).optional(),
        })
        .strict(),
      response: z.object({ token: tokenView, secret: z.string() }),
      handler({ body, principal, setTarget }) {
        const out = tokens.create({
          name: body.name,
          role: body.role,
          createdBy: principal.user,
          creatorRole: principal.role,
          ttlMs: body.ttlDays ? body.ttlDays * 86_400_000 : undefined,
        });
        setTarget(`token:${out.token.id}`);
        return out;
      },
    }),
    route({
      method: 'delete',
      path: '/tokens/:tokenId',
      access: 'admin',
      tag: 'tokens',
      summary: 'Revoke an API token',
      audit: 'token.revoke',
      params: z.object({ tokenId: idSchema }),
      target: (p) => `token:${p.tokenId}`,
      response: tokenView,
      handler: ({ params }) => deps.auth.revokeToken(params.tokenId),
    }),
  ];
}

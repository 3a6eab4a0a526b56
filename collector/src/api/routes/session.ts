// Logging in and out, the caller's own session (with its CSRF token), and changing one's own password.
import { z } from 'zod';
import { route, type AnyRoute } from '../route.js';
import { roleSchema } from '../schemas.js';
import type { ApiCoreDeps } from '../deps.js';

const sessionView = z.object({
  user: z.string(),
  role: roleSchema,
  via: z.enum(['session', 'token']),
  mustChangePassword: z.boolean(),
  csrfToken: z.string().nullable().describe('send as X-CSRF-Token on every change made with the session cookie'),
});

export function sessionRoutes(deps: ApiCoreDeps): AnyRoute[] {
  const secure = deps.secure || deps.auth.deps.options.secureCookie;
  return [
    route({
      method: 'post',
      path: '/session',
      access: 'public',
      tag: 'session',
      summary: 'Log in with user name and password; sets the session cookie',
      audit: 'session.login',
      body: z.object({ user: z.string().min(1).max(64), password: z.string().min(1).max(1024) }).strict(),
      response: sessionView,
      async handler({ body, address, res, addDetail, setTarget }) {
        addDetail({ user: body.user });
        setTarget(`user:${body.user}`);
        const { cookieValue, session, user } = await deps.auth.login(body.user, body.password, address);
        res.setHeader('Set-Cookie', deps.auth.sessionCookie(cookieValue, secure));
        return { user: user.name, role: user.role, via: 'session', mustChangePassword: user.mustChangePassword, csrfToken: session.csrfToken };
      },
    }),
    route({
      method: 'get',
      path: '/session',
      access: 'viewer',
      tag: 'session',
      summary: 'Who is calling, and the CSRF token of the session',
      duringPasswordChange: true,
      response: sessionView,
      handler: ({ principal }) => ({
        user: principal.user,
        role: principal.role,
        via: principal.via,
        mustChangePassword: principal.mustChangePassword,
        csrfToken: principal.session?.csrfToken ?? null,
      }),
    }),
    route({
      method: 'delete',
      path: '/session',
      access: 'viewer',
      tag: 'session',
      summary: 'Log out',
      audit: 'session.logout',
      duringPasswordChange: true,
      handler({ principal, res }) {
        deps.auth.logout(principal.session);
        res.setHeader('Set-Cookie', deps.auth.clearCookie(secure));
        return undefined;
      },
    }),
    route({
      method: 'post',
      path: '/session/password',
      access: 'viewer',
      tag: 'session',
      summary: 'Change your own password (required after a one-time password); other sessions of yours end',
      audit: 'session.password',
      duringPasswordChange: true,
      body: z.object({ current: z.string().min(1).max(1024), next: z.string().min(1).max(1024) }).strict(),
      async handler({ principal, body, setTarget, address }) {
        setTarget(`user:${principal.user}`);
        await deps.auth.changePassword(principal, body.current, body.next, address);
        return undefined;
      },
    }),
  ];
}

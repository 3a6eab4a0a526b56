// Admin: operator accounts (create, role, disable, reset password, delete) and API tokens (create, revoke).
import { api } from '../api.js';
import { openDialog } from '../dialog.js';
import { badge, fmtTime, h, listener, replace } from '../dom.js';
import type { ViewContext } from '../state.js';
import { errorBox, section } from './common.js';

const ROLES = ['viewer', 'responder', 'admin'];

export function adminView(root: HTMLElement, ctx: ViewContext): void {
  const users = h('div', { id: 'users' });
  const tokens = h('div', { id: 'tokens' });
  const newUser = h('button', { type: 'button', id: 'new-user' }, 'New user');
  const newToken = h('button', { type: 'button', id: 'new-token' }, 'New API token');
  replace(root, h('h1', null, 'Users and API tokens'), section('Users', newUser, users), section('API tokens', newToken, tokens));

  const roleSelect = (value: string) => h('select', null, ...ROLES.map((r) => h('option', { value: r, selected: r === value }, r)));

  async function loadUsers() {
    try {
      const res = await api('GET', '/users');
      replace(
        users,
        h(
          'table',
          null,
          h('thead', null, h('tr', null, ...['User', 'Role', 'State', 'Created', 'Password changed', ''].map((c) => h('th', null, c)))),
          h(
            'tbody',
            null,
            res.items.map((u: any) => {
              const role = roleSelect(u.role);
              role.addEventListener(
                'change',
                listener(async () => {
                  try {
                    await api('PATCH', `/users/${u.name}`, { role: role.value });
                    ctx.notify(`${u.name} is now ${role.value}`, 'ok');
                  } catch (err) {
                    ctx.notify((err as Error).message, 'error');
                  }
                  void loadUsers();
                }),
              );
              return h(
                'tr',
                null,
                h('td', null, u.name),
                h('td', null, role),
                h(
                  'td',
                  null,
                  u.disabled ? badge('disabled', 'bad') : badge('enabled', 'st-online'),
                  u.mustChangePassword ? badge('must change password', 'warn') : null,
                ),
                h('td', null, fmtTime(u.createdAtMs)),
                h('td', null, fmtTime(u.passwordChangedAtMs)),
                h(
                  'td',
                  null,
                  h(
                    'button',
                    {
                      type: 'button',
                      className: 'small',
                      onclick: listener(
                        async () => (
                          await api('PATCH', `/users/${u.name}`, { disabled: !u.disabled }).catch((e) => ctx.notify(e.message, 'error')),
                          void loadUsers()
                        ),
                      ),
                    },
                    u.disabled ? 'Enable' : 'Disable',
                  ),
                  h('button', { type: 'button', className: 'small', onclick: () => resetDialog(u.name) }, 'Reset password'),
                  h('button', { type: 'button', className: 'small danger', onclick: () => deleteDialog(u.name) }, 'Delete'),
                ),
              );
            }),
          ),
        ),
      );
    } catch (err) {
      replace(users, errorBox(err));
    }
  }

  function resetDialog(name: string) {
    const pw = h('input', { type: 'password', autocomplete: 'new-password' });
    openDialog({
      title: `Reset password of ${name}`,
      confirmLabel: 'Reset',
      body: [h('label', null, 'Temporary password (must be changed at next login)', pw)],
      onConfirm: async () => void (await api('POST', `/users/${name}/password`, { password: pw.value })),
    });
  }
  function deleteDialog(name: string) {
    openDialog({
      title: `Delete ${name}`,
      danger: true,
      confirmLabel: 'Delete',
      typeToConfirm: name,
      body: h('p', null, 'The account and its sessions end at once.'),
      onConfirm: async () => (await api('DELETE', `/users/${name}`), void loadUsers()),
    });
  }

  newUser.addEventListener('click', () => {
    const name = h('input', { id: 'user-name', autocomplete: 'off' });
    const role = roleSelect('viewer');
    const pw = h('input', { id: 'user-password', type: 'password', autocomplete: 'new-password' });
    openDialog({
      title: 'New user',
      confirmLabel: 'Create',
      body: [
        h('label', null, 'Name', name),
        h('label', null, 'Role', role),
        h('label', null, 'Temporary password (12+ characters, changed at first login)', pw),
      ],
      onConfirm: async () => {
        await api('POST', '/users', { name: name.value.trim(), role: role.value, password: pw.value });
        void loadUsers();
      },
    });
  });

  async function loadTokens() {
    try {
      const res = await api('GET', '/tokens');
      replace(
        tokens,
        res.items.length
          ? h(
              'table',
              null,
              h('thead', null, h('tr', null, ...['Name', 'Role', 'Created by', 'Created', 'Expires', 'Last used', 'State', ''].map((c) => h('th', null, c)))),
              h(
                'tbody',
                null,
                res.items.map((t: any) =>
                  h(
                    'tr',
                    null,
                    h('td', null, t.name),
                    h('td', null, t.role),
                    h('td', null, t.createdBy),
                    h('td', null, fmtTime(t.createdAtMs)),
                    h('td', null, t.expiresAtMs ? fmtTime(t.expiresAtMs) : 'never'),
                    h('td', null, fmtTime(t.lastUsedAtMs)),
                    h('td', null, t.revokedAtMs ? badge('revoked', 'bad') : badge('active', 'st-online')),
                    h(
                      'td',
                      null,
                      t.revokedAtMs
                        ? null
                        : h(
                            'button',
                            {
                              type: 'button',
                              className: 'small danger',
                              onclick: listener(async () => (await api('DELETE', `/tokens/${t.id}`), void loadTokens())),
                            },
                            'Revoke',
                          ),
                    ),
                  ),
                ),
              ),
            )
          : h('p', { className: 'muted' }, 'No API tokens.'),
      );
    } catch (err) {
      replace(tokens, errorBox(err));
    }
  }

  newToken.addEventListener('click', () => {
    const name = h('input', { id: 'token-name', autocomplete: 'off', placeholder: 'e.g. siem-export' });
    const role = roleSelect('viewer');
    const days = h('input', { type: 'number', min: '1', placeholder: 'days (empty: no expiry)' });
    openDialog({
      title: 'New API token',
      confirmLabel: 'Create',
      body: [h('label', null, 'Name', name), h('label', null, 'Role', role), h('label', null, 'Expires after', days)],
      onConfirm: async () => {
        const res = await api('POST', '/tokens', { name: name.value.trim(), role: role.value, ttlDays: days.value ? Number(days.value) : undefined });
        void loadTokens();
        openDialog({
          title: 'Token created',
          confirmLabel: 'Done',
          body: [
            h('p', null, 'Copy it now: it is shown only once. Use it as "Authorization: Bearer TOKEN".'),
            h('pre', { className: 'secret', id: 'token-secret' }, res.secret),
          ],
          onConfirm: async () => undefined,
        });
      },
    });
  });

  void loadUsers();
  void loadTokens();
}

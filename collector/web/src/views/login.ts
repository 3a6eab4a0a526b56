// Login form, and the forced password change after a one-time password.
import { api, ApiError, type SessionInfo } from '../api.js';
import { h, listener, replace } from '../dom.js';

export function loginView(root: HTMLElement, done: (s: SessionInfo) => void): void {
  const error = h('p', { className: 'error', role: 'alert' });
  const user = h('input', { name: 'user', autocomplete: 'username', required: true, autofocus: true });
  const password = h('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h(
    'form',
    { className: 'login', id: 'login-form' },
    h('h1', null, 'Vigil'),
    h('label', null, 'User', user),
    h('label', null, 'Password', password),
    h('button', { type: 'submit' }, 'Log in'),
    error,
  );
  form.addEventListener(
    'submit',
    listener(async (ev) => {
      ev.preventDefault();
      replace(error);
      try {
        done(await api<SessionInfo>('POST', '/session', { user: user.value, password: password.value }));
      } catch (err) {
        replace(error, err instanceof ApiError ? err.message : String(err));
      }
    }),
  );
  replace(root, form);
}

export function changePasswordView(root: HTMLElement, session: SessionInfo, done: () => void): void {
  const error = h('p', { className: 'error', role: 'alert' });
  const current = h('input', { name: 'current', type: 'password', autocomplete: 'current-password', required: true });
  const next = h('input', { name: 'next', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const again = h('input', { name: 'again', type: 'password', autocomplete: 'new-password', required: true, minlength: 12 });
  const form = h(
    'form',
    { className: 'login', id: 'password-form' },
    h('h1', null, 'Choose a new password'),
    h('p', null, `${session.user}: the one-time password must be replaced before you continue.`),
    h('label', null, 'Current password', current),
    h('label', null, 'New password (12 characters or more)', next),
    h('label', null, 'New password again', again),
    h('button', { type: 'submit' }, 'Change password'),
    error,
  );
  form.addEventListener(
    'submit',
    listener(async (ev) => {
      ev.preventDefault();
      replace(error);
      if (next.value !== again.value) return replace(error, 'The new passwords differ.');
      try {
        await api('POST', '/session/password', { current: current.value, next: next.value });
        done();
      } catch (err) {
        replace(error, err instanceof ApiError ? err.message : String(err));
      }
    }),
  );
  replace(root, form);
}

// The audit log: who did what, from where, when, to what, with which result; filters and paging.
import { api, qs } from '../api.js';
import { badge, fmtTime, h, replace } from '../dom.js';
import { errorBox } from './common.js';

export function auditView(root: HTMLElement): void {
  const user = h('input', { type: 'search', placeholder: 'user', id: 'audit-user' });
  const action = h('input', { type: 'search', placeholder: 'action, e.g. command.create', id: 'audit-action' });
  const target = h('input', { type: 'search', placeholder: 'target, e.g. agent:ID', id: 'audit-target' });
  const tbody = h('tbody', { id: 'audit-rows' });
  const more = h('button', { type: 'button' }, 'Older entries');
  replace(
    root,
    h('h1', null, 'Audit log'),
    h('div', { className: 'filters' }, user, action, target),
    h(
      'table',
      { className: 'audit' },
      h('thead', null, h('tr', null, ...['Time', 'User', 'Source', 'Action', 'Target', 'Result', 'Detail'].map((c) => h('th', null, c)))),
      tbody,
    ),
    more,
  );
  let cursor: string | null = null;
  async function load(append: boolean) {
    try {
      const res = await api(
        'GET',
        `/audit${qs({ user: user.value.trim(), action: action.value.trim(), target: target.value.trim(), cursor: append ? cursor : undefined, limit: 100 })}`,
      );
      cursor = res.nextCursor;
      more.disabled = !cursor;
      const rows = res.items.map((e: any) =>
        h(
          'tr',
          null,
          h('td', null, fmtTime(e.timeMs)),
          h('td', null, e.user),
          h('td', null, e.source),
          h('td', null, e.action),
          h('td', null, e.target),
          h('td', null, badge(e.result, e.result === 'ok' ? 'st-online' : 'bad')),
          h('td', null, h('code', null, e.detail ? JSON.stringify(e.detail) : '')),
        ),
      );
      if (append) tbody.append(...rows);
      else replace(tbody, rows);
    } catch (err) {
      replace(tbody, h('tr', null, h('td', { colspan: 7 }, errorBox(err))));
    }
  }
  let t: ReturnType<typeof setTimeout> | undefined;
  for (const input of [user, action, target])
    input.addEventListener('input', () => {
      clearTimeout(t);
      t = setTimeout(() => void load(false), 250);
    });
  more.addEventListener('click', () => void load(true));
  void load(false);
}

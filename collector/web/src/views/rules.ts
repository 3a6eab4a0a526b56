// Detection rules: what is loaded (title, level, ATT&CK, source file:line) and every rule left out with its
// reason, the load report; admins reload the rule folders from here.
import { api } from '../api.js';
import { badge, h, listener, replace } from '../dom.js';
import type { ViewContext } from '../state.js';
import { errorBox, section } from './common.js';

export function rulesView(root: HTMLElement, ctx: ViewContext): void {
  const body = h('div', { id: 'rules' });
  const filter = h('input', { type: 'search', placeholder: 'title, ATT&CK technique or file', id: 'rules-filter' });
  const reload = ctx.can('admin')
    ? h(
        'button',
        {
          type: 'button',
          id: 'rules-reload',
          onclick: listener(async () => {
            try {
              const r = await api('POST', '/rules/reload');
              ctx.notify(r.applied ? 'rules reloaded' : 'no usable rule found; the running set stays', r.applied ? 'ok' : 'error');
              void load();
            } catch (err) {
              ctx.notify((err as Error).message, 'error');
            }
          }),
        },
        'Reload rules',
      )
    : null;
  replace(root, h('h1', null, 'Rules'), h('div', { className: 'filters' }, filter, reload), body);
  let data: any;
  function render() {
    const f = filter.value.trim().toLowerCase();
    const items = data.items.filter((r: any) => !f || `${r.title} ${r.attack.join(' ')} ${r.file}`.toLowerCase().includes(f));
    replace(
      body,
      h('p', null, `${data.summary.loaded} rules loaded, ${data.summary.leftOut} left out.`),
      data.problems.length
        ? section(
            'Left out',
            h(
              'table',
              null,
              h(
                'tbody',
                null,
                data.problems.map((p: any) =>
                  h('tr', null, h('td', null, `${p.file}:${p.line}`), h('td', null, p.feature ?? p.code ?? ''), h('td', null, p.message ?? '')),
                ),
              ),
            ),
          )
        : null,
      section(
        'Loaded',
        h(
          'table',
          null,
          h('thead', null, h('tr', null, ...['Title', 'Level', 'Kind', 'Log source', 'ATT&CK', 'File'].map((c) => h('th', null, c)))),
          h(
            'tbody',
            null,
            items.map((r: any) =>
              h(
                'tr',
                null,
                h('td', { title: r.description }, r.title),
                h('td', null, badge(r.level, `sev-${r.level}`)),
                h('td', null, r.kind),
                h('td', null, r.logsource),
                h('td', null, r.attack.join(', ')),
                h('td', { className: 'summary' }, `${r.file}:${r.line}`),
              ),
            ),
          ),
        ),
      ),
    );
  }
  async function load() {
    try {
      data = await api('GET', '/rules');
      render();
    } catch (err) {
      replace(body, errorBox(err));
    }
  }
  filter.addEventListener('input', () => data && render());
  void load();
}

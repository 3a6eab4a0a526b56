// The alerts queue: severity, rule, host, ATT&CK techniques, count, status, with triage in place
// (acknowledge, resolve, false positive, suppress). New alerts arrive by live push.
import { api, qs } from '../api.js';
import { openDialog } from '../dialog.js';
import { barChart } from '../charts.js';
import { badge, fmtAgo, fmtTime, h, listener, replace, type Child } from '../dom.js';
import { onLive } from '../live.js';
import { SEVERITIES, type ViewContext } from '../state.js';
import { errorBox, section } from './common.js';
import { openIncidentDialog } from './incidents.js';

const STATUSES = ['new', 'acknowledged', 'resolved', 'false_positive'];

function suppressDialog(ctx: ViewContext, a: any, done: () => void): void {
  const scope = h(
    'select',
    { id: 'suppress-scope' },
    h('option', { value: 'host' }, `this rule on ${a.hostname || a.agentId}`),
    h('option', { value: 'rule' }, 'this rule on every host'),
  );
  const hours = h('input', { id: 'suppress-hours', type: 'number', value: '24', min: '1' });
  const reason = h('input', { id: 'suppress-reason', placeholder: 'why (shown in the audit log)' });
  openDialog({
    title: `Suppress "${a.ruleTitle}"`,
    confirmLabel: 'Suppress',
    body: [
      h('p', null, 'Matches stay counted but raise no alert until the suppression expires.'),
      h('label', null, 'Scope', scope),
      h('label', null, 'Hours', hours),
      h('label', null, 'Reason', reason),
    ],
    onConfirm: async () => {
      await api('POST', '/suppressions', {
        ruleId: a.ruleId,
        agentId: scope.value === 'host' ? a.agentId : undefined,
        hours: Number(hours.value),
        reason: reason.value.trim() || undefined,
      });
      ctx.notify('suppression created', 'ok');
      done();
    },
  });
}

const ATTACK_PAGE = 'https://attack.mitre.org/techniques/';

/** The alert's ATT&CK techniques, each a link to its MITRE page (the API builds the URLs). */
interface AttackView {
  attackLinks?: Array<{ id: string; url: string }>;
  techniques?: string[];
  attack?: string[];
}

function attackCell(a: AttackView): Child {
  const links = (a.attackLinks ?? []).filter((l) => typeof l.url === 'string' && l.url.startsWith(ATTACK_PAGE));
  if (!links.length) return (a.techniques ?? a.attack ?? []).join(', ') || '-';
  return links.flatMap((l, i) => [
    i ? ', ' : null,
    h('a', { href: l.url, target: '_blank', rel: 'noopener noreferrer', className: 'attack-link', title: `MITRE ATT&CK ${l.id}` }, l.id),
  ]);
}

export function alertsTable(ctx: ViewContext, items: any[], reload: () => void, opts: { hideHost?: boolean } = {}): HTMLElement {
  if (!items.length) return h('p', { className: 'muted' }, 'No alerts.');
  const setStatus = async (a: any, status: string) => {
    try {
      await api('PATCH', `/alerts/${encodeURIComponent(a.id)}`, { status });
      reload();
    } catch (err) {
      ctx.notify(String((err as Error).message), 'error');
    }
  };
  const triage = (a: any) =>
    ctx.can('responder')
      ? h(
          'span',
          { className: 'triage' },
          a.status !== 'acknowledged' && a.status === 'new'
            ? h('button', { type: 'button', className: 'small', 'data-action': 'ack', onclick: () => void setStatus(a, 'acknowledged') }, 'Acknowledge')
            : null,
          a.status !== 'resolved'
            ? h('button', { type: 'button', className: 'small', 'data-action': 'resolve', onclick: () => void setStatus(a, 'resolved') }, 'Resolve')
            : null,
          a.status !== 'false_positive'
            ? h('button', { type: 'button', className: 'small', 'data-action': 'fp', onclick: () => void setStatus(a, 'false_positive') }, 'False positive')
            : null,
          h('button', { type: 'button', className: 'small', 'data-action': 'suppress', onclick: () => suppressDialog(ctx, a, reload) }, 'Suppress'),
          h('button', { type: 'button', className: 'small', 'data-action': 'incident', onclick: () => openIncidentDialog(ctx, [a.id]) }, 'Open incident'),
        )
      : null;
  return h(
    'table',
    { className: 'alerts' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['Severity', 'Rule', opts.hideHost ? null : 'Host', 'ATT&CK', 'Count', 'First seen', 'Last seen', 'Status', '']
          .filter((c) => c !== null)
          .map((c) => h('th', null, c)),
      ),
    ),
    h(
      'tbody',
      null,
      items.map((a) =>
        h(
          'tr',
          { 'data-alert': a.id, 'data-status': a.status },
          h('td', null, badge(a.severity, `sev-${a.severity}`)),
          h(
            'td',
            { className: 'rule' },
            h('a', { href: `#/alerts/${encodeURIComponent(a.id)}`, title: a.ruleId, className: 'rule-title' }, a.ruleTitle),
            Object.keys(a.group ?? {}).length
              ? h(
                  'div',
                  { className: 'muted small' },
                  Object.entries(a.group)
                    .map(([k, v]) => `${k}=${String(v)}`)
                    .join(' '),
                )
              : null,
          ),
          opts.hideHost ? null : h('td', null, h('a', { href: `#/hosts/${encodeURIComponent(a.agentId)}`, className: 'hostname' }, a.hostname || a.agentId)),
          h('td', { className: 'attack' }, attackCell(a)),
          h('td', null, String(a.count)),
          h('td', { title: fmtTime(a.firstSeenMs) }, fmtAgo(a.firstSeenMs)),
          h('td', { title: fmtTime(a.lastSeenMs) }, fmtAgo(a.lastSeenMs)),
          h('td', null, badge(a.status.replace('_', ' '), `al-${a.status}`)),
          h('td', null, triage(a)),
        ),
      ),
    ),
  );
}

export function alertsView(root: HTMLElement, ctx: ViewContext): void {
  const status = h(
    'select',
    { id: 'alerts-status' },
    h('option', { value: 'open' }, 'open (new + acknowledged)'),
    ...STATUSES.map((s) => h('option', { value: s }, s.replace('_', ' '))),
    h('option', { value: '' }, 'all'),
  );
  const severity = h('select', { id: 'alerts-severity' }, h('option', { value: '' }, 'any severity'), ...SEVERITIES.map((s) => h('option', { value: s }, s)));
  const text = h('input', { type: 'search', placeholder: 'rule, host or technique', id: 'alerts-text' });
  const list = h('div', { id: 'alerts-list' });
  const chart = h('div', { className: 'charts' });
  const sup = h('div', { id: 'suppressions' });
  replace(
    root,
    h('h1', null, 'Alerts'),
    chart,
    section('Queue', h('div', { className: 'filters' }, status, severity, text), list),
    section('Suppressions', sup),
  );

  async function load() {
    try {
      const res = await api('GET', `/alerts${qs({ status: status.value, severity: severity.value, q: text.value.trim(), limit: 200 })}`);
      replace(
        list,
        alertsTable(ctx, res.items, () => void load()),
      );
    } catch (err) {
      replace(list, errorBox(err));
    }
  }
  async function loadChart() {
    try {
      const r = await api('GET', '/alerts/rate?minutes=1440&buckets=48');
      replace(chart, barChart('Alerts per 30 minutes, last 24 hours', r.items));
    } catch (err) {
      replace(chart, errorBox(err));
    }
  }
  async function loadSuppressions() {
    try {
      const res = await api('GET', '/suppressions');
      replace(
        sup,
        res.items.length
          ? h(
              'table',
              null,
              h('thead', null, h('tr', null, ...['Rule', 'Scope', 'By', 'Expires', 'Suppressed matches', ''].map((c) => h('th', null, c)))),
              h(
                'tbody',
                null,
                res.items.map((s: any) =>
                  h(
                    'tr',
                    null,
                    h('td', null, s.ruleTitle ?? s.ruleId),
                    h('td', null, s.agentId ? `host ${s.hostname ?? s.agentId}` : s.field ? `${s.field} = ${s.value}` : 'all hosts'),
                    h('td', null, s.createdBy),
                    h('td', null, s.expiresAtMs ? fmtTime(s.expiresAtMs) : 'never'),
                    h('td', null, String(s.hits ?? 0)),
                    h(
                      'td',
                      null,
                      ctx.can('responder')
                        ? h(
                            'button',
                            {
                              type: 'button',
                              className: 'small',
                              onclick: listener(async () => (await api('DELETE', `/suppressions/${encodeURIComponent(s.id)}`), void loadSuppressions())),
                            },
                            'Lift',
                          )
                        : null,
                    ),
                  ),
                ),
              ),
            )
          : h('p', { className: 'muted' }, 'No active suppressions.'),
      );
    } catch (err) {
      replace(sup, errorBox(err));
    }
  }
  let t: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(t);
    t = setTimeout(() => void load(), 250);
  });
  status.addEventListener('change', () => void load());
  severity.addEventListener('change', () => void load());
  ctx.onLeave(
    onLive('alert', () => {
      void load();
      void loadChart();
    }),
  );
  void load();
  void loadChart();
  void loadSuppressions();
}

/** One alert: what matched, the evidence events (as text), the status history, and triage. */
export function alertDetailView(root: HTMLElement, ctx: ViewContext, alertId: string): void {
  const body = h('div', { id: 'alert-detail' });
  replace(root, body);
  async function load() {
    try {
      const d = await api('GET', `/alerts/${encodeURIComponent(alertId)}`);
      const a = d.alert;
      replace(
        body,
        h('h1', null, a.ruleTitle),
        h(
          'p',
          null,
          badge(a.severity, `sev-${a.severity}`),
          badge(a.status.replace('_', ' '), `al-${a.status}`),
          ' on ',
          h('a', { href: `#/hosts/${encodeURIComponent(a.agentId)}`, className: 'hostname' }, a.hostname || a.agentId),
        ),
        h('p', { className: 'muted' }, a.description),
        section(
          'Match',
          h(
            'dl',
            null,
            (
              [
                ['Rule', `${a.ruleTitle} (${a.ruleId}, ${a.ruleKind})`],
                ['ATT&CK', attackCell(a)],
                [
                  'Group',
                  Object.entries(a.group ?? {})
                    .map(([k, v]) => `${k}=${String(v)}`)
                    .join(' ') || '-',
                ],
                ['Count', String(a.count)],
                [
                  'Evidence',
                  a.trusted === false
                    ? 'includes log lines whose program name is only claimed (not proven by the OS): response policies need approval'
                    : 'proven by the host',
                ],
                ['First seen', fmtTime(a.firstSeenMs)],
                ['Last seen', fmtTime(a.lastSeenMs)],
              ] as Array<[string, Child]>
            ).flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)]),
          ),
          alertsTable(ctx, [a], () => void load(), {}),
        ),
        section(
          `Evidence (${d.evidence.length})`,
          h(
            'table',
            { className: 'events' },
            h(
              'tbody',
              null,
              d.evidence.map((e: any) =>
                h(
                  'tr',
                  null,
                  h('td', { className: 'time' }, fmtTime(e.timeMs)),
                  h('td', null, e.event?.kind ?? ''),
                  h('td', { className: 'summary' }, e.event ? e.event.summary : `event ${e.eventId} (no longer stored)`),
                ),
              ),
            ),
          ),
        ),
        section(
          'History',
          d.history.length
            ? h(
                'ul',
                null,
                d.history.map((x: any) => h('li', null, `${fmtTime(x.atMs)} ${x.actor}: ${x.from ?? 'none'} -> ${x.to}${x.note ? ` (${x.note})` : ''}`)),
              )
            : h('p', { className: 'muted' }, 'No status changes yet.'),
        ),
      );
    } catch (err) {
      replace(body, errorBox(err));
    }
  }
  ctx.onLeave(onLive('alert', (m) => m.alert?.id === alertId && void load()));
  void load();
}

// Fleet: counts, event and alert charts, and the host table with search and status filter; live updates.
import { api, qs } from '../api.js';
import { barChart } from '../charts.js';
import { fmtAgo, h, replace } from '../dom.js';
import { onLive } from '../live.js';
import type { ViewContext } from '../state.js';
import { coverageCell, deliveryBadges, errorBox, isolationBadge, section, severityCounts, statusBadge } from './common.js';
import { addHostButton } from './add-host.js';

export function fleetView(root: HTMLElement, ctx: ViewContext): void {
  const counts = h('div', { className: 'counts', id: 'fleet-counts' });
  const charts = h('div', { className: 'charts' });
  const q = h('input', { type: 'search', placeholder: 'hostname, IP, OS or agent id', id: 'fleet-search' });
  const status = h(
    'select',
    { id: 'fleet-status' },
    ...['', 'online', 'offline', 'isolated', 'alerting', 'degraded'].map((s) =>
      h('option', { value: s }, s === 'degraded' ? 'coverage degraded' : s || 'all hosts'),
    ),
  );
  const tbody = h('tbody');
  const table = h(
    'table',
    { className: 'hosts', id: 'host-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        ...['Host', 'IPs', 'OS', 'Agent', 'Last seen', 'Status', 'Isolation', 'Open alerts', 'Exec coverage', 'Event gaps'].map((c) => h('th', null, c)),
      ),
    ),
    tbody,
  );
  replace(root, h('h1', null, 'Fleet ', addHostButton(ctx)), counts, charts, section('Hosts', h('div', { className: 'filters' }, q, status), table));

  async function loadCounts() {
    try {
      const c = await api('GET', '/fleet');
      const card = (label: string, n: number, cls: string, filter: string) =>
        h(
          'a',
          {
            className: `count ${cls}`,
            href: '#/',
            'data-count': filter,
            onclick: (e: Event) => {
              e.preventDefault();
              status.value = filter;
              void loadHosts();
            },
          },
          h('strong', null, String(n)),
          h('span', null, label),
        );
      replace(
        counts,
        card('online', c.online, 'ok', 'online'),
        card('offline', c.offline, 'warn', 'offline'),
        card('isolated', c.isolated, 'iso', 'isolated'),
        card('with open alerts', c.withOpenAlerts, 'bad', 'alerting'),
        card('coverage degraded', c.coverageDegraded, 'bad', 'degraded'),
      );
    } catch (err) {
      replace(counts, errorBox(err));
    }
  }

  async function loadCharts() {
    const parts: HTMLElement[] = [];
    try {
      const rate = await api('GET', '/agents/fleet/rate?minutes=60&buckets=60');
      parts.push(barChart('Fleet events per minute, last hour', rate.items));
    } catch (err) {
      parts.push(errorBox(err));
    }
    try {
      const alerts = await api('GET', '/alerts/rate?minutes=1440&buckets=48');
      parts.push(barChart('Alerts per 30 minutes, last 24 hours', alerts.items));
    } catch (err) {
      parts.push(errorBox(err));
    }
    replace(charts, parts);
  }

  function row(a: any): HTMLTableRowElement {
    return h(
      'tr',
      { 'data-agent': a.id },
      h('td', null, h('a', { href: `#/hosts/${encodeURIComponent(a.id)}`, className: 'hostname' }, a.hostname || a.id)),
      h('td', null, a.ips.join(', ')),
      h('td', null, a.os),
      h('td', null, a.agentVersion),
      h('td', { title: new Date(a.lastSeenAtMs).toISOString() }, fmtAgo(a.lastSeenAtMs)),
      h('td', null, statusBadge(a.status), a.dryRun ? ' ' : null, a.dryRun ? h('span', { className: 'badge dry' }, 'dry-run') : null, ...deliveryBadges(a)),
      h('td', { className: 'isolation' }, isolationBadge(a.isolation) ?? h('span', { className: 'muted' }, 'no')),
      h('td', null, severityCounts(a.openAlerts)),
      h('td', { className: 'exec-coverage' }, coverageCell(a.coverage)),
      h('td', null, a.gaps.count ? `${a.gaps.dropped} dropped in ${a.gaps.count} gaps` : h('span', { className: 'muted' }, 'none')),
    );
  }

  let rows = new Map<string, HTMLTableRowElement>();
  async function loadHosts() {
    try {
      const res = await api('GET', `/agents${qs({ q: q.value.trim(), status: status.value, limit: 1000 })}`);
      rows = new Map();
      replace(
        tbody,
        res.items.length
          ? res.items.map((a: any) => {
              const r = row(a);
              rows.set(a.id, r);
              return r;
            })
          : h('tr', null, h('td', { colspan: 10, className: 'muted' }, 'No hosts match.')),
        res.nextCursor
          ? h('tr', null, h('td', { colspan: 10, className: 'muted' }, `Showing the first ${res.items.length} hosts; narrow the search to see others.`))
          : null,
      );
    } catch (err) {
      replace(tbody, h('tr', null, h('td', { colspan: 10 }, errorBox(err))));
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  q.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(loadHosts, 200);
  });
  status.addEventListener('change', () => void loadHosts());
  ctx.onLeave(
    onLive('agent', (a) => {
      const old = rows.get(a.id);
      if (old) old.replaceWith(rows.set(a.id, row(a)).get(a.id)!);
      else void loadHosts();
      void loadCounts();
    }),
  );
  ctx.onLeave(onLive('alert', () => (void loadCounts(), void loadHosts())));
  const refresh = setInterval(() => void loadCharts(), 60_000);
  ctx.onLeave(() => clearInterval(refresh));
  void loadCounts();
  void loadHosts();
  void loadCharts();
}

// One host: status and actions, inventory and health, event rate, live process tree and connections,
// event timeline with filters, its alerts and its command history. Everything from the host is text.
import { api, qs } from '../api.js';
import { barChart } from '../charts.js';
import { fmtAgo, fmtBytes, fmtTime, h, replace, badge } from '../dom.js';
import { onLive } from '../live.js';
import { processTree, type Proc } from '../tree.js';
import type { ViewContext } from '../state.js';
import { deliveryBadges, errorBox, isolationBadge, section, statusBadge, type CoverageView } from './common.js';
import { alertsTable } from './alerts.js';
import { commandsTable, isolateDialog, killDialog, serviceDialog, simpleCommandDialog } from './actions.js';
import { openDialog } from '../dialog.js';
import { ACTIONS } from '@vigil/actions';

const KINDS = [
  '',
  'process_start',
  'process_exit',
  'network_connection',
  'network_listener',
  'log',
  'file_change',
  'file_access',
  'inventory',
  'health',
  'coverage',
  'gap',
  'tamper',
];

export function hostView(root: HTMLElement, ctx: ViewContext, agentId: string): void {
  const head = h('div', { className: 'hosthead', id: 'host-head' });
  const actions = h('div', { className: 'actions', id: 'host-actions' });
  const info = h('div', { className: 'grid2' });
  const rate = h('div', { className: 'charts' });
  const procFilter = h('input', { type: 'search', placeholder: 'filter processes', id: 'proc-filter' });
  const procs = h('div', { className: 'treebox' });
  const conns = h('div');
  const alerts = h('div', { id: 'host-alerts' });
  const commands = h('div', { id: 'host-commands' });
  const timeline = h('tbody', { id: 'timeline' });
  const kind = h('select', { id: 'timeline-kind' }, ...KINDS.map((k) => h('option', { value: k }, k || 'all kinds')));
  const text = h('input', { type: 'search', placeholder: 'text in any field', id: 'timeline-text' });
  const since = h(
    'select',
    { id: 'timeline-since' },
    ...[
      ['', 'any time'],
      ['15', 'last 15 minutes'],
      ['60', 'last hour'],
      ['1440', 'last day'],
    ].map(([v, l]) => h('option', { value: v! }, l)),
  );
  const more = h('button', { type: 'button', id: 'timeline-more' }, 'Older events');
  replace(
    root,
    head,
    actions,
    info,
    rate,
    section('Process tree', procFilter, procs),
    section('Connections and listeners', conns),
    section('Alerts', alerts),
    section('Commands', commands),
    section(
      'Event timeline',
      h('div', { className: 'filters' }, kind, text, since),
      h(
        'div',
        { className: 'scroll' },
        h('table', { className: 'events' }, h('thead', null, h('tr', null, h('th', null, 'Time'), h('th', null, 'Kind'), h('th', null, 'Event'))), timeline),
      ),
      more,
    ),
  );

  let agent: any;
  let processes: Proc[] = [];

  function renderHead(a: any) {
    agent = a;
    replace(
      head,
      h('h1', { className: 'hostname', id: 'host-name' }, a.hostname || a.id),
      h(
        'div',
        { className: 'badges' },
        statusBadge(a.status),
        ' ',
        h('span', { id: 'isolation-badge' }, isolationBadge(a.isolation)),
        a.dryRun ? badge('dry-run', 'dry') : null,
        a.cloneOf ? badge(`clone of ${a.cloneOf}`, 'bad') : null,
        ...deliveryBadges(a),
      ),
      h('p', { className: 'muted' }, `agent ${a.id} · ${a.ips.join(', ') || 'no address'} · last seen ${fmtAgo(a.lastSeenAtMs)}`),
    );
    if (!ctx.can('responder')) return replace(actions, h('p', { className: 'muted' }, 'Viewers cannot run response actions.'));
    const dryRunToggle = ctx.can('admin')
      ? h(
          'button',
          {
            type: 'button',
            id: 'action-dry-run',
            onclick: () =>
              openDialog({
                title: a.dryRun ? `Let ${a.hostname} apply response actions` : `Put ${a.hostname} in dry-run`,
                confirmLabel: a.dryRun ? 'Apply actions for real' : 'Dry-run only',
                danger: a.dryRun,
                typeToConfirm: a.dryRun ? a.hostname : undefined,
                body: h(
                  'p',
                  null,
                  a.dryRun
                    ? 'Host-altering actions (isolate, block, stop service, kill, quarantine) will change this host.'
                    : 'The agent will report what each action would do and change nothing.',
                ),
                onConfirm: async () => void (await api('PATCH', `/agents/${encodeURIComponent(a.id)}`, { dryRun: !a.dryRun }), void loadAgent()),
              }),
          },
          a.dryRun ? 'Leave dry-run' : 'Dry-run mode',
        )
      : null;
    const services: string[] = a.inventory?.services ?? [];
    const btn = (label: string, id: string, fn: () => void, cls = '') => h('button', { type: 'button', id, className: cls, onclick: fn }, label);
    replace(
      actions,
      a.isolation.isolated
        ? btn(ACTIONS.release.label, 'action-release', () =>
            simpleCommandDialog(ctx, a, 'release', h('p', null, `Remove Vigil's isolation table on ${a.hostname}; all traffic flows again.`), {}),
          )
        : btn(ACTIONS.isolate.label, 'action-isolate', () => isolateDialog(ctx, a), 'danger'),
      btn(ACTIONS.stop_service.label, 'action-stop-service', () => serviceDialog(ctx, a, 'stop_service', services)),
      btn(ACTIONS.start_service.label, 'action-start-service', () => serviceDialog(ctx, a, 'start_service', services)),
      btn(ACTIONS.block_address.label, 'action-block', () =>
        simpleCommandDialog(ctx, a, 'block_address', null, {
          cidr: { label: 'IP or CIDR', placeholder: '203.0.113.7 or 2001:db8::/64' },
          ttlSeconds: { label: 'Lift after (seconds, 0 = never)', placeholder: '0', number: true },
        }),
      ),
      btn(ACTIONS.unblock_address.label, 'action-unblock', () => simpleCommandDialog(ctx, a, 'unblock_address', null, { cidr: { label: 'IP or CIDR' } })),
      btn(ACTIONS.quarantine_file.label, 'action-quarantine', () =>
        simpleCommandDialog(
          ctx,
          a,
          'quarantine_file',
          h('p', null, 'The file is moved into the agent quarantine with its hash, owner and mode, and can be restored.'),
          { path: { label: 'Absolute path', placeholder: '/tmp/payload' } },
        ),
      ),
      btn(ACTIONS.restore_file.label, 'action-restore', () =>
        simpleCommandDialog(ctx, a, 'restore_file', null, { quarantineId: { label: 'Quarantine id (from the quarantine result)' } }),
      ),
      dryRunToggle,
    );
  }

  function renderInfo(a: any) {
    const inv = a.inventory ?? {};
    const hl = a.health;
    const dl = (pairs: Array<[string, string | number | null | undefined]>) =>
      h(
        'dl',
        null,
        pairs.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v === null || v === undefined || v === '' ? '-' : String(v))]),
      );
    replace(
      info,
      section(
        'Inventory',
        dl([
          ['Hostname', inv.hostname ?? a.hostname],
          ['OS', `${inv.osName ?? a.os} ${inv.osVersion ?? ''}`],
          ['Kernel', inv.kernel],
          ['Arch', inv.arch],
          ['CPU', inv.cpuModel ? `${inv.cpuModel} (${inv.cpuCores} cores)` : null],
          ['Memory', inv.memoryBytes ? fmtBytes(Number(inv.memoryBytes)) : null],
          ['Machine id', a.machineId],
          ['Agent', a.agentVersion],
          ['Enrolled', fmtTime(a.enrolledAtMs)],
          ['Interfaces', (inv.interfaces ?? []).map((i: any) => `${i.name}: ${(i.addresses ?? []).join(' ')}`).join('; ')],
          ['Services', `${(inv.services ?? []).length} units`],
        ]),
      ),
      section(
        'Health',
        hl
          ? dl([
              ['Reported', fmtAgo(hl.timeMs)],
              ['Agent CPU', `${hl.cpuPercent.toFixed(1)} %`],
              ['Agent RSS', fmtBytes(hl.rssBytes)],
              ['Events/s', hl.eventsPerSecond.toFixed(1)],
              ['Spool', `${hl.spoolEvents} events, ${fmtBytes(hl.spoolBytes)}`],
              ['Dropped', hl.droppedEvents],
              ['Isolated (agent)', hl.isolated ? 'yes' : 'no'],
              ['Dry-run (agent)', hl.dryRun ? 'yes' : 'no'],
              ['Exec source', hl.processSource || 'not reported'],
              ['Connection source', hl.networkSource || 'not reported'],
              ['Source reason', hl.sourceReason],
              [
                'Exec coverage (agent)',
                hl.execCoveragePercent === null || hl.execCoveragePercent === undefined ? null : `${Number(hl.execCoveragePercent).toFixed(2)} %`,
              ],
              ['Audit records lost', hl.processSource ? hl.auditRecordsLost : null],
              ['Sensor errors', hl.sensorErrors.map((e: any) => `${e.sensor}: ${e.message}`).join('; ') || 'none'],
            ])
          : h('p', { className: 'muted' }, 'No health report yet.'),
        a.gapList?.length
          ? h('p', null, `Event gaps: ${a.gaps.dropped} events dropped in ${a.gaps.count} gaps, latest ${fmtTime(a.gapList[0].lastTimeMs)}`)
          : null,
        coverageLine(a.coverage),
        a.lastTamper ? h('p', { className: 'error' }, `Tamper ${fmtTime(a.lastTamper.timeMs)}: ${a.lastTamper.what} ${a.lastTamper.detail}`) : null,
      ),
    );
  }

  /** "exec coverage 99.97 % in the last hour: 3 of 10,412 without arguments", with the source and its reason. */
  function coverageLine(c: CoverageView | null): HTMLElement {
    if (!c) return h('p', { className: 'muted', id: 'host-coverage' }, 'Exec coverage: not reported by this agent.');
    return h(
      'p',
      { className: c.degraded ? 'error' : '', id: 'host-coverage', 'data-degraded': c.degraded ? 'true' : 'false' },
      `${c.text[0]!.toUpperCase()}${c.text.slice(1)}`,
      h('span', { className: 'muted' }, ` · source ${c.source || 'unknown'}${c.reason ? `: ${c.reason}` : ''}`),
    );
  }

  async function loadAgent() {
    try {
      const a = await api('GET', `/agents/${encodeURIComponent(agentId)}`);
      renderHead(a);
      renderInfo(a);
    } catch (err) {
      replace(head, errorBox(err));
    }
  }

  async function loadRate() {
    try {
      const r = await api('GET', `/agents/${encodeURIComponent(agentId)}/rate?minutes=60&buckets=60`);
      replace(rate, barChart('Events per minute, last hour', r.items));
    } catch (err) {
      replace(rate, errorBox(err));
    }
  }

  function renderProcs() {
    const killBtn = (p: Proc) =>
      ctx.can('responder') ? h('button', { type: 'button', className: 'small', 'data-kill': p.pid, onclick: () => killDialog(ctx, agent, p) }, 'Kill') : null;
    replace(procs, processTree(processes, killBtn, procFilter.value.trim()));
  }
  procFilter.addEventListener('input', renderProcs);

  async function loadProcs() {
    try {
      processes = (await api('GET', `/agents/${encodeURIComponent(agentId)}/processes`)).items;
      renderProcs();
    } catch (err) {
      replace(procs, errorBox(err));
    }
  }

  async function loadConns() {
    try {
      const c = await api('GET', `/agents/${encodeURIComponent(agentId)}/connections`);
      replace(
        conns,
        h('h3', null, `Listeners (${c.listeners.length})`),
        h(
          'table',
          null,
          h('thead', null, h('tr', null, ...['Proto', 'Address', 'Port', 'Process'].map((x) => h('th', null, x)))),
          h(
            'tbody',
            null,
            c.listeners.map((l: any) =>
              h(
                'tr',
                null,
                h('td', null, l.transport),
                h('td', null, l.localAddress),
                h('td', null, String(l.localPort)),
                h('td', null, `${l.exe} (${l.pid})`),
              ),
            ),
          ),
        ),
        h('h3', null, `Connections (${c.connections.length})`),
        h(
          'table',
          null,
          h('thead', null, h('tr', null, ...['Proto', 'Local', 'Remote', 'State', 'Direction', 'Process'].map((x) => h('th', null, x)))),
          h(
            'tbody',
            null,
            c.connections.map((x: any) =>
              h(
                'tr',
                null,
                h('td', null, x.transport),
                h('td', null, `${x.localAddress}:${x.localPort}`),
                h('td', null, `${x.remoteAddress}:${x.remotePort}`),
                h('td', null, x.state),
                h('td', null, x.direction),
                h('td', null, `${x.exe} (${x.pid})`),
              ),
            ),
          ),
        ),
      );
    } catch (err) {
      replace(conns, errorBox(err));
    }
  }

  async function loadAlerts() {
    try {
      const res = await api('GET', `/alerts${qs({ agentId, limit: 50 })}`);
      replace(
        alerts,
        alertsTable(ctx, res.items, () => void loadAlerts(), { hideHost: true }),
      );
    } catch (err) {
      replace(alerts, errorBox(err));
    }
  }

  async function loadCommands() {
    try {
      const res = await api('GET', `/commands${qs({ agentId, limit: 50 })}`);
      replace(
        commands,
        commandsTable(ctx, res.items, () => void loadCommands()),
      );
    } catch (err) {
      replace(commands, errorBox(err));
    }
  }

  let cursor: string | null = null;
  async function loadTimeline(append: boolean) {
    try {
      const minutes = Number(since.value);
      const res = await api(
        'GET',
        `/events${qs({ agentId, kind: kind.value, text: text.value.trim(), since: minutes ? Date.now() - minutes * 60_000 : undefined, cursor: append ? cursor : undefined, limit: 100 })}`,
      );
      cursor = res.nextCursor;
      more.disabled = !cursor;
      const rows = res.items.map((e: any) =>
        h(
          'tr',
          { 'data-kind': e.kind },
          h('td', { className: 'time' }, fmtTime(e.timeMs)),
          h('td', null, e.kind),
          h('td', { className: 'summary', title: e.summary }, e.summary),
        ),
      );
      if (append) timeline.append(...rows);
      else replace(timeline, rows.length ? rows : h('tr', null, h('td', { colspan: 3, className: 'muted' }, 'No events match.')));
    } catch (err) {
      replace(timeline, h('tr', null, h('td', { colspan: 3 }, errorBox(err))));
    }
  }
  let debounce: ReturnType<typeof setTimeout> | undefined;
  text.addEventListener('input', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => void loadTimeline(false), 250);
  });
  kind.addEventListener('change', () => void loadTimeline(false));
  since.addEventListener('change', () => void loadTimeline(false));
  more.addEventListener('click', () => void loadTimeline(true));

  ctx.onLeave(
    onLive('agent', (a) => {
      if (a.id !== agentId) return;
      void loadAgent();
    }),
  );
  ctx.onLeave(onLive('alert', (m) => m.alert?.agentId === agentId && void loadAlerts()));
  ctx.onLeave(
    onLive('command', (c) => {
      if (c.agentId !== agentId) return;
      void loadCommands();
      if (['succeeded', 'failed', 'expired'].includes(c.status)) void loadAgent();
    }),
  );
  const poll = setInterval(() => {
    void loadProcs();
    void loadConns();
  }, 10_000);
  ctx.onLeave(() => clearInterval(poll));
  const slow = setInterval(() => void loadRate(), 60_000);
  ctx.onLeave(() => clearInterval(slow));
  void loadAgent();
  void loadRate();
  void loadProcs();
  void loadConns();
  void loadAlerts();
  void loadCommands();
  void loadTimeline(false);
}

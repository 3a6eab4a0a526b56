// The incident pages: the list with fleet-wide medians of time to detect/contain/remediate, and one
// incident through its whole cycle: phase buttons, merged timeline, notes, evidence (events, collected
// files with hashes, triage snapshots), actions on its hosts, the remediation checklist, the review and
// the report export. Everything from hosts is shown as text (dom.h makes text nodes only).
import { formatDuration } from '@vigil/format';
import { ACTIONS, type ActionName } from '@vigil/actions';
import { api, qs } from '../api.js';
import { openDialog } from '../dialog.js';
import { barChart } from '../charts.js';
import { badge, fmtBytes, fmtTime, h, replace, type Child } from '../dom.js';
import { onLive } from '../live.js';
import { SEVERITIES, type ViewContext } from '../state.js';
import { errorBox, section } from './common.js';

const PHASES = ['identified', 'contained', 'assessed', 'remediated', 'closed'];

const phaseBadge = (p: string) => badge(p, `ph-${p}`);

function metricsList(m: any): HTMLElement {
  return h(
    'dl',
    { className: 'metrics' },
    h('dt', null, 'Time to detect'),
    h('dd', { 'data-metric': 'ttd' }, formatDuration(m?.timeToDetectMs)),
    h('dt', null, 'Time to contain'),
    h('dd', { 'data-metric': 'ttc' }, formatDuration(m?.timeToContainMs)),
    h('dt', null, 'Time to remediate'),
    h('dd', { 'data-metric': 'ttr' }, formatDuration(m?.timeToRemediateMs)),
  );
}

function debounce(fn: () => void, ms = 300): () => void {
  let t: ReturnType<typeof setTimeout> | undefined;
  return () => {
    clearTimeout(t);
    t = setTimeout(fn, ms);
  };
}

/** Opens the new-incident dialog, with these alerts ticked (from the alerts queue's "Open incident"). */
export function openIncidentDialog(ctx: ViewContext, alertIds: string[] = []): void {
  newIncidentDialog(ctx, (id) => (location.hash = `#/incidents/${encodeURIComponent(id)}`), alertIds);
}

function newIncidentDialog(ctx: ViewContext, done: (id: string) => void, preselect: string[] = []): void {
  const source = h(
    'select',
    { id: 'inc-source' },
    h('option', { value: 'alerts' }, 'from open alerts'),
    h('option', { value: 'manual' }, 'by hand, from a report'),
  );
  const title = h('input', { id: 'inc-title', placeholder: 'title (default: the first alert)' });
  const severity = h('select', { id: 'inc-severity' }, h('option', { value: '' }, '(from the alerts)'), ...SEVERITIES.map((s) => h('option', { value: s }, s)));
  const report = h('input', { id: 'inc-report', placeholder: 'who reported it, and how (required by hand)' });
  const alertBox = h('div', { className: 'preview', id: 'inc-alerts' }, 'loading alerts...');
  const hostBox = h('div', { className: 'preview', id: 'inc-hosts' }, 'loading hosts...');
  void api('GET', '/alerts?status=open&limit=100').then((r) =>
    replace(
      alertBox,
      r.items.length
        ? r.items.map((a: any) =>
            h(
              'label',
              { className: 'inline' },
              h('input', { type: 'checkbox', value: a.id, 'data-alert': a.id, checked: preselect.includes(a.id) }),
              ` ${a.severity} ${a.ruleTitle} on ${a.hostname || a.agentId}`,
            ),
          )
        : h('span', { className: 'muted' }, 'no open alerts'),
    ),
  );
  void api('GET', '/agents').then((r) =>
    replace(
      hostBox,
      r.items.map((a: any) => h('label', { className: 'inline' }, h('input', { type: 'checkbox', value: a.id, 'data-host': a.id }), ` ${a.hostname}`)),
    ),
  );
  const checked = (box: HTMLElement) => [...box.querySelectorAll('input:checked')].map((i) => (i as HTMLInputElement).value);
  openDialog({
    title: 'New incident',
    confirmLabel: 'Open incident',
    body: [
      h('label', null, 'Source', source),
      h('label', null, 'Title', title),
      h('label', null, 'Severity', severity),
      h('label', null, 'Report source', report),
      h('h3', null, 'Alerts'),
      alertBox,
      h('h3', null, 'Affected hosts'),
      hostBox,
    ],
    onConfirm: async () => {
      const inc = await api('POST', '/incidents', {
        source: source.value,
        title: title.value.trim() || undefined,
        severity: severity.value || undefined,
        reportSource: report.value.trim() || undefined,
        alertIds: checked(alertBox),
        hosts: checked(hostBox),
      });
      ctx.notify('incident opened', 'ok');
      done(inc.id);
    },
  });
}

export function incidentsView(main: HTMLElement, ctx: ViewContext): void {
  const phase = h(
    'select',
    { id: 'inc-phase-filter' },
    h('option', { value: '' }, 'all phases'),
    h('option', { value: 'identified,contained,assessed,remediated' }, 'open'),
    ...PHASES.map((p) => h('option', { value: p }, p)),
  );
  const list = h('div', { id: 'incident-list' }, 'loading...');
  const fleet = h('div', { id: 'fleet-medians' });
  const load = async () => {
    try {
      const [r, m] = await Promise.all([
        api('GET', `/incidents${qs({ phase: phase.value, limit: 200 })}`),
        api('GET', '/incidents/metrics?days=84&buckets=12'),
      ]);
      replace(
        fleet,
        h(
          'div',
          { className: 'counts' },
          ...[
            ['Median time to detect', m.overall.medianTimeToDetectMs],
            ['Median time to contain', m.overall.medianTimeToContainMs],
            ['Median time to remediate', m.overall.medianTimeToRemediateMs],
          ].map(([l, v]) => h('div', { className: 'count' }, h('strong', null, formatDuration(v as number | null)), String(l))),
        ),
        h(
          'div',
          { className: 'charts' },
          barChart(
            'Median time to contain per week (seconds)',
            m.buckets.map((b: any) => ({ startMs: b.startMs, count: Math.round((b.medianTimeToContainMs ?? 0) / 1000) })),
            { unit: 's' },
          ),
          barChart(
            'Median time to detect per week (seconds)',
            m.buckets.map((b: any) => ({ startMs: b.startMs, count: Math.round((b.medianTimeToDetectMs ?? 0) / 1000) })),
            { unit: 's' },
          ),
          barChart(
            'Incidents opened per week',
            m.buckets.map((b: any) => ({ startMs: b.startMs, count: b.incidents })),
          ),
        ),
      );
      replace(
        list,
        r.items.length
          ? h(
              'table',
              { className: 'incidents' },
              h(
                'thead',
                null,
                h('tr', null, ...['Severity', 'Title', 'Phase', 'Hosts', 'Assignee', 'Opened', 'TTD', 'TTC', 'TTR'].map((c) => h('th', null, c))),
              ),
              h(
                'tbody',
                null,
                r.items.map((i: any) =>
                  h(
                    'tr',
                    { 'data-incident': i.id },
                    h('td', null, badge(i.severity, `sev-${i.severity}`)),
                    h(
                      'td',
                      null,
                      h('a', { href: `#/incidents/${encodeURIComponent(i.id)}`, className: 'incident-title' }, i.title),
                      i.source === 'manual' ? h('div', { className: 'muted small' }, `reported: ${i.reportSource ?? ''}`) : null,
                    ),
                    h('td', null, phaseBadge(i.phase)),
                    h('td', null, i.hosts.map((x: string) => i.hostnames?.[x] ?? x).join(', ')),
                    h('td', null, i.assignee ?? '-'),
                    h('td', { className: 'time' }, fmtTime(i.createdAtMs)),
                    h('td', null, formatDuration(i.metrics?.timeToDetectMs)),
                    h('td', null, formatDuration(i.metrics?.timeToContainMs)),
                    h('td', null, formatDuration(i.metrics?.timeToRemediateMs)),
                  ),
                ),
              ),
            )
          : h('p', { className: 'muted' }, 'No incidents.'),
      );
    } catch (err) {
      replace(list, errorBox(err));
    }
  };
  phase.addEventListener('change', () => void load());
  const newBtn = ctx.can('responder')
    ? h(
        'button',
        {
          type: 'button',
          className: 'primary',
          id: 'new-incident',
          onclick: () => newIncidentDialog(ctx, (id) => (location.hash = `#/incidents/${encodeURIComponent(id)}`)),
        },
        'New incident',
      )
    : null;
  replace(
    main,
    h('h1', null, 'Incidents'),
    section('Fleet response times (last 12 weeks)', fleet),
    section('Incidents', h('div', { className: 'filters' }, phase, newBtn), list),
  );
  ctx.onLeave(
    onLive(
      'incident',
      debounce(() => void load()),
    ),
  );
  void load();
}

function triageView(doc: any): HTMLElement {
  const rows = (items: any[], cols: Array<[string, (x: any) => Child]>, cls = '') =>
    h(
      'table',
      { className: cls },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          cols.map(([c]) => h('th', null, c)),
        ),
      ),
      h(
        'tbody',
        null,
        items.map((x) =>
          h(
            'tr',
            null,
            cols.map(([, f]) => h('td', null, f(x))),
          ),
        ),
      ),
    );
  const cut = (s: any) => (s?.truncated ? h('p', { className: 'warn small' }, 'cut at its cap') : null);
  return h(
    'div',
    { className: 'triage-view' },
    h('p', { className: 'muted' }, `taken ${fmtTime(doc.takenAtMs)}; ${doc.processes?.total ?? 0} processes, ${doc.sockets?.total ?? 0} sockets`),
    h(
      'details',
      { open: true },
      h('summary', null, `Process tree (${doc.processes?.items?.length ?? 0})`),
      cut(doc.processes),
      h(
        'div',
        { className: 'scroll' },
        rows(
          doc.processes?.items ?? [],
          [
            ['PID', (p) => h('span', { style: `padding-left:${Math.min(p.depth, 20) * 12}px` }, String(p.pid))],
            ['User', (p) => p.user || String(p.uid)],
            ['Command', (p) => h('code', null, (p.argv?.length ? p.argv.join(' ') : p.exe) + (p.deleted ? ' (deleted)' : ''))],
            ['SHA-256', (p) => h('code', null, p.sha256 || p.hashSkipped)],
          ],
          'triage-procs',
        ),
      ),
    ),
    h(
      'details',
      null,
      h('summary', null, `Listeners (${doc.sockets?.listeners?.length ?? 0}) and connections (${doc.sockets?.connections?.length ?? 0})`),
      rows(
        [...(doc.sockets?.listeners ?? []), ...(doc.sockets?.connections ?? [])],
        [
          ['Proto', (s) => s.transport],
          ['Local', (s) => `${s.localAddress}:${s.localPort}`],
          ['Remote', (s) => `${s.remoteAddress}:${s.remotePort}`],
          ['State', (s) => s.state],
          ['Process', (s) => (s.pid ? `${s.pid} ${s.exe}` : '')],
        ],
      ),
    ),
    h(
      'details',
      null,
      h('summary', null, `Logins: ${doc.logins?.current?.length ?? 0} now, ${doc.logins?.recent?.length ?? 0} recent`),
      rows(
        [...(doc.logins?.current ?? []), ...(doc.logins?.recent ?? [])],
        [
          ['Type', (l) => l.type],
          ['User', (l) => l.user],
          ['Line', (l) => l.line],
          ['From', (l) => l.host],
          ['Time', (l) => fmtTime(l.timeMs)],
        ],
      ),
    ),
    h(
      'details',
      null,
      h('summary', null, `Auth log (${doc.authLog?.source ?? ''}, ${doc.authLog?.lines?.length ?? 0} lines)`),
      h('pre', { className: 'cmd scroll' }, (doc.authLog?.lines ?? []).join('\n')),
    ),
    h(
      'details',
      null,
      h('summary', null, `Persistence locations (${doc.persistence?.files?.length ?? 0})`),
      cut(doc.persistence),
      rows(doc.persistence?.files ?? [], [
        ['Kind', (f) => f.category],
        ['Path', (f) => h('code', null, f.path + (f.linkTarget ? ` -> ${f.linkTarget}` : ''))],
        ['Changed', (f) => fmtTime(f.mtimeMs)],
        ['Owner/mode', (f) => `${f.uid} ${f.mode}`],
        ['SHA-256', (f) => h('code', null, f.sha256)],
        ['Content', (f) => h('code', null, f.content)],
      ]),
    ),
    h(
      'details',
      null,
      h('summary', null, `SUID/SGID files in writable places (${doc.suid?.files?.length ?? 0})`),
      rows(doc.suid?.files ?? [], [
        ['Path', (f) => h('code', null, f.path)],
        ['Mode', (f) => f.mode],
        ['Owner', (f) => String(f.uid)],
        ['SHA-256', (f) => h('code', null, f.sha256)],
      ]),
    ),
    h('details', null, h('summary', null, 'Inventory'), h('pre', { className: 'cmd' }, JSON.stringify(doc.inventory ?? {}, null, 2))),
  );
}

/** One incident (route #/incidents/<id>). */
export function incidentView(main: HTMLElement, ctx: ViewContext, id: string): void {
  const enc = encodeURIComponent(id);
  const body = h('div', { id: 'incident' }, 'loading...');
  replace(main, body);
  const triageBox = h('div', { id: 'triage-box' });
  let shownTriage = '';
  // A click handler that reports its own outcome: it never rejects, so the listener need not wait for it.
  const act = (fn: () => Promise<unknown>, ok: string) => () =>
    void fn().then(
      () => {
        ctx.notify(ok, 'ok');
        void load();
      },
      (err: unknown) => ctx.notify(String((err as Error).message), 'error'),
    );
  const load = async () => {
    let d: any;
    try {
      d = await api('GET', `/incidents/${enc}`);
    } catch (err) {
      replace(body, errorBox(err));
      return;
    }
    const inc = d.incident;
    const host = (a: string) => d.hostnames?.[a] ?? a;
    const responder = ctx.can('responder');
    const phaseButtons = responder
      ? h(
          'div',
          { className: 'actions', id: 'phase-buttons' },
          d.nextPhases.map((p: string) =>
            h(
              'button',
              {
                type: 'button',
                className: PHASES.indexOf(p) > PHASES.indexOf(inc.phase) ? 'primary' : '',
                'data-phase': p,
                onclick: () => {
                  const back = PHASES.indexOf(p) < PHASES.indexOf(inc.phase);
                  const note = h('input', { id: 'phase-note', placeholder: back ? 'why (required when going back)' : 'note (optional)' });
                  openDialog({
                    title: `Move to ${p}`,
                    confirmLabel: `Move to ${p}`,
                    body: [h('label', null, 'Note', note)],
                    onConfirm: async () => {
                      await api('POST', `/incidents/${enc}/phase`, { phase: p, note: note.value });
                      void load();
                    },
                  });
                },
              },
              PHASES.indexOf(p) > PHASES.indexOf(inc.phase) ? `Move to ${p}` : `Back to ${p}`,
            ),
          ),
        )
      : null;
    const noteInput = h('input', { id: 'note-text', placeholder: 'add a note to the timeline', style: 'flex:1' });
    const notes = responder
      ? h(
          'form',
          {
            className: 'filters',
            id: 'note-form',
            onsubmit: (ev: Event) => (ev.preventDefault(), void act(() => api('POST', `/incidents/${enc}/notes`, { body: noteInput.value }), 'note added')()),
          },
          noteInput,
          h('button', { type: 'submit' }, 'Add note'),
        )
      : null;
    const hostSel = () =>
      h(
        'select',
        { className: 'host-select' },
        inc.hosts.map((a: string) => h('option', { value: a }, host(a))),
      );
    const cmd = (agentId: string, action: ActionName, params: Record<string, unknown> = {}) =>
      api('POST', `/incidents/${enc}/commands`, { agentId, action, params });
    const collectHost = hostSel();
    const collectPath = h('input', { id: 'collect-path', placeholder: '/absolute/path/to/file', style: 'min-width:320px' });
    // Credential files (shadow, private keys, keytabs, token files): the agent sends them only on an admin's
    // order with a stated reason; both are signed into the command and audited.
    const credential = h('input', { type: 'checkbox', id: 'collect-credential' });
    const collectReason = h('input', {
      id: 'collect-reason',
      placeholder: 'reason (required for a credential file)',
      maxLength: 500,
      style: 'min-width:240px',
    });
    const credentialBox = ctx.can('admin')
      ? h('label', { title: 'shadow, private keys, keytabs, token files: admin only, with a reason' }, credential, ' credential file')
      : null;
    const collectParams = () => {
      const reason = collectReason.value.trim();
      return { path: collectPath.value.trim(), ...(credential.checked ? { credentialAccess: true } : {}), ...(reason ? { reason } : {}) };
    };
    const triageHost = hostSel();
    const isoHost = hostSel();
    const actions =
      responder && inc.hosts.length
        ? h(
            'div',
            null,
            h(
              'div',
              { className: 'filters' },
              triageHost,
              h(
                'button',
                { type: 'button', id: 'run-triage', onclick: act(() => cmd(triageHost.value, 'triage'), 'triage snapshot ordered') },
                ACTIONS.triage.label,
              ),
            ),
            h(
              'div',
              { className: 'filters' },
              collectHost,
              collectPath,
              credentialBox,
              collectReason,
              h(
                'button',
                { type: 'button', id: 'collect-file', onclick: act(() => cmd(collectHost.value, 'collect_file', collectParams()), 'file collection ordered') },
                ACTIONS.collect_file.label,
              ),
            ),
            h(
              'div',
              { className: 'filters' },
              isoHost,
              h(
                'button',
                {
                  type: 'button',
                  className: 'danger',
                  id: 'incident-isolate',
                  onclick: () =>
                    openDialog({
                      title: `Isolate ${host(isoHost.value)}`,
                      confirmLabel: 'Isolate',
                      danger: true,
                      typeToConfirm: host(isoHost.value),
                      body: h('p', null, 'Cuts all traffic except the collector link. The release lands on the remediation checklist.'),
                      onConfirm: async () => void (await cmd(isoHost.value, 'isolate'), void load()),
                    }),
                },
                ACTIONS.isolate.label,
              ),
            ),
          )
        : null;
    const evAgent = hostSel();
    const evSeq = h('input', { id: 'evidence-seq', type: 'number', min: '1', placeholder: 'event seq' });
    const evidenceForm =
      responder && inc.hosts.length
        ? h(
            'div',
            { className: 'filters' },
            evAgent,
            evSeq,
            h(
              'button',
              {
                type: 'button',
                id: 'mark-evidence',
                onclick: act(() => api('POST', `/incidents/${enc}/evidence`, { agentId: evAgent.value, seq: Number(evSeq.value) }), 'event marked as evidence'),
              },
              'Mark event as evidence',
            ),
          )
        : null;
    // candidate events: what triggered the incident's alerts, and a search over its hosts' events
    const marked = new Set(d.evidence.map((e: any) => `${e.agentId}:${e.seq}`));
    const candidates = h('div', { id: 'evidence-candidates' });
    const candidateRows = (events: any[]) =>
      events.length
        ? h(
            'table',
            { className: 'events' },
            h(
              'tbody',
              null,
              events.map((e: any) =>
                h(
                  'tr',
                  { 'data-seq': e.seq },
                  h('td', { className: 'time' }, fmtTime(e.timeMs)),
                  h('td', null, host(e.agentId)),
                  h('td', null, e.kind),
                  h('td', { className: 'summary' }, e.summary),
                  h(
                    'td',
                    null,
                    marked.has(`${e.agentId}:${e.seq}`)
                      ? badge('evidence', 'tl-evidence')
                      : responder
                        ? h(
                            'button',
                            {
                              type: 'button',
                              className: 'small',
                              'data-mark': e.seq,
                              onclick: act(() => api('POST', `/incidents/${enc}/evidence`, { agentId: e.agentId, seq: e.seq }), 'event marked as evidence'),
                            },
                            'Mark as evidence',
                          )
                        : null,
                  ),
                ),
              ),
            ),
          )
        : h('p', { className: 'muted' }, 'No events.');
    void Promise.all(d.alerts.map((a: any) => api('GET', `/alerts/${encodeURIComponent(a.id)}`).catch(() => null))).then((rs) => {
      const events = rs.flatMap((r: any) => (r?.evidence ?? []).map((e: any) => e.event).filter(Boolean));
      replace(candidates, h('h3', null, 'Events that triggered the alerts'), candidateRows(events));
    });
    const searchText = h('input', { id: 'evidence-search', placeholder: "search this host's events (text)" });
    const searchHost = hostSel();
    const found = h('div', { id: 'evidence-found' });
    const search =
      responder && inc.hosts.length
        ? h(
            'form',
            {
              className: 'filters',
              onsubmit: (ev: Event) => {
                ev.preventDefault();
                void api('GET', `/events${qs({ agentId: searchHost.value, text: searchText.value.trim() || undefined, limit: 25 })}`).then(
                  (r) => replace(found, candidateRows(r.items)),
                  (err) => replace(found, errorBox(err)),
                );
              },
            },
            searchHost,
            searchText,
            h('button', { type: 'submit' }, 'Search events'),
          )
        : null;
    const itemLabel = h('input', { id: 'checklist-label', placeholder: 'your own item: patched, rotated credentials, ...', style: 'min-width:320px' });
    const checklist = h(
      'table',
      { className: 'checklist', id: 'checklist' },
      h('thead', null, h('tr', null, ...['Item', 'Status', 'Done by', 'Done', 'Note', ''].map((c) => h('th', null, c)))),
      h(
        'tbody',
        null,
        d.checklist.map((c: any) =>
          h(
            'tr',
            { 'data-item': c.id, 'data-status': c.status },
            h('td', null, c.label),
            h('td', null, badge(c.status, `ck-${c.status}`), c.error ? h('div', { className: 'error small' }, c.error) : null),
            h('td', null, c.doneBy ?? ''),
            h('td', { className: 'time' }, fmtTime(c.doneAtMs)),
            h('td', { className: 'small' }, c.note),
            h(
              'td',
              null,
              responder && c.kind === 'undo' && (c.status === 'open' || c.status === 'failed')
                ? h(
                    'button',
                    {
                      type: 'button',
                      className: 'small primary',
                      'data-run': c.id,
                      onclick: act(() => api('POST', `/incidents/${enc}/checklist/${encodeURIComponent(c.id)}/run`), `running: ${c.label}`),
                    },
                    'Run',
                  )
                : null,
              responder && c.kind === 'manual'
                ? h(
                    'button',
                    {
                      type: 'button',
                      className: 'small',
                      'data-tick': c.id,
                      onclick: act(
                        () => api('PATCH', `/incidents/${enc}/checklist/${encodeURIComponent(c.id)}`, { done: c.status !== 'done' }),
                        'checklist updated',
                      ),
                    },
                    c.status === 'done' ? 'Untick' : 'Tick',
                  )
                : null,
            ),
          ),
        ),
      ),
    );
    const rv = inc.review ?? {};
    const rootCause = h('textarea', { id: 'review-root', rows: 3 }, rv.rootCause ?? '');
    const worked = h('textarea', { id: 'review-worked', rows: 2 }, rv.whatWorked ?? '');
    const didNot = h('textarea', { id: 'review-didnot', rows: 2 }, rv.whatDidNot ?? '');
    const follow = h(
      'textarea',
      { id: 'review-followups', rows: 3, placeholder: 'one follow-up action per line' },
      (rv.followUps ?? []).map((f: any) => f.text).join('\n'),
    );
    const review = h(
      'form',
      {
        className: 'review',
        id: 'review-form',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          void act(
            () =>
              api('PUT', `/incidents/${enc}/review`, {
                rootCause: rootCause.value,
                whatWorked: worked.value,
                whatDidNot: didNot.value,
                followUps: follow.value
                  .split('\n')
                  .map((t) => t.trim())
                  .filter(Boolean)
                  .map((t) => ({ text: t })),
              }),
            'review saved',
          )();
        },
      },
      h('label', null, 'Root cause', rootCause),
      h('label', null, 'What worked', worked),
      h('label', null, 'What did not work', didNot),
      h('label', null, 'Follow-up actions', follow),
      responder ? h('button', { type: 'submit', className: 'primary' }, 'Save review') : null,
      rv.reviewedBy ? h('p', { className: 'muted small' }, `reviewed by ${rv.reviewedBy} at ${fmtTime(rv.reviewedAtMs)}`) : null,
    );
    const triages = d.files.filter((f: any) => f.kind === 'triage' && f.status === 'stored');
    const lastTriage = triages[triages.length - 1];
    replace(
      body,
      h(
        'div',
        { className: 'hosthead' },
        h('h1', null, h('span', { id: 'incident-title' }, inc.title)),
        h(
          'div',
          { className: 'badges' },
          badge(inc.severity, `sev-${inc.severity}`),
          phaseBadge(inc.phase),
          badge(inc.source, 'src'),
          inc.assignee ? badge(`assigned to ${inc.assignee}`, 'assignee') : null,
        ),
        phaseButtons,
      ),
      h(
        'div',
        { className: 'grid2' },
        section(
          'Summary',
          h(
            'dl',
            null,
            h('dt', null, 'Opened'),
            h('dd', null, `${fmtTime(inc.createdAtMs)} by ${inc.createdBy}`),
            inc.reportSource ? [h('dt', null, 'Reported'), h('dd', null, inc.reportSource)] : null,
            h('dt', null, 'Hosts'),
            h(
              'dd',
              null,
              inc.hosts.map((a: string, i: number) => [i ? ', ' : '', h('a', { href: `#/hosts/${encodeURIComponent(a)}` }, host(a))]),
            ),
            h('dt', null, 'Alerts'),
            h(
              'dd',
              null,
              d.alerts.map((a: any, i: number) => [i ? '; ' : '', h('a', { href: `#/alerts/${encodeURIComponent(a.id)}` }, `${a.ruleTitle} (${a.severity})`)]),
            ),
            inc.summary ? [h('dt', null, 'Summary'), h('dd', null, inc.summary)] : null,
          ),
          h(
            'p',
            { className: 'actions' },
            h('a', { href: `/api/v1/incidents/${enc}/report?format=html`, target: '_blank', id: 'report-html' }, 'Report (print-ready HTML)'),
            h('a', { href: `/api/v1/incidents/${enc}/report?format=md`, id: 'report-md' }, 'Report (Markdown)'),
          ),
        ),
        section(
          'Metrics',
          metricsList(d.metrics),
          h(
            'p',
            { className: 'muted small' },
            `first malicious event ${fmtTime(d.times?.firstMaliciousMs)}, first alert ${fmtTime(d.times?.firstAlertMs)}, contained ${fmtTime(d.times?.containedAtMs)}, remediated ${fmtTime(d.times?.remediatedAtMs)}`,
          ),
        ),
      ),
      section(
        'Timeline',
        notes,
        h(
          'table',
          { className: 'timeline', id: 'incident-timeline' },
          h('thead', null, h('tr', null, ...['Time', 'Type', 'Who', 'What'].map((c) => h('th', null, c)))),
          h(
            'tbody',
            null,
            d.timeline.map((e: any) =>
              h(
                'tr',
                { 'data-type': e.type },
                h('td', { className: 'time' }, fmtTime(e.atMs)),
                h('td', null, badge(e.type.replace('_', ' '), `tl-${e.type}`)),
                h('td', null, e.actor),
                h('td', { className: 'summary' }, e.text),
              ),
            ),
          ),
        ),
      ),
      responder ? section('Actions on the hosts', actions) : null,
      section(
        'Evidence',
        evidenceForm,
        h('h3', null, 'Files and triage snapshots'),
        d.files.length
          ? h(
              'table',
              { className: 'evidence-files', id: 'evidence-files' },
              h(
                'thead',
                null,
                h(
                  'tr',
                  null,
                  ...['Collected', 'Host', 'Kind', 'Requested path', 'Resolved path', 'Size', 'SHA-256', 'Requested by', ''].map((c) => h('th', null, c)),
                ),
              ),
              h(
                'tbody',
                null,
                d.files.map((f: any) =>
                  h(
                    'tr',
                    { 'data-file': f.id, 'data-status': f.status },
                    h('td', { className: 'time' }, fmtTime(f.collectedAtMs ?? f.requestedAtMs)),
                    h('td', null, f.hostname),
                    h('td', null, f.kind),
                    h('td', null, h('code', null, f.requestedPath)),
                    h('td', null, h('code', null, f.resolvedPath ?? '')),
                    h('td', null, f.size === null ? '' : fmtBytes(f.size)),
                    h(
                      'td',
                      null,
                      f.status === 'stored'
                        ? h('code', { className: 'sha256' }, f.sha256)
                        : h('span', { className: f.status === 'failed' ? 'error' : 'muted' }, f.error ?? f.status),
                    ),
                    h('td', null, f.requestedBy),
                    h(
                      'td',
                      null,
                      f.status === 'stored' && responder
                        ? h('a', { href: `/api/v1/evidence-files/${encodeURIComponent(f.id)}`, download: '' }, 'Download')
                        : null,
                    ),
                  ),
                ),
              ),
            )
          : h('p', { className: 'muted' }, 'No files collected.'),
        candidates,
        search,
        found,
        h('h3', null, 'Marked events'),
        d.evidence.length
          ? h(
              'ul',
              null,
              d.evidence.map((e: any) =>
                h('li', null, `${fmtTime(e.timeMs)} ${host(e.agentId)} #${e.seq} ${e.kind}: `, h('code', null, e.summary), ` (by ${e.markedBy})`),
              ),
            )
          : h('p', { className: 'muted' }, 'None.'),
      ),
      section('Triage snapshot', lastTriage ? triageBox : h('p', { className: 'muted' }, 'No triage snapshot yet.')),
      section(
        'Remediation checklist',
        d.checklist.length ? checklist : h('p', { className: 'muted' }, 'No containment actions to undo yet.'),
        responder
          ? h(
              'div',
              { className: 'filters' },
              itemLabel,
              h(
                'button',
                { type: 'button', id: 'add-item', onclick: act(() => api('POST', `/incidents/${enc}/checklist`, { label: itemLabel.value }), 'item added') },
                'Add item',
              ),
            )
          : null,
      ),
      section('Post-incident review', review),
    );
    if (lastTriage && responder) {
      if (shownTriage !== lastTriage.id) {
        shownTriage = lastTriage.id;
        replace(triageBox, 'loading snapshot...');
        try {
          const res = await fetch(`/api/v1/evidence-files/${encodeURIComponent(lastTriage.id)}`, { credentials: 'same-origin' });
          replace(triageBox, h('p', { className: 'muted small' }, `sha256 ${lastTriage.sha256} from ${lastTriage.hostname}`), triageView(await res.json()));
        } catch (err) {
          replace(triageBox, errorBox(err));
        }
      }
    } else if (lastTriage) replace(triageBox, h('p', { className: 'muted' }, 'Viewing snapshots needs the responder role.'));
  };
  const reload = debounce(() => void load());
  ctx.onLeave(
    onLive('incident', (m: any) => {
      if (m?.incident?.id === id || m?.incidentId === id) reload();
    }),
  );
  ctx.onLeave(onLive('command', reload));
  void load();
}

// The page's entry: session check, login, navigation by URL hash, the live stream, and view switching.
import { api, setCsrf, whenUnauthorized, type SessionInfo } from './api.js';
import { h, listener, replace } from './dom.js';
import { onLive, startLive, stopLive } from './live.js';
import type { ViewContext } from './state.js';
import { loginView, changePasswordView } from './views/login.js';
import { fleetView } from './views/fleet.js';
import { hostView } from './views/host.js';
import { alertsView, alertDetailView } from './views/alerts.js';
import { auditView } from './views/audit.js';
import { adminView } from './views/admin.js';
import { rulesView } from './views/rules.js';
import { incidentsView, incidentView } from './views/incidents.js';

const RANK = { viewer: 0, responder: 1, admin: 2 } as const;
const root = document.getElementById('app')!;
let leave: Array<() => void> = [];
let session: SessionInfo | null = null;

/** A full disk stops ingest: the page says so on every view until space returns. */
function showStorage(banner: HTMLElement, storage: { full: boolean; reason: string | null; sinceMs: number | null } | undefined): void {
  banner.hidden = !storage?.full;
  replace(
    banner,
    storage?.full
      ? `Storage full since ${new Date(storage.sinceMs ?? Date.now()).toISOString()}: ${storage.reason ?? ''}. Agents keep their events and nothing is acked until space returns; reads still work.`
      : '',
  );
}

function shell(s: SessionInfo): { main: HTMLElement; status: HTMLElement; live: HTMLElement } {
  const main = h('main', { id: 'view' });
  const banner = h('div', { className: 'banner error', id: 'storage-banner', role: 'alert' });
  banner.hidden = true;
  void api<{ storage: { full: boolean; reason: string | null; sinceMs: number | null } }>('GET', '/health').then(
    (r) => showStorage(banner, r.storage),
    () => undefined,
  );
  onLive('health', (d: { storage?: { full: boolean; reason: string | null; sinceMs: number | null } }) => showStorage(banner, d.storage));
  const status = h('div', { className: 'status', id: 'status-line', role: 'status' });
  const live = h('span', { className: 'live off', id: 'live-state', title: 'live updates' }, 'offline');
  const link = (href: string, label: string) => h('a', { href, 'data-nav': href }, label);
  const logout = h('button', { type: 'button', className: 'link', id: 'logout' }, 'Log out');
  logout.addEventListener(
    'click',
    listener(async () => {
      await api('DELETE', '/session').catch(() => undefined);
      location.hash = '#/';
      location.reload();
    }),
  );
  replace(
    root,
    h(
      'header',
      null,
      h('strong', { className: 'brand' }, 'Vigil'),
      h(
        'nav',
        null,
        link('#/', 'Fleet'),
        link('#/alerts', 'Alerts'),
        link('#/incidents', 'Incidents'),
        link('#/rules', 'Rules'),
        RANK[s.role] >= 1 ? link('#/audit', 'Audit') : null,
        RANK[s.role] >= 2 ? link('#/admin', 'Users') : null,
        h('a', { href: '/api/v1/openapi.json', target: '_blank' }, 'API'),
      ),
      h('span', { className: 'who' }, live, ` ${s.user} (${s.role}) `, logout),
    ),
    banner,
    status,
    main,
  );
  return { main, status, live };
}

function route(main: HTMLElement, status: HTMLElement, s: SessionInfo): void {
  for (const fn of leave) fn();
  leave = [];
  const ctx: ViewContext = {
    session: s,
    onLeave: (fn) => leave.push(fn),
    notify(message, kind = 'ok') {
      replace(status, h('span', { className: kind }, message));
      status.className = `status ${kind}`;
    },
    can: (role) => RANK[s.role] >= RANK[role],
  };
  const hash = location.hash.replace(/^#/, '') || '/';
  for (const a of document.querySelectorAll('nav a[data-nav]')) a.classList.toggle('active', a.getAttribute('data-nav') === `#${hash}`);
  const host = /^\/hosts\/(.+)$/.exec(hash);
  const alert = /^\/alerts\/(.+)$/.exec(hash);
  const incident = /^\/incidents\/(.+)$/.exec(hash);
  if (host) hostView(main, ctx, decodeURIComponent(host[1]!));
  else if (alert) alertDetailView(main, ctx, decodeURIComponent(alert[1]!));
  else if (incident) incidentView(main, ctx, decodeURIComponent(incident[1]!));
  else if (hash === '/incidents') incidentsView(main, ctx);
  else if (hash === '/alerts') alertsView(main, ctx);
  else if (hash === '/rules') rulesView(main, ctx);
  else if (hash === '/audit') auditView(main);
  else if (hash === '/admin') adminView(main, ctx);
  else fleetView(main, ctx);
}

function start(s: SessionInfo): void {
  session = s;
  setCsrf(s.csrfToken);
  if (s.mustChangePassword) {
    changePasswordView(root, s, () => void boot());
    return;
  }
  const { main, status, live } = shell(s);
  startLive((connected) => {
    live.textContent = connected ? 'live' : 'offline';
    live.className = `live ${connected ? 'on' : 'off'}`;
  });
  window.onhashchange = () => route(main, status, s);
  route(main, status, s);
}

async function boot(): Promise<void> {
  try {
    start(await api<SessionInfo>('GET', '/session'));
  } catch {
    stopLive();
    loginView(root, (s) => start(s));
  }
}

whenUnauthorized(() => {
  if (!session) return;
  session = null;
  stopLive();
  loginView(root, (s) => start(s));
});
void boot();

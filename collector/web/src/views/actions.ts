// Response actions from the host view: each opens a dialog, and isolation shows its impact preview and needs
// the hostname typed. Every action is a POST /commands, the same call scripts make.
import { ACTIONS, type ActionName } from '@vigil/actions';
import { api } from '../api.js';
import { openDialog } from '../dialog.js';
import { fmtTime, h, replace, badge } from '../dom.js';
import type { Proc } from '../tree.js';
import type { ViewContext } from '../state.js';
import { errorBox } from './common.js';
import { approvalButtons, holdNote } from './approvals.js';

async function createCommand(ctx: ViewContext, agentId: string, action: ActionName, params: Record<string, unknown>): Promise<void> {
  const c = await api('POST', '/commands', { agentId, action, params });
  ctx.notify(`${action} queued for ${agentId} (command ${c.id}, ${c.status}${c.dryRun ? ', dry-run' : ''})`, 'ok');
}

export function isolateDialog(ctx: ViewContext, agent: any): void {
  const preview = h('div', { className: 'preview', id: 'impact-preview' }, h('p', { className: 'muted' }, 'Loading the impact preview…'));
  const allow = h('input', { id: 'isolate-allow', placeholder: 'extra CIDRs to keep reachable, comma-separated' });
  const dns = h('input', { type: 'checkbox', id: 'isolate-dns' });
  openDialog({
    title: `Isolate ${agent.hostname}`,
    danger: true,
    confirmLabel: ACTIONS.isolate.label,
    typeToConfirm: agent.hostname,
    body: [
      h(
        'p',
        null,
        'All traffic except loopback and the connection to this collector will be dropped. The agent rolls back by itself if it cannot reach the collector afterwards.',
      ),
      agent.dryRun ? h('p', { className: 'warn' }, 'This agent is in dry-run mode: it will report the rules it would apply and change nothing.') : null,
      preview,
      h('label', null, 'Allow list', allow),
      h('label', { className: 'inline' }, dns, ' keep DNS to the configured resolvers'),
    ],
    onConfirm: () =>
      createCommand(ctx, agent.id, 'isolate', {
        allowCidrs: allow.value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        allowDns: dns.checked,
      }),
  });
  api('GET', `/agents/${encodeURIComponent(agent.id)}/isolation-preview`).then(
    (p) => {
      const list = (title: string, items: string[]) =>
        h(
          'div',
          null,
          h('h3', null, `${title} (${items.length})`),
          items.length
            ? h(
                'ul',
                null,
                items.map((i) => h('li', null, i)),
              )
            : h('p', { className: 'muted' }, 'none'),
        );
      replace(
        preview,
        list(
          'Connections that will be cut',
          p.cut.connections.map(
            (c: any) => `${c.transport} ${c.localAddress}:${c.localPort} -> ${c.remoteAddress}:${c.remotePort} ${c.state} ${c.exe} (${c.pid})`,
          ),
        ),
        list(
          'Listeners that become unreachable',
          p.cut.listeners.map((l: any) => `${l.transport} ${l.localAddress}:${l.localPort} ${l.exe} (${l.pid})`),
        ),
        list(
          'Kept',
          p.kept.connections.map((c: any) => `${c.localAddress}:${c.localPort} -> ${c.remoteAddress}:${c.remotePort} (${c.reason})`),
        ),
        h('p', { className: 'muted' }, `From telemetry as of ${fmtTime(p.asOfMs)}.`),
      );
    },
    (err) => replace(preview, errorBox(err)),
  );
}

export function killDialog(ctx: ViewContext, agent: any, p: Proc): void {
  const tree = h('input', { type: 'checkbox', id: 'kill-tree' });
  openDialog({
    title: `Kill process ${p.pid} on ${agent.hostname}`,
    danger: true,
    confirmLabel: 'Kill',
    body: [
      h('p', null, h('code', null, p.argv.join(' ') || p.exe)),
      h(
        'p',
        { className: 'muted' },
        `user ${p.user || p.uid}, started ${fmtTime(p.startTimeMs)}. SIGTERM, then SIGKILL after the grace period; a reused pid is never killed.`,
      ),
      h('label', { className: 'inline' }, tree, ' also kill its descendants'),
    ],
    onConfirm: () => createCommand(ctx, agent.id, 'kill_process', { pid: p.pid, startTimeTicks: p.startTimeTicks, tree: tree.checked }),
  });
}

export function serviceDialog(ctx: ViewContext, agent: any, action: Extract<ActionName, 'stop_service' | 'start_service'>, services: string[]): void {
  const unit = h('select', { id: 'service-unit' }, ...services.map((s) => h('option', { value: s }, s)));
  const manual = h('input', { id: 'service-manual', placeholder: 'or type a unit name, e.g. nginx.service' });
  const opt1 = h('input', { type: 'checkbox', id: 'service-opt1' });
  const opt2 = h('input', { type: 'checkbox', id: 'service-opt2' });
  const stop = action === 'stop_service';
  openDialog({
    title: `${stop ? 'Stop' : 'Start'} a service on ${agent.hostname}`,
    danger: stop,
    confirmLabel: ACTIONS[action].label,
    body: [
      services.length ? h('label', null, 'Unit', unit) : h('p', { className: 'muted' }, 'The agent has not reported its units.'),
      h('label', null, 'Unit name', manual),
      h('label', { className: 'inline' }, opt1, stop ? ' also disable it' : ' unmask it first'),
      h('label', { className: 'inline' }, opt2, stop ? ' also mask it (cannot be started until unmasked)' : ' enable it again'),
    ],
    onConfirm: () => {
      const name = manual.value.trim() || unit.value;
      return createCommand(
        ctx,
        agent.id,
        action,
        stop ? { unit: name, disable: opt1.checked, mask: opt2.checked } : { unit: name, unmask: opt1.checked, enable: opt2.checked },
      );
    },
  });
}

export function simpleCommandDialog(
  ctx: ViewContext,
  agent: any,
  action: ActionName,
  intro: Node | null,
  fields: Record<string, { label: string; placeholder?: string; number?: boolean }>,
): void {
  const inputs = Object.entries(fields).map(
    ([name, f]) => [name, f, h('input', { name, id: `field-${name}`, placeholder: f.placeholder ?? '', type: f.number ? 'number' : 'text' })] as const,
  );
  const title = ACTIONS[action].label;
  openDialog({
    title: `${title} on ${agent.hostname}`,
    confirmLabel: title,
    danger: ACTIONS[action].kind !== 'revert',
    body: [intro, ...inputs.map(([, f, input]) => h('label', null, f.label, input))],
    onConfirm: () => {
      const params: Record<string, unknown> = {};
      for (const [name, f, input] of inputs) {
        if (input.value.trim() === '') continue;
        params[name] = f.number ? Number(input.value) : input.value.trim();
      }
      return createCommand(ctx, agent.id, action, params);
    },
  });
}

const STATUS_KIND: Record<string, string> = {
  succeeded: 'st-online',
  failed: 'bad',
  refused: 'bad',
  rejected: 'bad',
  expired: 'st-offline',
  pending: 'iso-pending',
  delivered: 'iso-pending',
  running: 'iso-pending',
  awaiting_approval: 'iso-pending',
};

/** A host's command history; waiting orders get approve and reject buttons (`reload` runs after either). */
export function commandsTable(ctx: ViewContext, items: any[], reload: () => void): HTMLElement {
  if (!items.length) return h('p', { className: 'muted' }, 'No commands yet.');
  return h(
    'table',
    { className: 'commands' },
    h('thead', null, h('tr', null, ...['Created', 'Action', 'Parameters', 'By', 'Status', 'Result'].map((c) => h('th', null, c)))),
    h(
      'tbody',
      null,
      items.map((c) =>
        h(
          'tr',
          { 'data-command': c.id, 'data-status': c.status },
          h('td', null, fmtTime(c.createdAtMs)),
          h('td', null, c.action, c.dryRun ? ' (dry-run)' : ''),
          h('td', null, h('code', null, JSON.stringify(c.params))),
          h('td', null, c.operator),
          h('td', { className: 'status' }, badge(c.status.replace('_', ' '), STATUS_KIND[c.status] ?? ''), holdNote(c.hold), approvalButtons(ctx, c, reload)),
          h(
            'td',
            { className: 'result' },
            [c.errorCode, c.message].filter(Boolean).join(': '),
            c.output ? h('div', null, h('code', null, JSON.stringify(c.output).slice(0, 600))) : null,
          ),
        ),
      ),
    ),
  );
}

// The fleet's "Add host" dialog (admins): a fresh enrollment token and the one-line install command to run
// on a server, as the collector builds it (its URL, its TLS key pin for curl, its certificate fingerprint).
import { api } from '../api.js';
import { openDialog } from '../dialog.js';
import { h, replace } from '../dom.js';
import type { ViewContext } from '../state.js';
import { errorBox } from './common.js';

export function addHostButton(ctx: ViewContext): HTMLElement | null {
  if (!ctx.can('admin')) return null;
  return h('button', { type: 'button', id: 'add-host', onclick: () => void openAddHost(ctx) }, 'Add host');
}

async function openAddHost(ctx: ViewContext): Promise<void> {
  const command = h('pre', { className: 'secret', id: 'install-command' }, 'creating an enrollment token ...');
  const validity = h('p', { className: 'muted', id: 'install-token-validity' });
  // Agents start in dry-run (responders only report); acting is the installer's explicit choice per host.
  const act = h('input', { type: 'checkbox', id: 'install-no-dry-run' });
  let base = '';
  const show = () => base && replace(command, act.checked ? `${base} --no-dry-run` : base);
  act.addEventListener('change', show);
  openDialog({
    title: 'Add host',
    body: h(
      'div',
      null,
      h(
        'p',
        null,
        'Run this on the server (Linux with systemd and Node.js 20 or newer). It installs the agent under /opt/vigil, enrolls it with this collector and starts vigil-agent.service:',
      ),
      command,
      h(
        'label',
        null,
        act,
        ' Let responders act on this host (isolate, block, stop service, kill, quarantine). Unchecked, they only report what they would do.',
      ),
      validity,
    ),
    confirmLabel: 'Copy command',
    async onConfirm() {
      const text = command.textContent ?? '';
      try {
        await navigator.clipboard.writeText(text);
        ctx.notify('install command copied');
      } catch {
        // no clipboard outside secure contexts: the command stays selectable in the page
        getSelection()?.selectAllChildren(command);
        throw new Error('copy it by hand: the browser gives no clipboard access here');
      }
    },
  });
  try {
    const r = await api<{ command: string; expiresAtMs: number }>('POST', '/install/command', {});
    base = r.command;
    show();
    replace(validity, `The token in it works until ${new Date(r.expiresAtMs).toLocaleString()}.`);
  } catch (err) {
    replace(command, errorBox(err));
  }
}

// Approving or rejecting an order that waits (a response policy's proposal, or one the two-person rule held),
// in the command history. A held order says it needs a second operator's approval and who asked; the
// requester's own approve button is disabled with the reason, since the collector refuses it anyway.
import { api } from '../api.js';
import { h, listener } from '../dom.js';
import type { ViewContext } from '../state.js';

export interface CommandHoldView {
  rule: string;
  requestedBy: string;
  reason: string;
}

/** Who asked and why, for a command the two-person rule held; null for any other. */
export function holdNote(hold: CommandHoldView | null | undefined): HTMLElement | null {
  if (!hold) return null;
  return h('div', { className: 'hold', 'data-hold': hold.rule, title: hold.reason }, `needs a second operator's approval (asked by ${hold.requestedBy})`);
}

/** Approve and reject buttons for a waiting command, for responders; `done` reloads the list. */
export function approvalButtons(
  ctx: ViewContext,
  c: { id: string; action: string; status: string; hold?: CommandHoldView | null },
  done: () => void,
): HTMLElement | null {
  if (c.status !== 'awaiting_approval' || !ctx.can('responder')) return null;
  const own = Boolean(c.hold && c.hold.requestedBy === ctx.session.user);
  const why = own ? 'you asked for this order; another operator must approve it' : '';
  const act = (verb: 'approve' | 'reject') =>
    listener(async () => {
      try {
        await api('POST', `/commands/${encodeURIComponent(c.id)}/${verb}`);
        ctx.notify(`${c.action} ${verb === 'approve' ? 'approved' : 'rejected'} (command ${c.id})`, 'ok');
      } catch (err) {
        ctx.notify(`${verb} failed: ${(err as Error).message}`, 'error');
      }
      done();
    });
  return h(
    'div',
    { className: 'approval' },
    h('button', { type: 'button', className: 'approve primary', disabled: own, title: why || null, onclick: act('approve') }, 'Approve'),
    h('button', { type: 'button', className: 'reject', onclick: act('reject') }, 'Reject'),
    own ? h('span', { className: 'muted approve-reason' }, why) : null,
  );
}

// Pieces several views share: severity badges, status and isolation badges, exec coverage, error boxes.
import { badge, h } from '../dom.js';
import { ApiError } from '../api.js';
import { SEVERITIES } from '../state.js';

export function severityCounts(counts: Record<string, number> | undefined): HTMLElement {
  const parts = SEVERITIES.filter((s) => (counts?.[s] ?? 0) > 0).map((s) => badge(`${counts![s]} ${s}`, `sev-${s}`));
  return h('span', { className: 'sevcounts' }, parts.length ? parts : h('span', { className: 'muted' }, 'none'));
}

export function statusBadge(status: string): HTMLElement {
  return badge(status, `st-${status}`);
}

export function isolationBadge(iso: { isolated: boolean; pending: boolean } | undefined): HTMLElement | null {
  if (!iso) return null;
  if (iso.pending) return badge(iso.isolated ? 'isolated, change pending' : 'isolation pending', 'iso-pending');
  return iso.isolated ? badge('isolated', 'iso-on') : null;
}

/** "not storing" for a connected agent whose events are not stored; "sequence conflict" once forged sequences were seen. */
export function deliveryBadges(a: {
  delivery?: { stalled: boolean; agentSeq: number; heldSeq: number } | null;
  sequenceConflict?: { atMs: number; heldSeq: number; agentLastSeq: number } | null;
}): HTMLElement[] {
  const out: HTMLElement[] = [];
  if (a.delivery?.stalled) {
    const b = badge('not storing', 'bad delivery-stalled');
    b.title = `the agent wrote up to sequence ${a.delivery.agentSeq}; the collector stores up to ${a.delivery.heldSeq}`;
    out.push(b);
  }
  if (a.sequenceConflict) {
    const c = a.sequenceConflict;
    const b = badge('sequence conflict', 'bad seq-conflict');
    b.title = `${new Date(c.atMs).toISOString()}: the collector held sequence ${c.heldSeq}, the agent had written only up to ${c.agentLastSeq} (events forged with its key?)`;
    out.push(b);
  }
  return out;
}

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof ApiError ? `${err.message} (${err.code})` : String(err);
  return h('p', { className: 'error' }, msg);
}

export function section(title: string, ...children: Array<Node | string | null>): HTMLElement {
  return h('section', { className: 'panel' }, h('h2', null, title), ...children);
}

/** The API's view of a host's exec coverage over the summary window (collector/src/coverage/types.ts). */
export interface CoverageView {
  percent: string | null;
  degraded: boolean;
  source: string;
  reason: string;
  text: string;
}

/** The fleet table's cell: the percentage (the full line as its title), flagged when degraded. */
export function coverageCell(c: CoverageView | null | undefined): HTMLElement {
  if (!c) return h('span', { className: 'muted', title: 'this agent sends no exec coverage records' }, 'not reported');
  if (c.percent === null) return h('span', { className: 'warn', title: c.text }, 'no report');
  return h(
    'span',
    { className: c.degraded ? 'coverage error' : 'coverage', title: `${c.text} (source ${c.source || 'unknown'})` },
    `${c.percent} %`,
    c.source ? h('span', { className: 'muted' }, ` ${c.source}`) : null,
  );
}

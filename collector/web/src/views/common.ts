// Pieces several views share: severity badges, status and isolation badges, error boxes.
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

export function errorBox(err: unknown): HTMLElement {
  const msg = err instanceof ApiError ? `${err.message} (${err.code})` : String(err);
  return h('p', { className: 'error' }, msg);
}

export function section(title: string, ...children: Array<Node | string | null>): HTMLElement {
  return h('section', { className: 'panel' }, h('h2', null, title), ...children);
}

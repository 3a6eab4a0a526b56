// The process tree drawn as a tree: parents above their children, joined by connector lines (CSS),
// built from pid/ppid of the host's running processes. Processes whose parent is unknown are roots.
import { h } from './dom.js';

export interface Proc {
  pid: number;
  ppid: number;
  startTimeTicks: string;
  startTimeMs: number;
  exe: string;
  argv: string[];
  user: string;
  uid: number;
}

export function processTree(procs: Proc[], actions: (p: Proc) => Node | null, filter = ''): HTMLElement {
  const byPid = new Map(procs.map((p) => [p.pid, p]));
  const children = new Map<number, Proc[]>();
  const roots: Proc[] = [];
  for (const p of procs) {
    if (p.ppid !== p.pid && byPid.has(p.ppid)) {
      const list = children.get(p.ppid) ?? [];
      list.push(p);
      children.set(p.ppid, list);
    } else roots.push(p);
  }
  const f = filter.toLowerCase();
  const matches = (p: Proc) => !f || `${p.pid} ${p.exe} ${p.argv.join(' ')} ${p.user}`.toLowerCase().includes(f);
  // keep a node when it or a descendant matches
  const keep = new Map<number, boolean>();
  const visit = (p: Proc, depth: number): boolean => {
    if (depth > 200) return false;
    let k = matches(p);
    for (const c of children.get(p.pid) ?? []) k = visit(c, depth + 1) || k;
    keep.set(p.pid, k);
    return k;
  };
  for (const r of roots) visit(r, 0);
  const node = (p: Proc, depth: number): HTMLElement | null => {
    if (!keep.get(p.pid) || depth > 200) return null;
    const kids = (children.get(p.pid) ?? []).map((c) => node(c, depth + 1)).filter((x): x is HTMLElement => x !== null);
    const cmd = p.argv.length ? p.argv.join(' ') : p.exe;
    return h(
      'li',
      { 'data-pid': p.pid },
      h(
        'div',
        { className: `proc${matches(p) && f ? ' hit' : ''}` },
        h('span', { className: 'pid' }, String(p.pid)),
        h('span', { className: 'user' }, p.user || String(p.uid)),
        h('span', { className: 'cmd', title: p.exe }, cmd),
        actions(p),
      ),
      kids.length ? h('ul', null, kids) : null,
    );
  };
  const top = roots
    .sort((a, b) => a.pid - b.pid)
    .map((r) => node(r, 0))
    .filter((x): x is HTMLElement => x !== null);
  return h('ul', { className: 'tree', id: 'process-tree' }, top.length ? top : h('li', { className: 'muted' }, 'No processes reported yet.'));
}

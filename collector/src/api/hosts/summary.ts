// One line of plain text per event for timelines and search results (the page shows it as text, never HTML).
import { vigil } from '@vigil/proto';

const cut = (s: string, n = 300) => (s.length > n ? s.slice(0, n) + '…' : s);

export function summarize(e: vigil.v1.IEvent): string {
  if (e.processStart) {
    const p = e.processStart;
    return cut(`${p.user || p.uid} ran ${(p.argv?.length ? p.argv.join(' ') : p.exe) ?? ''} (pid ${p.pid}, parent ${p.parentExe || p.ppid})`);
  }
  if (e.processExit) return `pid ${e.processExit.pid} exited: ${e.processExit.exe ?? ''}`;
  if (e.networkConnection) {
    const c = e.networkConnection;
    return `${c.closed ? 'closed' : 'connection'} ${c.localAddress}:${c.localPort} ${c.direction === vigil.v1.Direction.INBOUND ? '<-' : '->'} ${c.remoteAddress}:${c.remotePort} ${c.state ?? ''} ${c.exe ?? ''}`.trim();
  }
  if (e.networkListener) {
    const l = e.networkListener;
    return `${l.closed ? 'stopped listening' : 'listening'} ${l.localAddress}:${l.localPort} ${l.exe ?? ''}`.trim();
  }
  if (e.log) return cut(`${e.log.program || e.log.source}: ${e.log.raw ?? ''}`);
  if (e.fileChange) {
    const names = ['?', 'created', 'modified', 'deleted', 'renamed', 'attributes changed'];
    return `${names[Number(e.fileChange.action ?? 0)] ?? 'changed'} ${e.fileChange.path}`;
  }
  if (e.inventory) return `inventory: ${e.inventory.hostname} ${e.inventory.osName ?? ''} ${e.inventory.osVersion ?? ''}`;
  if (e.health) return `health: cpu ${(e.health.cpuPercent ?? 0).toFixed(1)}%, spool ${String(e.health.spoolEvents ?? 0)} events`;
  if (e.gap) return `gap: ${String(e.gap.dropped ?? 0)} events dropped (${e.gap.reason ?? ''})`;
  if (e.tamper) return `tamper: ${e.tamper.what} ${e.tamper.detail ?? ''}${e.tamper.repaired ? ' (repaired)' : ''}`;
  return 'event';
}

// One line of plain text per event for timelines and search results (the page shows it as text, never HTML).
import { u64ToBigInt, vigil, type U64 } from '@vigil/proto';

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
  if (e.fileAccess) {
    const f = e.fileAccess;
    const who = f.loginUser && f.loginUser !== f.user ? `${f.user || f.uid} (login ${f.loginUser})` : `${f.user || f.uid}`;
    return cut(`${f.access || 'access'} ${f.path ?? ''} by ${f.exe || f.comm || '?'} (pid ${f.pid}, ${who})${f.success === false ? ' failed' : ''}`);
  }
  if (e.coverage) {
    const c = e.coverage;
    // untrusted 64-bit counts: as exact decimal text, never a number that could throw or round
    const n = (v: U64) => u64ToBigInt(v).toString();
    const lost = u64ToBigInt(c.recordsLost);
    return cut(
      `coverage: ${n(c.execsWithArgs)} execs with arguments, ${n(c.execsPidOnly)} pid only, ${n(c.kernelExecs)} counted by the kernel${lost > 0n ? `, ${lost} records lost` : ''} (${c.processSource || 'unknown source'})`,
    );
  }
  if (e.tamper) return `tamper: ${e.tamper.what} ${e.tamper.detail ?? ''}${e.tamper.repaired ? ' (repaired)' : ''}`;
  return 'event';
}

import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vigil } from '@vigil/proto';
import { NetworkSensor } from './network-sensor.js';
import { decodeAddress, rawColumns } from './proc-net.js';
import { memoryContext } from '../common/test-context.js';

// fileURLToPath, not .pathname: a checkout under a path with a space would read %20.
const fixtures = fileURLToPath(new URL('./fixtures/', import.meta.url));
let dir: string;
let proc: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), `vigil-net-${process.pid}-`));
  cpSync(fixtures, dir, { recursive: true, verbatimSymlinks: true });
  proc = join(dir, 'proc');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('address decoding', () => {
  it('decodes v4, v6 and v4-mapped addresses in host byte order', () => {
    expect(decodeAddress('0100007F')).toBe('127.0.0.1');
    expect(decodeAddress('B80D0120000000000000000001000000')).toBe('2001:db8::1');
    expect(decodeAddress('00000000000000000000000000000000')).toBe('::');
    expect(decodeAddress('0000000000000000FFFF00000100007F')).toBe('::ffff:127.0.0.1');
  });
  it('cuts the raw tuple and state columns out of a row without parsing it', () => {
    expect(rawColumns('   1: 0100007F:C350 0100007F:1F90 01 00000000:00000000 00:00000000 00000000  1000 0 1002', 4)).toEqual({
      tuple: '0100007F:C350 0100007F:1F90',
      state: '01',
    });
    expect(rawColumns(' 12345: B80D0120000000000000000001000000:D431 B80D0120000000000000000002000000:01BB 02 0', 6)).toEqual({
      tuple: 'B80D0120000000000000000001000000:D431 B80D0120000000000000000002000000:01BB',
      state: '02',
    });
    expect(rawColumns('garbage', 4)).toBeUndefined();
  });
});

describe('network sensor on a fixture /proc', () => {
  it('reports listeners and connections with owner, direction and state', async () => {
    const ctx = memoryContext();
    const s = new NetworkSensor({ procRoot: proc, pollMs: 60_000 });
    await s.start(ctx);
    await s.stop();
    const listeners = ctx.sink.events.filter((e) => e.networkListener).map((e) => e.networkListener!);
    expect(listeners.map((l) => [l.transport, l.localAddress, l.localPort, l.pid, l.exe, l.closed]).sort()).toEqual(
      [
        [vigil.v1.Transport.TCP, '0.0.0.0', 8080, 700, '../../bin/server', false],
        [vigil.v1.Transport.TCP, '::1', 22, 700, '../../bin/server', false],
        [vigil.v1.Transport.UDP, '127.0.0.53', 53, 0, '', false],
      ].sort(),
    );
    const conns = ctx.sink.events.filter((e) => e.networkConnection).map((e) => e.networkConnection!);
    const byLocal = new Map(conns.map((c) => [`${c.localAddress}:${c.localPort}`, c]));
    expect(byLocal.get('127.0.0.1:50000')).toMatchObject({
      remotePort: 8080,
      direction: vigil.v1.Direction.OUTBOUND,
      pid: 701,
      exe: '../../bin/client',
      state: 'ESTABLISHED',
      uid: 1000,
    });
    expect(byLocal.get('127.0.0.1:8080')).toMatchObject({ remotePort: 50000, direction: vigil.v1.Direction.INBOUND, pid: 700 });
    // Seen only in TIME_WAIT: still reported (it happened), owner unknown.
    expect(byLocal.get('127.0.0.1:50001')).toMatchObject({ state: 'TIME_WAIT', pid: 0 });
    expect(byLocal.get('2001:db8::1:54321')).toMatchObject({ remoteAddress: '2001:db8::2', remotePort: 443, state: 'SYN_SENT', ipVersion: 6, pid: 701 });
    expect(conns).toHaveLength(4);
  });

  it('reports a long-lived connection once, and its end and a listener close once', async () => {
    const ctx = memoryContext();
    const s = new NetworkSensor({ procRoot: proc, pollMs: 60_000 });
    await s.start(ctx);
    await s.pollNow();
    await s.pollNow();
    expect(ctx.sink.events.filter((e) => e.networkConnection)).toHaveLength(4);
    const tcp = readFileSync(join(proc, 'net/tcp'), 'utf8').split('\n');
    // Drop the 8080 listener and the client side of the connection.
    writeFileSync(join(proc, 'net/tcp'), [tcp[0], tcp[3], tcp[4]].join('\n'));
    ctx.sink.events.length = 0;
    await s.pollNow();
    await s.pollNow();
    await s.stop();
    expect(
      ctx.sink.events.map((e) =>
        e.networkListener ? ['L', e.networkListener.localPort, e.networkListener.closed] : ['C', e.networkConnection!.localPort, e.networkConnection!.closed],
      ),
    ).toEqual([
      ['C', 50000, true],
      ['L', 8080, true],
    ]);
  });

  it('reports a missing table once as a problem', async () => {
    rmSync(join(proc, 'net/udp6'));
    const ctx = memoryContext();
    const s = new NetworkSensor({ procRoot: proc, pollMs: 60_000 });
    await s.start(ctx);
    await s.pollNow();
    await s.stop();
    expect(ctx.problems.some((p) => p.source.endsWith('net/udp6'))).toBe(true);
  });
});

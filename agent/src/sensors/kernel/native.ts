// Finds and loads the agent's netlink addon (agent/native/vigil_netlink.c). A built checkout loads it from
// agent/native/build; the single-file bundle carries the binaries for x64 and arm64 inside itself (so the
// bundle's signature covers them) and writes the right one, content-addressed, into the agent's state dir
// before loading it. Any failure is an answer, never a throw: the sensors then fall back to polling.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync, chmodSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The native class, as vigil_netlink.c defines it. */
export interface NativeNetlinkSocket {
  send(datagram: Buffer): number;
  port(): number;
  join(group: number): void;
  rcvbuf(): number;
  close(): void;
  unref(): void;
}
export interface NativeNetlink {
  NetlinkSocket: new (
    protocol: number,
    groups: number,
    rcvbuf: number,
    onData: (chunk: Buffer, count: number, overflows: number) => void,
  ) => NativeNetlinkSocket;
}

export type NativeLoad = { ok: true; addon: NativeNetlink; path: string } | { ok: false; reason: string };

/** Set by agent/scripts/bundle.mjs: arch -> base64 of vigil_netlink.node. Undefined outside the bundle. */
declare const __VIGIL_NATIVE__: Record<string, string> | undefined;

const loaded = new Map<string, NativeLoad>();

function embedded(): Record<string, string> | undefined {
  return typeof __VIGIL_NATIVE__ === 'undefined' ? undefined : __VIGIL_NATIVE__;
}

/** Loads the addon for this machine; `cacheDir` receives the embedded binary when running as the bundle. */
export function loadNetlinkAddon(cacheDir: string, arch: string = process.arch): NativeLoad {
  const key = `${arch}\u0000${cacheDir}`;
  const done = loaded.get(key);
  if (done) return done;
  const result = tryLoad(cacheDir, arch);
  loaded.set(key, result);
  return result;
}

function tryLoad(cacheDir: string, arch: string): NativeLoad {
  if (process.platform !== 'linux') return { ok: false, reason: `netlink needs Linux, this is ${process.platform}` };
  let path: string;
  const table = embedded();
  try {
    if (table) {
      const b64 = table[arch];
      if (!b64) return { ok: false, reason: `the bundle carries no netlink addon for ${arch} (has ${Object.keys(table).join(', ') || 'none'})` };
      const bytes = Buffer.from(b64, 'base64');
      const digest = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
      mkdirSync(cacheDir, { recursive: true, mode: 0o700 });
      path = join(cacheDir, `vigil_netlink-${arch}-${digest}.node`);
      if (!existsSync(path) || !readFileSync(path).equals(bytes)) {
        const tmp = `${path}.${process.pid}.tmp`;
        writeFileSync(tmp, bytes, { mode: 0o500 });
        chmodSync(tmp, 0o500);
        renameSync(tmp, path);
      }
    } else {
      path = fileURLToPath(new URL(`../../../native/build/linux-${arch}/vigil_netlink.node`, import.meta.url));
      if (!existsSync(path)) return { ok: false, reason: `netlink addon not built (${path}; npm run build builds it)` };
    }
    const require = createRequire(import.meta.url);
    const addon = require(path) as NativeNetlink;
    if (typeof addon.NetlinkSocket !== 'function') return { ok: false, reason: `${path} is not the netlink addon` };
    return { ok: true, addon, path };
  } catch (err) {
    return { ok: false, reason: `netlink addon failed to load: ${(err as Error).message}` };
  }
}

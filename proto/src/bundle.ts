// The agent bundle's contract, read by both sides: the version grammar and the banner line in which a bundle
// names its version. Defined once so the collector publishes exactly the versions agents accept and verify.
import { closeSync, openSync, readSync } from 'node:fs';

/** Versions a bundle, an upgrade offer and a bundle folder may carry. */
export const BUNDLE_VERSION_RE = /^[0-9A-Za-z.+-]{1,64}$/;

const BANNER_RE = /^\/\/ vigil-agent ([0-9A-Za-z.+-]{1,64}):/m;
const BANNER_BYTES = 512;

/** The version a bundle names in its banner line ("// vigil-agent 1.2.3: ..."), read from its first bytes. */
export function bundleVersionOf(file: string): string | undefined {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(BANNER_BYTES);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return BANNER_RE.exec(buf.subarray(0, n).toString('utf8'))?.[1];
  } finally {
    closeSync(fd);
  }
}

// Streams bytes to the collector as FileChunk messages: strictly increasing offsets, the last chunk
// carrying the total size and SHA-256. A chunk that cannot be sent (the link went down) fails the
// transfer; the collector drops the partial copy and the responder orders the collection again.
import { closeSync, fstatSync, openSync, readSync, constants } from 'node:fs';
import { createHash } from 'node:crypto';
import type { IAgentMessage } from '@vigil/proto';
import { AgentError } from '../errors.js';

export type SendToCollector = (msg: IAgentMessage) => boolean;

export interface SentFile {
  size: number;
  sha256: string;
  chunks: number;
}

/** Lets the socket drain between chunks so a large file never fills memory at once. */
const yieldToIo = () => new Promise<void>((r) => setImmediate(r));

function sendOrFail(send: SendToCollector, msg: IAgentMessage): void {
  if (!send(msg)) throw new AgentError('VIGIL_ERR_FORENSICS_LINK', 'the link to the collector went down during the transfer');
}

/** Sends a buffer (a triage snapshot) in chunks. */
export async function sendBuffer(commandId: string, data: Buffer, chunkBytes: number, send: SendToCollector): Promise<SentFile> {
  const sha256 = createHash('sha256').update(data).digest('hex');
  let chunks = 0;
  for (let off = 0; off < data.length || chunks === 0; off += chunkBytes) {
    const last = off + chunkBytes >= data.length;
    sendOrFail(send, {
      fileChunk: { commandId, offset: off, data: data.subarray(off, off + chunkBytes), last, ...(last ? { sha256, size: data.length } : {}) },
    });
    chunks++;
    if (last) break;
    await yieldToIo();
  }
  return { size: data.length, sha256, chunks };
}

/**
 * Sends an open-by-path file. It is opened without following a final symlink, and the open file must still
 * be the inode that was checked (no swap between check and read); reading stops with an error past maxBytes.
 */
export async function sendFile(
  commandId: string,
  path: string,
  expect: { dev: number; ino: number },
  maxBytes: number,
  chunkBytes: number,
  send: SendToCollector,
  /** Checks the open file once more (the collection policy's content check) before any byte is sent; throws to refuse. */
  inspect?: (fd: number) => void,
): Promise<SentFile> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.dev !== expect.dev || st.ino !== expect.ino)
      throw new AgentError('VIGIL_ERR_FORENSICS_REFUSED', `${path} changed between the check and the read; not collected`);
    inspect?.(fd);
    const hash = createHash('sha256');
    const buf = Buffer.allocUnsafe(chunkBytes);
    let offset = 0;
    let chunks = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, chunkBytes, offset);
      if (offset + n > maxBytes) throw new AgentError('VIGIL_ERR_FORENSICS_TOO_LARGE', `${path} grew past the cap of ${maxBytes} bytes while being read`);
      const data = Buffer.from(buf.subarray(0, n));
      hash.update(data);
      const last = n === 0 || n < chunkBytes;
      const size = offset + n;
      const sha256 = last ? hash.digest('hex') : '';
      sendOrFail(send, { fileChunk: { commandId, offset, data, last, ...(last ? { sha256, size } : {}) } });
      offset = size;
      chunks++;
      if (last) return { size, sha256, chunks };
      await yieldToIo();
    }
  } finally {
    closeSync(fd);
  }
}

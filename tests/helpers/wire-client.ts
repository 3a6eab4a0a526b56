// A hand-driven vigil.v1 client for the adversarial link suites: it speaks the real protocol (or breaks
// it on purpose) byte by byte, so tests can replay, impersonate and send garbage to a real collector.
import { randomUUID } from 'node:crypto';
import { WebSocket } from 'ws';
import { vigil, decodeCollectorMessage, encodeAgentMessage, enrollSigningBytes, helloSigningBytes, type IAgentMessage } from '@vigil/proto';
import { generateEd25519, signEd25519 } from '@vigil/crypto';

export interface Closed {
  code: number;
  reason: string;
}

export class WireClient {
  readonly messages: vigil.v1.CollectorMessage[] = [];
  readonly closed: Promise<Closed>;
  nonce: Uint8Array = new Uint8Array();
  private waiters: Array<() => void> = [];

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    ws.on('message', (data: Buffer) => {
      this.messages.push(decodeCollectorMessage(data, 64 << 20));
      for (const w of this.waiters.splice(0)) w();
    });
    ws.on('error', () => undefined);
  }

  /** Connects and waits for the collector's challenge. */
  static async connect(url: string, options: { rejectUnauthorized?: boolean; localAddress?: string } = {}): Promise<WireClient> {
    const ws = new WebSocket(url, { perMessageDeflate: false, ...options });
    const client = new WireClient(ws);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    const challenge = await client.next('challenge');
    client.nonce = challenge.challenge!.nonce!;
    return client;
  }

  async next(body: string, timeoutMs = 5000): Promise<vigil.v1.CollectorMessage> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.body === body);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no ${body} within ${timeoutMs} ms (got ${this.messages.map((m) => m.body).join(',')})`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  send(msg: IAgentMessage): void {
    this.ws.send(encodeAgentMessage(msg));
  }

  sendRaw(data: Uint8Array | string): void {
    this.ws.send(data);
  }

  helloMessage(agentId: string, privateKeyPem: string, nonce: Uint8Array = this.nonce, bootTimeMs = 0): IAgentMessage {
    return { hello: { agentId, signature: signEd25519(privateKeyPem, helloSigningBytes(nonce, agentId)), agentVersion: 'test', bootTimeMs } };
  }

  /** Enrolls a fresh key pair with `token`; resolves with the new identity or the refusal code. */
  async enroll(
    token: string,
    inventory: vigil.v1.IHostInventory = { hostname: 'wire-client', machineId: `wire-${randomUUID()}` },
  ): Promise<{ agentId: string; privateKeyPem: string } | { refused: string }> {
    const keys = generateEd25519();
    this.send({
      enroll: {
        token,
        publicKey: keys.publicKey,
        signature: signEd25519(keys.privateKeyPem, enrollSigningBytes(this.nonce, keys.publicKey)),
        inventory,
        agentVersion: 'test',
      },
    });
    const answer = await Promise.race([this.next('welcome'), this.next('refusal')]);
    if (answer.refusal) return { refused: answer.refusal.code ?? '' };
    return { agentId: answer.welcome!.agentId ?? '', privateKeyPem: keys.privateKeyPem };
  }

  close(): void {
    this.ws.close();
  }
}

/** Events for `agentId` with sequences from..to, each raw line carrying `marker`. */
export function eventsFor(agentId: string, from: number, to: number, marker: string): vigil.v1.IEvent[] {
  const out: vigil.v1.IEvent[] = [];
  for (let seq = from; seq <= to; seq++) {
    out.push({ id: randomUUID(), agentId, seq, timeNs: Date.now() * 1_000_000, log: { source: 'wire', raw: `${marker} seq=${seq}` } });
  }
  return out;
}

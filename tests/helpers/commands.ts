// Builds SignedCommands the way the collector does (Ed25519 over the encoded Command bytes), and drives
// tests/helpers/response-driver.mjs (the agent's real command layer) inside a lab namespace.
import { randomBytes, randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { signEd25519 } from '@vigil/crypto';
import { vigil } from '@vigil/proto';

export const DRIVER = fileURLToPath(new URL('./response-driver.mjs', import.meta.url));
export const PROBE = fileURLToPath(new URL('./net-probe.mjs', import.meta.url));

export interface CommandFields extends Partial<vigil.v1.ICommand> {
  agentId: string;
}

/** Encodes, signs and returns a SignedCommand; defaults: fresh id and nonce, valid for 10 minutes. */
export function signCommand(privateKeyPem: string, fields: CommandFields): { signed: vigil.v1.ISignedCommand; commandId: string } {
  const now = Date.now();
  const cmd: vigil.v1.ICommand = { commandId: randomUUID(), issuedAtMs: now, expiresAtMs: now + 600_000, nonce: randomBytes(16), operator: 'test', ...fields };
  const payload = vigil.v1.Command.encode(cmd).finish();
  return { signed: { payload, signature: signEd25519(privateKeyPem, payload) }, commandId: cmd.commandId as string };
}

export function encodeSigned(signed: vigil.v1.ISignedCommand): string {
  return Buffer.from(vigil.v1.SignedCommand.encode(signed).finish()).toString('base64');
}

export interface DriverResult {
  commandId: string;
  status: string;
  errorCode: string;
  message: string;
  dryRun: boolean;
  duplicate: boolean;
  outputJson: string;
}

/** One response-driver process in a lab host; send() returns the next result line. */
export class Driver {
  readonly lines: Array<Record<string, unknown>> = [];
  private waiters: Array<() => void> = [];
  readonly child: ChildProcess;
  stderr = '';

  /** `launch` is the argv prefix that places the driver, e.g. ['ip', 'netns', 'exec', ns] or an unshare. */
  constructor(launch: readonly string[], config: Record<string, unknown>) {
    const argv = [...launch, process.execPath, DRIVER, JSON.stringify(config)];
    this.child = spawn(argv[0] as string, argv.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stderr?.on('data', (b: Buffer) => (this.stderr += b.toString()));
    createInterface({ input: this.child.stdout! }).on('line', (l) => {
      this.lines.push(JSON.parse(l) as Record<string, unknown>);
      for (const w of this.waiters.splice(0)) w();
    });
  }

  /** Waits until a line satisfies pred (checked against every line seen so far). */
  async waitFor(pred: (l: Record<string, unknown>) => boolean, timeoutMs = 60_000): Promise<Record<string, unknown>> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.lines.find(pred);
      if (hit) return hit;
      if (Date.now() > end || this.child.exitCode !== null)
        throw new Error(`driver: no matching line; stderr: ${this.stderr}; lines: ${JSON.stringify(this.lines)}`);
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 200);
      });
    }
  }

  ready(): Promise<Record<string, unknown>> {
    return this.waitFor((l) => l.ready === true);
  }

  async boot(): Promise<Record<string, unknown>> {
    this.child.stdin!.write('{"op":"boot"}\n');
    return (await this.waitFor((l) => 'boot' in l)).boot as Record<string, unknown>;
  }

  async send(signed: vigil.v1.ISignedCommand, commandId?: string): Promise<DriverResult> {
    const seen = this.lines.length;
    this.child.stdin!.write(JSON.stringify({ op: 'command', signed: encodeSigned(signed) }) + '\n');
    const line = await this.waitFor(
      (l) =>
        this.lines.indexOf(l) >= seen &&
        'result' in l &&
        (!commandId || (l.result as DriverResult).commandId === commandId || (l.result as DriverResult).commandId === ''),
    );
    return line.result as DriverResult;
  }

  kill(): void {
    if (this.child.pid && this.child.exitCode === null) process.kill(this.child.pid, 'SIGKILL');
  }
}

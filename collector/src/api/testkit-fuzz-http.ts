// For the API input fuzz: sends one request exactly as generated (any bytes, any headers, any target, which
// fetch would normalise or refuse) over node:http with a deadline, and judges the answer against what every
// answer of the API must be: in time, never 5xx, and an error as JSON with a code of the catalogue.
import { request, Agent } from 'node:http';
import { COLLECTOR_ERRORS } from '../errors.js';

export interface RawRequest {
  method: string;
  /** Request target below the origin, sent as is (e.g. "/api/v1/events?a=%zz"). */
  target: string;
  headers: Record<string, string>;
  body?: Buffer;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
  setCookie: string[];
  ms: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

/** Resolves with the answer; rejects if none came within `deadlineMs` (a hang) or the connection broke. */
export function send(origin: string, r: RawRequest, deadlineMs: number): Promise<RawAnswer> {
  const started = performance.now();
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...r.headers };
    if (r.body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'transfer-encoding')) {
      headers['content-length'] = String(r.body.length);
    }
    const req = request({ agent, host: url.hostname, port: url.port, method: r.method, path: r.target, headers }, (res) => {
      const contentType = String(res.headers['content-type'] ?? '');
      const answer = (text: string) =>
        resolve({ status: res.statusCode ?? 0, contentType, text, setCookie: res.headers['set-cookie'] ?? [], ms: performance.now() - started });
      if (res.statusCode === 200 && contentType.startsWith('text/event-stream')) {
        // the live stream stays open: its headers are the answer
        res.destroy();
        answer('');
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => answer(Buffer.concat(chunks).toString('utf8')));
      res.on('error', reject);
    });
    req.setTimeout(deadlineMs, () => req.destroy(new Error(`no answer within ${deadlineMs} ms: ${r.method} ${r.target.slice(0, 200)}`)));
    req.on('error', reject);
    req.end(r.body);
  });
}

/** Closes the kept-alive sockets (after the run). */
export function closeSockets(): void {
  agent.destroy();
}

const CODE_RE = /^VIGIL_ERR_[A-Z0-9_]+$/;

/** What is wrong with an answer, or undefined: never 5xx; an error is JSON `{ error: { code, message } }` with a catalogue code. */
export function faultOf(a: RawAnswer): string | undefined {
  if (a.status >= 500) return `status ${a.status}: ${a.text.slice(0, 300)}`;
  if (a.status < 100) return `no status`;
  if (a.status < 400) return undefined;
  if (!a.contentType.startsWith('application/json')) return `error ${a.status} is ${a.contentType || 'untyped'}, not JSON: ${a.text.slice(0, 200)}`;
  let body: unknown;
  try {
    body = JSON.parse(a.text);
  } catch {
    return `error ${a.status} body is not JSON: ${a.text.slice(0, 200)}`;
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  const code = error?.code;
  if (typeof code !== 'string' || !CODE_RE.test(code)) return `error ${a.status} without a VIGIL_ERR_* code: ${a.text.slice(0, 200)}`;
  if (!(code in COLLECTOR_ERRORS)) return `error ${a.status} has code ${code}, which is not in the catalogue`;
  if (typeof error?.message !== 'string') return `error ${a.status} ${code} has no message`;
  return undefined;
}

// One HTTP(S) request from inside a lab's network namespace (run with nsenter -n), for suites whose
// collector listens on that namespace's loopback. Prints {status, setCookie, body} as JSON.
//   node lab-http.mjs '{"url":"https://127.0.0.1:8443/api/v1/session","method":"POST","body":{...},"cookie":"...","csrf":"..."}'
// The collector's certificate is self-signed by the test; this client trusts it for loopback only.
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';

const spec = JSON.parse(process.argv[2] ?? '{}');
const url = new URL(spec.url);
if (url.hostname !== '127.0.0.1') throw new Error('lab-http talks to the lab loopback only');
const body = spec.body === undefined ? undefined : Buffer.from(JSON.stringify(spec.body));
const headers = { accept: 'application/json' };
if (body) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(body.length) });
if (spec.cookie) headers.cookie = spec.cookie;
if (spec.csrf) headers['x-csrf-token'] = spec.csrf;
const send = url.protocol === 'https:' ? request : httpRequest;
const req = send(url, { method: spec.method ?? 'GET', headers, rejectUnauthorized: false }, (res) => {
  const chunks = [];
  res.on('data', (c) => chunks.push(c));
  res.on('end', () => {
    const text = Buffer.concat(chunks).toString('utf8');
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    process.stdout.write(JSON.stringify({ status: res.statusCode, setCookie: res.headers['set-cookie'] ?? [], body: parsed }));
  });
});
req.on('error', (err) => {
  process.stdout.write(JSON.stringify({ status: 0, error: err.message }));
});
req.end(body);

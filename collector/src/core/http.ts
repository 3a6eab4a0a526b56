// The collector's one HTTP(S) server: express behind it, TLS when configured, and the header, request and
// keep-alive timeouts as server options (the interval that enforces them is fixed at creation).
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { CollectorConfig } from '../config.js';
import { connectionsCheckingInterval } from './net-guard.js';

export function createHttp(config: Pick<CollectorConfig, 'http' | 'tls'>): { express: express.Express; server: HttpServer } {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', (_req, res) => {
    // Up or down only (issue 13 item 12: counts here were an oracle for an intruder). Details are in
    // /api/v1/health for operators and /metrics for scrapers.
    res.set('Cache-Control', 'no-store').json({ status: 'up' });
  });
  const h = config.http;
  const timeouts = {
    headersTimeout: h.headersTimeoutMs,
    requestTimeout: h.requestTimeoutMs,
    keepAliveTimeout: h.keepAliveTimeoutMs,
    connectionsCheckingInterval: connectionsCheckingInterval(h.headersTimeoutMs),
  };
  const tls = config.tls;
  const server = tls
    ? createHttpsServer({ cert: readFileSync(tls.certFile), key: readFileSync(tls.keyFile), ...timeouts }, app)
    : createHttpServer(timeouts, app);
  return { express: app, server };
}

/** http(s)://host:port of a listening server. */
export function baseUrlOf(server: HttpServer, tls: boolean): string {
  const addr = server.address() as AddressInfo;
  const host = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
  return `${tls ? 'https' : 'http'}://${host}:${addr.port}`;
}

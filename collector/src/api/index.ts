// Public surface of the HTTP API for the collector's app and for other modules that add resources.
export { createApi, API_BASE, type Api, type RouteSet } from './router.js';
export { route, sendJson, clientAddress, type AnyRoute, type RouteContext, type Access } from './route.js';
export { LiveHub, type LivePublisher, type LiveTopic, type LiveMessage } from './live.js';
export { apiOptionsSchema, defaultApiOptions, type ApiOptions } from './options.js';
export { encodeCursor, decodeCursor, pageOf, type Page } from './paging.js';
export type { ApiCoreDeps, AuditReader } from './deps.js';

// For tests that walk every route (the access matrix, the input fuzz): the routes express really serves under
// /api/v1, read from its router stack rather than from the route table, so a route mounted some other way
// cannot hide from them; and their specs from the table, matched one for one.
import type { Express } from 'express';
import type { AnyRoute } from './route.js';

export const routeKey = (r: Pick<AnyRoute, 'method' | 'path'>): string => `${r.method} ${r.path}`;

/** "method path" of every route express serves under /api/v1, sorted. */
export function servedRoutes(app: Express): string[] {
  type Layer = { route?: { path: string; methods: Record<string, boolean> }; handle: { stack?: Layer[] }; matchers?: Array<(p: string) => unknown> };
  const top = (app as unknown as { router: { stack: Layer[] } }).router.stack;
  const apiLayer = top.find((l) => l.handle.stack && l.matchers?.some((m) => m('/api/v1/openapi.json')));
  if (!apiLayer?.handle.stack) throw new Error('no /api/v1 router in the express stack');
  const out: string[] = [];
  for (const layer of apiLayer.handle.stack) {
    if (!layer.route) continue;
    for (const m of Object.keys(layer.route.methods)) out.push(`${m} ${layer.route.path}`);
  }
  return out.sort();
}

/** The table's spec of each served route; throws if express serves a route the table does not declare. */
export function servedSpecs(app: Express, table: readonly AnyRoute[]): AnyRoute[] {
  const byKey = new Map(table.map((r) => [routeKey(r), r]));
  return servedRoutes(app).map((key) => {
    const spec = byKey.get(key);
    if (!spec) throw new Error(`express serves ${key}, which the route table does not declare`);
    return spec;
  });
}

// Generates the OpenAPI 3.1 document from the route table's zod schemas (z.toJSONSchema), so the description
// cannot drift from the validation that actually runs.
import { z } from 'zod';
import { errorBodySchema } from './errors.js';
import type { AnyRoute, SchemaRoute } from './route.js';

type Json = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Json {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Json;
  delete out.$schema;
  return out;
}

/** "/agents/:agentId" -> "/agents/{agentId}" */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

function parametersOf(schema: z.ZodObject<z.ZodRawShape> | undefined, where: 'path' | 'query'): Json[] {
  if (!schema) return [];
  const js = jsonSchema(schema, 'input');
  const props = (js.properties ?? {}) as Record<string, Json>;
  const required = new Set((js.required as string[] | undefined) ?? []);
  return Object.entries(props).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    ...(typeof s.description === 'string' ? { description: s.description } : {}),
    schema: s,
  }));
}

export function buildOpenApi(routes: readonly AnyRoute[], info: { version: string; basePath: string }): Json {
  const paths: Record<string, Record<string, Json>> = {};
  const errorRef = { $ref: '#/components/schemas/Error' };
  for (const r of routes as readonly SchemaRoute[]) {
    const path = info.basePath + openApiPath(r.path);
    const op: Json = {
      operationId: `${r.method}${r.path.replace(/[/:{}-]+(\w)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      tags: [r.tag],
      summary: r.summary,
      'x-vigil-role': r.access,
      ...(r.audit ? { 'x-vigil-audit-action': r.audit } : {}),
      parameters: [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')],
      ...(r.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(r.body, 'input') } } } } : {}),
      responses: {
        [String(r.status ?? 200)]: r.stream
          ? {
              description: r.produces === 'text/event-stream' ? 'server-sent events' : 'a document',
              content: { [r.produces ?? 'text/plain']: { schema: { type: 'string' } } },
            }
          : { description: 'success', content: { 'application/json': { schema: r.response ? jsonSchema(r.response, 'output') : {} } } },
        '400': { description: 'invalid request', content: { 'application/json': { schema: errorRef } } },
        ...(r.access === 'public'
          ? {}
          : {
              '401': { description: 'not logged in', content: { 'application/json': { schema: errorRef } } },
              '403': { description: 'role, CSRF token or password change', content: { 'application/json': { schema: errorRef } } },
            }),
      },
      ...(r.access === 'public' ? { security: [] } : {}),
    };
    (paths[path] ??= {})[r.method] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Vigil collector API',
      version: info.version,
      description:
        'Every route needs a session cookie (with the X-CSRF-Token header on changes) or an API token (Authorization: Bearer vgt_...). ' +
        'x-vigil-role names the least role allowed. Errors are {"error":{"code","message"}} with stable VIGIL_ERR_* codes. ' +
        'Lists return {"items","nextCursor"}; pass nextCursor back as ?cursor= for the next page.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'vigil_session' },
        token: { type: 'http', scheme: 'bearer' },
      },
      schemas: { Error: jsonSchema(errorBodySchema, 'output') },
    },
    security: [{ session: [] }, { token: [] }],
    paths,
  };
}

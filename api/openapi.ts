/**
 * The OpenAPI 3.1 document of the API, generated from the route list and the
 * zod schemas (`z.toJSONSchema`), so it always describes what the server checks.
 */
import { z } from 'zod';
import { ROUTES, NAMED_SCHEMAS, type RouteSpec } from './routes.js';

const COMPONENT_PREFIX = '#/components/schemas/';
const API_VERSION = '1.0.0';

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  400: 'Malformed request (not JSON, wrong content type)',
  401: 'Missing or wrong bearer token',
  404: 'No such feed or story',
  409: 'Clashes with an existing feed',
  503: 'Not available on this server (no article log or crawler attached)',
  422: 'Refused: invalid input or URL (the code says why: SSRF_BLOCKED_ADDRESS, FEED_NOT_XML, CONFIG_INVALID, ...)',
};

function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of NAMED_SCHEMAS) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `${COMPONENT_PREFIX}${id}`, unrepresentable: 'any' });
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

function refFor(schema: z.ZodType): { $ref: string } {
  const named = NAMED_SCHEMAS.find(([, s]) => s === schema);
  if (!named) throw new Error('every API schema must be named in NAMED_SCHEMAS');
  return { $ref: `${COMPONENT_PREFIX}${named[0]}` };
}

function operation(route: RouteSpec): Record<string, unknown> {
  const json = (schema: z.ZodType): Record<string, unknown> => ({ content: { 'application/json': { schema: refFor(schema) } } });
  const responses: Record<string, unknown> = {};
  for (const [status, schema] of Object.entries(route.responses)) responses[status] = { description: STATUS_TEXT[Number(status)] ?? status, ...json(schema!) };
  for (const status of route.errors)
    responses[String(status)] = { description: STATUS_TEXT[status] ?? String(status), ...json(NAMED_SCHEMAS.find(([id]) => id === 'Error')![1]) };
  const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  return {
    summary: route.summary,
    ...(params.length > 0 ? { parameters: params } : {}),
    ...(route.body ? { requestBody: { required: true, ...json(route.body) } } : {}),
    ...(route.auth ? {} : { security: [] }),
    responses,
  };
}

export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of ROUTES) {
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  paths['/openapi.json'] = { get: { summary: 'this document', security: [], responses: { 200: { description: 'OK' } } } };
  paths['/metrics'] = {
    get: { summary: 'Prometheus metrics (text exposition format)', responses: { 200: { description: 'OK' }, 401: { description: STATUS_TEXT[401] } } },
  };
  paths['/'] = {
    get: {
      summary: 'the dashboard page (HTML; it calls the JSON routes with the token typed into it)',
      security: [],
      responses: { 200: { description: 'OK' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'wirewatch operator API',
      version: API_VERSION,
      description: 'Feed management: add (checked against the URL policy), list, pause, resume, remove, test.',
    },
    components: { schemas: components(), securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

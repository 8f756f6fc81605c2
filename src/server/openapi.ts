// The OpenAPI 3.1 document, built from the routes' own zod schemas (z.toJSONSchema), so it lists
// exactly the routes the app serves with the inputs it validates. `x-orient-access` names the
// least role each operation needs.
import { z } from 'zod';
import { errorSchema, HTTP_STATUS } from './errors.js';
import { openApiPath, type Route } from './route.js';

type Json = Record<string, unknown>;

export function openApiDocument(routes: readonly Route[], version: string): Json {
  const components: Record<string, unknown> = {};
  const schema = (zod: z.ZodType, io: 'input' | 'output'): Json => {
    const converted = z.toJSONSchema(zod, { io, unrepresentable: 'any' }) as Json;
    const { $defs, ...rest } = converted;
    delete rest['$schema'];
    Object.assign(components, relink($defs ?? {}));
    return relink(rest) as Json;
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] ??= {};
    paths[path][route.method] = operation(route, schema);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Orient API',
      version,
      description:
        'Where each role’s time goes. JSON over HTTP; every error is { "error": { "code", "message" } }. ' +
        'Sign in with POST /api/session (cookie + X-CSRF-Token on state-changing requests) or send ' +
        '`Authorization: Bearer orient_…` (an API token).',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'orient_session' },
        token: { type: 'http', scheme: 'bearer', description: 'an API token, orient_…' },
      },
    },
  };
}

function operation(route: Route, schema: (zod: z.ZodType, io: 'input' | 'output') => Json): Json {
  const parameters = [
    ...parametersOf(route.params, 'path', schema),
    ...parametersOf(route.query, 'query', schema),
  ];
  const responses: Record<string, unknown> = {};
  for (const [status, spec] of Object.entries(route.responses)) {
    responses[status] =
      spec.schema === undefined || Number(status) >= 400
        ? { description: spec.description }
        : {
            description: spec.description,
            content: {
              [spec.contentType ?? 'application/json']: { schema: schema(spec.schema, 'output') },
            },
          };
  }
  const error = { $ref: '#/components/schemas/Error' };
  schema(errorSchema, 'output');
  for (const status of errorStatuses(route)) {
    const existing = responses[status] as { description?: string } | undefined;
    responses[status] = {
      description: existing?.description ?? errorDescription(status),
      content: { 'application/json': { schema: error } },
    };
  }
  return {
    operationId: operationId(route),
    summary: route.summary,
    ...(route.description ? { description: route.description } : {}),
    tags: [route.tag],
    'x-orient-access': route.access,
    ...(route.sessionOnly ? { 'x-orient-session-only': true } : {}),
    security: route.access === 'public' ? [] : [{ session: [] }, { token: [] }],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.body ? { requestBody: requestBody(route, schema) } : {}),
    responses,
  };
}

function requestBody(route: Route, schema: (zod: z.ZodType, io: 'input' | 'output') => Json): Json {
  const body = route.body!;
  if (body.kind === 'json') {
    return {
      required: true,
      content: { 'application/json': { schema: schema(body.document ?? body.schema, 'input') } },
    };
  }
  const content: Record<string, unknown> = {};
  for (const [type, zod] of Object.entries(body.contentTypes)) {
    content[type] = { schema: zod ? schema(zod, 'input') : { type: 'string', format: 'binary' } };
  }
  return { required: true, description: body.description, content };
}

function parametersOf(
  zod: z.ZodType | undefined,
  where: 'path' | 'query',
  schema: (zod: z.ZodType, io: 'input' | 'output') => Json,
): Json[] {
  if (!zod) return [];
  const object = schema(zod, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    ...(typeof property['description'] === 'string'
      ? { description: property['description'] }
      : {}),
    schema: property,
  }));
}

function errorStatuses(route: Route): number[] {
  const statuses = new Set<number>([HTTP_STATUS['bad-input'], HTTP_STATUS.internal]);
  if (route.access !== 'public') {
    statuses.add(HTTP_STATUS.unauthorized);
    statuses.add(HTTP_STATUS.forbidden);
  }
  for (const status of Object.keys(route.responses).map(Number)) {
    if (status >= 400) statuses.add(status);
  }
  return [...statuses].sort();
}

function errorDescription(status: number): string {
  const code = Object.entries(HTTP_STATUS).find(([, s]) => s === status)?.[0] ?? 'error';
  return `error (${code})`;
}

function operationId(route: Route): string {
  const words = route.path
    .replace(/^\/api\//, '')
    .split(/[/-]/)
    .filter((w) => w !== '')
    .map((w) => (w.startsWith(':') ? `by-${w.slice(1)}` : w))
    .flatMap((w) => w.split('-'));
  return [route.method, ...words]
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join('');
}

/** zod writes `#/$defs/X`; in the document they live in `#/components/schemas/X`. */
function relink(value: unknown): Json {
  return JSON.parse(
    JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as Json;
}

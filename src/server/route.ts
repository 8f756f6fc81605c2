// A route is data: method, path, who may call it, the zod schemas of its inputs and answers, and
// its handler. The app registers handlers from it and the OpenAPI document is built from it, so
// the document lists exactly what the app serves, and every input is validated before a handler
// sees it (STYLE.md "Validate at every door").
import type { Context } from 'hono';
import { z } from 'zod';
import { checkAccess, type Access } from './auth/guard.js';
import { readJsonBody } from './body.js';
import { HttpError, zodMessage } from './errors.js';
import type { AppEnv, AppServices, Auth } from './services.js';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface ResponseSpec {
  description: string;
  schema?: z.ZodType;
  /** Default application/json. */
  contentType?: string;
}

export type BodySpec<B> =
  /** Read (up to 1 MB), parsed and validated before the handler; `document` describes it when
   * `schema` cannot (a field validated by a function). */
  | { kind: 'json'; schema: z.ZodType<B>; document?: z.ZodType }
  /** The handler reads the request itself (uploads); schemas are for the document only. */
  | { kind: 'raw'; contentTypes: Readonly<Record<string, z.ZodType | null>>; description: string };

export interface RouteInput<Q, P, B> {
  c: Context<AppEnv>;
  app: AppServices;
  auth: Auth;
  query: Q;
  params: P;
  body: B;
}

export interface RouteSpec<Q, P, B> {
  method: Method;
  /** Hono's form: `/api/tokens/:id`. */
  path: string;
  summary: string;
  description?: string;
  tag: string;
  access: Access;
  /** Only a password sign-in may call it, not an API token. */
  sessionOnly?: boolean;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  body?: BodySpec<B>;
  responses: Readonly<Record<number, ResponseSpec>>;
  handle(input: RouteInput<Q, P, B>): Promise<Response> | Response;
}

export interface Route {
  method: Method;
  path: string;
  summary: string;
  description: string | undefined;
  tag: string;
  access: Access;
  sessionOnly: boolean;
  query: z.ZodType;
  params: z.ZodType | undefined;
  body: BodySpec<unknown> | undefined;
  responses: Readonly<Record<number, ResponseSpec>>;
  handler(app: AppServices): (c: Context<AppEnv>) => Promise<Response>;
}

/** No query parameters: an unknown one is a mistake worth naming. */
const NO_QUERY = z.strictObject({});

export function defineRoute<Q = Record<string, never>, P = undefined, B = undefined>(
  spec: RouteSpec<Q, P, B>,
): Route {
  const query = (spec.query ?? NO_QUERY) as z.ZodType<Q>;
  return {
    method: spec.method,
    path: spec.path,
    summary: spec.summary,
    description: spec.description,
    tag: spec.tag,
    access: spec.access,
    sessionOnly: spec.sessionOnly ?? false,
    query,
    params: spec.params,
    body: spec.body as BodySpec<unknown> | undefined,
    responses: spec.responses,
    handler: (app) => async (c) => {
      const auth = checkAccess(c, spec.access, { sessionOnly: spec.sessionOnly });
      const params = (spec.params ? parse(spec.params, c.req.param(), 'path') : undefined) as P;
      const parsedQuery = parse(query, c.req.query(), 'query');
      const body = (
        spec.body?.kind === 'json'
          ? parse(spec.body.schema, await readJsonBody(c.req.raw), 'body')
          : undefined
      ) as B;
      return spec.handle({ c, app, auth, query: parsedQuery, params, body });
    },
  };
}

function parse<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError('bad-input', zodMessage(result.error, where));
  return result.data;
}

/** `/api/tokens/:id` → `/api/tokens/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

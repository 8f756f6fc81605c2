// The Orient server as a Hono app: JSON API under /api (every route from routes/index.ts), the web
// app everywhere else. Built from its deps, so tests call it in-process with app.request().
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { authenticate } from './auth/authenticate.js';
import type { AppDeps } from './deps.js';
import { errorHandler, errorResponse } from './errors.js';
import { API_ROUTES } from './routes/index.js';
import { appServices, type AppEnv } from './services.js';
import { serveWeb } from './static.js';

/** Host names the demo answers to: a page elsewhere rebinding its own name to 127.0.0.1 does not pass. */
const LOCAL_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = appServices(deps);
  const hono = new Hono<AppEnv>();
  hono.onError(errorHandler(app.log));
  hono.notFound((c) => errorResponse(c, 'not-found', `no route ${c.req.method} ${c.req.path}`));
  hono.use('*', secureHeaders({ crossOriginEmbedderPolicy: false }));
  if (app.demo) {
    hono.use('*', async (c, next) => {
      if (!LOCAL_HOST.test(c.req.header('host') ?? new URL(c.req.url).host)) {
        return errorResponse(c, 'forbidden', 'the demo server answers on localhost only');
      }
      return next();
    });
  }
  hono.use('/api/*', async (c, next) => {
    await next();
    c.header('Cache-Control', 'no-store');
  });
  hono.use('/api/*', authenticate(app));
  for (const route of API_ROUTES) {
    hono.on(route.method.toUpperCase(), route.path, route.handler(app));
  }
  hono.all('/api/*', (c) =>
    errorResponse(c, 'not-found', `no route ${c.req.method} ${c.req.path}`),
  );
  hono.all('*', serveWeb(deps.webDistDir));
  return hono;
}

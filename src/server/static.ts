// The web app: files from web/dist, index.html for any other path without a file extension (the
// app routes in the browser), and a plain 503 page saying how to build it when it is missing.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors.js';
import type { AppEnv } from './services.js';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export const WEB_MISSING_MESSAGE =
  'The web app is not built (web/dist is missing). Build it (see README "Server"), then reload; ' +
  'the API under /api works without it.';

export function serveWeb(root: string | null): MiddlewareHandler<AppEnv> {
  return async (c) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      return errorResponse(c, 'not-found', `no route ${c.req.method} ${c.req.path}`);
    }
    const index = root === null ? undefined : await fileAt(join(root, 'index.html'));
    if (root === null || index === undefined) return webMissing(c);
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(c.req.path)).replace(/^[/\\]+/, '');
    } catch {
      return errorResponse(c, 'bad-input', 'the path is not valid percent-encoding');
    }
    const path = join(root, relative);
    // normalize() resolved every `..`; anything still outside the root is refused.
    if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
      return errorResponse(c, 'not-found', 'no such file');
    }
    const found = relative === '' ? undefined : await fileAt(path);
    if (found) return send(c, found, path);
    if (extname(relative) !== '') return errorResponse(c, 'not-found', `no file ${c.req.path}`);
    return send(c, index, join(root, 'index.html'));
  };
}

async function fileAt(path: string): Promise<{ size: number } | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? { size: info.size } : undefined;
  } catch {
    return undefined;
  }
}

function send(c: Context<AppEnv>, file: { size: number }, path: string): Response {
  const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
  const html = type.startsWith('text/html');
  const headers = {
    'Content-Type': type,
    'Content-Length': String(file.size),
    // Vite names assets by content hash: they never change; index.html must be re-read.
    'Cache-Control': html
      ? 'no-cache'
      : /[/\\]assets[/\\]/.test(path)
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
  };
  if (c.req.method === 'HEAD') return c.body(null, 200, headers);
  const stream = Readable.toWeb(createReadStream(path)) as unknown as ReadableStream;
  return c.body(stream, 200, headers);
}

function webMissing(c: Context<AppEnv>): Response {
  if (!(c.req.header('accept') ?? '').includes('text/html')) {
    return errorResponse(c, 'unavailable', WEB_MISSING_MESSAGE);
  }
  return c.html(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Orient</title></head>` +
      `<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto">` +
      `<h1>Orient</h1><p>${WEB_MISSING_MESSAGE}</p>` +
      `<p>The API document: <a href="/api/openapi.json">/api/openapi.json</a></p></body></html>`,
    503,
  );
}

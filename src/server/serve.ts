// Listening on a real socket (@hono/node-server), and stopping gracefully: no new connections,
// idle ones closed at once, busy ones given a few seconds to finish.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { OrientError } from '../core/orient-error.js';
import type { AppEnv } from './services.js';

export interface RunningServer {
  /** `http://127.0.0.1:8080/`: what to open in a browser. */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 5_000;

export function listen(
  app: Hono<AppEnv>,
  options: { port: number; host: string },
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    // Plain HTTP/1.1 (TLS is a proxy's job, see --trust-proxy): an http.Server.
    const server = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host },
      (info) => {
        server.off('error', failed);
        const { port } = info as AddressInfo;
        resolve({
          url: urlOf(options.host, port),
          host: options.host,
          port,
          close: () =>
            new Promise<void>((done) => {
              const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
              force.unref();
              server.close(() => {
                clearTimeout(force);
                done();
              });
              server.closeIdleConnections();
            }),
        });
      },
    ) as Server;
    const failed = (error: NodeJS.ErrnoException) => {
      const message =
        error.code === 'EADDRINUSE'
          ? `port ${options.port} is in use on ${options.host}: pass --port with another (0 picks a free one)`
          : error.code === 'EACCES'
            ? `not allowed to listen on port ${options.port}: pass --port 1024 or higher`
            : `cannot listen on ${options.host}:${options.port}: ${error.message}`;
      reject(new OrientError('unavailable', message, { cause: error }));
    };
    server.once('error', failed);
  });
}

function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}/`;
}

/** Resolves with the signal's name on the first SIGINT or SIGTERM. */
export function shutdownSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

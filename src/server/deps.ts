// What the server is built from: everything it reads or writes comes in here, so tests build an
// app on a fresh database with a fixed clock and a small upload limit.
import type { OrientConfig } from '../core/config/config-schema.js';
import type { OrientDatabase } from '../storage/database.js';

export interface Clock {
  now(): Date;
}

export interface LoadedConfig {
  config: OrientConfig;
  /** The file read, or null when running on defaults. */
  path: string | null;
}

export interface AppDeps {
  database: OrientDatabase;
  /** The effective config, read on each request so an edited file applies without a restart. */
  config: () => LoadedConfig;
  clock: Clock;
  /** `orient serve --demo`: no sign-in; every request acts as the built-in demo admin. */
  demo: boolean;
  /** The built web app (web/dist); null or missing → a 503 page saying how to build it. */
  webDistDir: string | null;
  /** Largest calendar upload in bytes (default DEFAULT_MAX_UPLOAD_BYTES). */
  maxUploadBytes?: number;
  /** Believe X-Forwarded-Proto and X-Forwarded-For (a TLS proxy in front). Default false. */
  trustProxy?: boolean;
  /** Where unexpected errors go (default: stderr). */
  log?: (message: string) => void;
  /** Orient's version, for the OpenAPI document (default `dev`). */
  version?: string;
  /** Where uploads are streamed before they are imported (default: the OS temp folder). */
  tmpDir?: string;
}

/**
 * The calendar reader holds a whole file in memory, about ten times its size while reading it
 * (README "Server"): 100 MB keeps one upload near 1 GB, and uploads are imported one at a time.
 */
export const DEFAULT_MAX_UPLOAD_BYTES = 100 * 1024 * 1024;

// Every API route, in one list: the app registers these and nothing else under /api, and the
// OpenAPI document is built from the same list.
import { openApiDocument } from '../openapi.js';
import { defineRoute, type Route } from '../route.js';
import { z } from 'zod';
import { CONFIG_ROUTES } from './config.js';
import { ITEM_ID_ROUTES, ITEM_ROUTES, PLAN_ROUTES } from './enablement-items.js';
import { LOOP_ROUTES } from './enablement-loop.js';
import { NOTE_ID_ROUTES, NOTE_ROUTES } from './enablement-notes.js';
import { NOTE_CSV_ROUTES } from './enablement-notes-csv.js';
import { REQUEST_ROUTES } from './enablement-requests.js';
import { ITEM_STAFFING_ROUTES } from './enablement-staffing.js';
import { EXPLAIN_ROUTES } from './explain.js';
import { IMPORT_ROUTES } from './import.js';
import { INVITE_CHECK_ROUTES } from './invite-check.js';
import { INVITE_DECISION_ROUTES } from './invite-decisions.js';
import { MEETING_ROUTES } from './meetings.js';
import { REPORT_ROUTES } from './report.js';
import { SESSION_ROUTES } from './session.js';
import { TOKEN_ROUTES } from './tokens.js';
import { USER_ROUTES } from './users.js';

const documents = new Map<string, Record<string, unknown>>();

const openApi = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  tag: 'meta',
  summary: 'this document',
  access: 'public',
  responses: {
    200: { description: 'OpenAPI 3.1', schema: z.looseObject({ openapi: z.string() }) },
  },
  handle({ c, app }) {
    let document = documents.get(app.version);
    if (!document) {
      document = openApiDocument(API_ROUTES, app.version);
      documents.set(app.version, document);
    }
    return c.json(document);
  },
});

export const API_ROUTES: readonly Route[] = [
  ...SESSION_ROUTES,
  ...USER_ROUTES,
  ...TOKEN_ROUTES,
  ...REPORT_ROUTES,
  ...EXPLAIN_ROUTES,
  ...MEETING_ROUTES,
  ...CONFIG_ROUTES,
  ...INVITE_CHECK_ROUTES,
  ...INVITE_DECISION_ROUTES,
  ...IMPORT_ROUTES,
  // Fixed paths (/api/notes/csv, /api/items/staffing) before the /:id routes that would match them.
  ...NOTE_ROUTES,
  ...NOTE_CSV_ROUTES,
  ...NOTE_ID_ROUTES,
  ...REQUEST_ROUTES,
  ...ITEM_ROUTES,
  ...ITEM_STAFFING_ROUTES,
  ...ITEM_ID_ROUTES,
  ...LOOP_ROUTES,
  ...PLAN_ROUTES,
  openApi,
];

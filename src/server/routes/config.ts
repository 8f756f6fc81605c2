// The effective config: the file's keys after defaults and validation, as the counting uses them.
import { z } from 'zod';
import { defineRoute } from '../route.js';

const config = defineRoute({
  method: 'get',
  path: '/api/config',
  tag: 'config',
  summary: 'the effective config (orient.config.yaml keys, defaults filled in)',
  access: 'analyst',
  responses: {
    200: {
      description: 'timezone, internalDomains, workweekHours, roles, privacy, rules',
      schema: z.looseObject({
        timezone: z.string(),
        internalDomains: z.array(z.string()),
        workweekHours: z.number(),
        roles: z.record(z.string(), z.string()),
        privacy: z.object({ minGroupSize: z.number() }),
      }),
    },
  },
  handle({ c, app }) {
    return c.json(app.config().config);
  },
});

export const CONFIG_ROUTES = [config];

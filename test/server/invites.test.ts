// The invite check for add-ins and scripts, and the decision log with its hand-worked summary.
import { describe, expect, test } from 'vitest';
import { BACKENDS } from '../support/backends.js';
import { ics, vevent } from '../ingest/org-fixture.js';
import { uploadOrg } from './org.js';
import { json, testServer } from './support.js';

/** Two AEs pulled into a weekly 1-hour planning meeting, 10 times: 2 h × 10 = 20 h a year. */
const ROADMAP = {
  title: 'Roadmap planning',
  organizer: 'pm@acme.com',
  attendees: ['ana@acme.com', 'bo@acme.com', 'pm2@acme.com'],
  start: '2026-04-06T10:00:00-04:00',
  end: '2026-04-06T11:00:00-04:00',
  rrule: 'FREQ=WEEKLY;COUNT=10',
};

describe.each(BACKENDS)('%s', (backend) => {
  test('POST /api/invite-check answers with the verdict, for a member, from JSON or .ics', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const member = await server.as('member');
    await uploadOrg(server, admin);

    const res = await server.call('POST', '/api/invite-check', { as: member, json: ROADMAP });
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({
      verdict: 'ask-why',
      hoursPerOccurrence: 2,
      occurrencesPerYear: 10,
      hoursPerYear: 20,
      customerOrientedInvitees: [
        expect.objectContaining({ email: 'ana@acme.com', category: 'planning', counted: true }),
        expect.objectContaining({ email: 'bo@acme.com' }),
      ],
      questions: expect.arrayContaining([expect.any(String)]),
      alternatives: expect.arrayContaining([expect.any(String)]),
      warnings: [],
    });

    const ok = await server.call('POST', '/api/invite-check', {
      as: member,
      json: { ...ROADMAP, attendees: ['pm2@acme.com', 'mm1@acme.com'], rrule: null },
    });
    expect(await json(ok)).toMatchObject({ verdict: 'ok', hoursPerYear: 0 });

    const draft = ics(
      vevent(
        'UID:draft@acme.com',
        'DTSTAMP:20260401T120000Z',
        'DTSTART;TZID=America/New_York:20260406T100000',
        'DTEND;TZID=America/New_York:20260406T110000',
        'RRULE:FREQ=WEEKLY;COUNT=10',
        'SUMMARY:Roadmap planning',
        'ORGANIZER:mailto:pm@acme.com',
        'ATTENDEE:mailto:ana@acme.com',
        'ATTENDEE:mailto:bo@acme.com',
      ),
    );
    const fromIcs = await server.call('POST', '/api/invite-check', {
      as: member,
      body: draft,
      type: 'text/calendar',
    });
    expect(await json(fromIcs)).toMatchObject({ verdict: 'ask-why', hoursPerYear: 20 });
  });

  test('a draft with problems is 400 listing each one', async () => {
    const server = await testServer(backend);
    const member = await server.as('member');
    const res = await server.call('POST', '/api/invite-check', {
      as: member,
      json: { ...ROADMAP, attendees: ['not an email'], end: 'tomorrow' },
    });
    expect(res.status).toBe(400);
    const body = await json<{ error: { code: string }; problems: { message: string }[] }>(res);
    expect(body.error.code).toBe('bad-input');
    expect(body.problems.map((p) => p.message)).toEqual([
      "attendees[0]: 'not an email' is not an email address",
      expect.stringContaining("end: 'tomorrow' is not an ISO-8601 date-time"),
    ]);
    const text = await server.call('POST', '/api/invite-check', {
      as: member,
      body: 'hello',
      type: 'text/plain',
    });
    expect(text.status).toBe(400);
  });

  test('decisions are logged and summarised: asked, kept, changed, dropped, hours saved', async () => {
    const server = await testServer(backend);
    const admin = await server.as('admin');
    const member = await server.as('member');
    await uploadOrg(server, admin);
    const decide = (body: Record<string, unknown>) =>
      server.call('POST', '/api/invite-decisions', { as: member, json: body });

    // Dropped: 20 h a year back to selling.
    const dropped = await decide({ check: ROADMAP, verdict: 'ask-why', outcome: 'dropped' });
    expect(dropped.status).toBe(201);
    expect(await json(dropped)).toMatchObject({
      verdict: 'ask-why',
      hoursPerYearBefore: 20,
      hoursPerYearAfter: 0,
      hoursPerYearSaved: 20,
    });
    // Changed to one AE: 1 h × 10 = 10 h after, 10 saved.
    const changed = await decide({
      check: ROADMAP,
      outcome: 'changed',
      changedTo: { ...ROADMAP, attendees: ['ana@acme.com', 'pm2@acme.com'] },
    });
    expect(await json(changed)).toMatchObject({ hoursPerYearAfter: 10, hoursPerYearSaved: 10 });
    // Kept, with the organiser's answer: nothing saved.
    const keptWithoutWhy = await decide({ check: ROADMAP, outcome: 'kept' });
    expect(keptWithoutWhy.status).toBe(400);
    const kept = await decide({
      check: ROADMAP,
      outcome: 'kept',
      answer: 'They own the Q3 launch accounts',
    });
    expect(await json(kept)).toMatchObject({ hoursPerYearSaved: 0 });
    // A client's claim does not inflate the saving: the server recomputes "before".
    const claimed = await decide({
      check: { ...ROADMAP, attendees: ['pm2@acme.com'] },
      outcome: 'dropped',
      verdict: 'ask-why',
      hoursPerYearBefore: 5000,
    });
    expect(await json(claimed)).toMatchObject({ verdict: 'ok', hoursPerYearSaved: 0 });

    const summary = await server.call('GET', '/api/invite-decisions/summary', { as: member });
    expect(await json(summary)).toEqual({
      asked: 3,
      kept: 1,
      changed: 1,
      dropped: 1,
      sellingHoursPerYearSaved: 30,
    });
    const rows = await server.database.db
      .selectFrom('invite_decisions')
      .select(['outcome', 'answer', 'user_id'])
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.outcome)).toEqual(['dropped', 'changed', 'kept', 'dropped']);
    expect(rows[2]?.answer).toBe('They own the Q3 launch accounts');
  });

  test('a decision with a bad draft names the field', async () => {
    const server = await testServer(backend);
    const member = await server.as('member');
    const res = await server.call('POST', '/api/invite-decisions', {
      as: member,
      json: { check: { ...ROADMAP, organizer: 'nobody' }, outcome: 'maybe' },
    });
    expect(res.status).toBe(400);
    const { error } = await json<{ error: { message: string } }>(res);
    expect(error.message).toContain("body.check: organizer: 'nobody' is not an email address");
    expect(error.message).toContain('body.outcome');
  });
});

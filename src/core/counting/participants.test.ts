// PRODUCT.md rule 1 as truth tables: internal when the domain equals or is a subdomain of an
// internal domain (any case); rooms and resources are not people; anyone else is external. And
// rule 2's "present": everyone listed except attendees who declined or delegated.
import { describe, expect, it } from 'vitest';
import { internalDomainMatcher, isPresent, kindOf } from './participants.js';

// The config lists one domain in capitals to show the comparison ignores case on both sides.
const isInternal = internalDomainMatcher(['acme.com', 'Acme.CO.uk']);

describe('rule 1: internal domains', () => {
  it.each([
    // address                          internal  why
    ['ana@acme.com', true], //                     the domain itself
    ['ANA@ACME.COM', true], //                     case-insensitive
    ['ana@eu.acme.com', true], //                  a subdomain
    ['ana@dev.eu.ACME.com', true], //              a subdomain of a subdomain, any case
    ['ana@acme.co.uk', true], //                   the second domain, listed in capitals
    ['ana@notacme.com', false], //                 ends with the letters but is another domain
    ['ana@acme.com.evil.io', false], //            starts with the domain: not a subdomain
    ['ana@acme.co', false], //                     a prefix of acme.co.uk
    ['ana@com', false], //                         the parent of a listed domain
    ['no-at-sign.acme.com', false], //             not an address
  ])('%s → internal %s', (address, internal) => {
    expect(isInternal(address)).toBe(internal);
  });
});

describe('rule 1: rooms, internal and external people', () => {
  it.each([
    // address                                         CUTYPE        kind
    ['board-room@acme.com', 'ROOM', 'room'], //                       CUTYPE=ROOM, internal domain
    ['projector@acme.com', 'RESOURCE', 'room'], //                    CUTYPE=RESOURCE
    ['hall@globex.com', 'ROOM', 'room'], //                           a room is never external
    ['acme.com_3132@resource.calendar.google.com', 'INDIVIDUAL', 'room'], // Google room address
    ['Acme.com_3132@RESOURCE.Calendar.Google.COM', 'INDIVIDUAL', 'room'], // … in any case
    ['x@eu.resource.calendar.google.com', 'INDIVIDUAL', 'room'], //   … or a subdomain of it
    ['x@notresource.calendar.google.com', 'INDIVIDUAL', 'external'], // not the resource domain
    ['ana@acme.com', 'INDIVIDUAL', 'internal'],
    ['Ana@EU.Acme.com', 'INDIVIDUAL', 'internal'],
    ['sales-team@acme.com', 'GROUP', 'internal'], //                  a group is not a room
    ['buyer@globex.com', 'INDIVIDUAL', 'external'],
    ['buyer@globex.com', 'UNKNOWN', 'external'],
  ])('%s (CUTYPE=%s) → %s', (address, cutype, kind) => {
    expect(kindOf(address, cutype, isInternal)).toBe(kind);
  });
});

describe('rule 2: who is present', () => {
  it.each([
    // organiser  attendee  PARTSTAT         present
    [true, false, null, true], //            organiser only (no ATTENDEE line)
    [true, true, 'DECLINED', true], //       rule 2: "P organises it" — the organiser always counts
    [false, true, 'ACCEPTED', true],
    [false, true, 'TENTATIVE', true],
    [false, true, 'NEEDS-ACTION', true], //  no answer counts
    [false, true, null, true], //            no PARTSTAT at all = NEEDS-ACTION (RFC 5545 §3.2.12)
    [false, true, 'DECLINED', false],
    [false, true, 'DELEGATED', false],
    [false, false, null, false], //          only the owner of a calendar holding it: not listed
  ])('organiser %s, attendee %s, %s → %s', (isOrganizer, isAttendee, partstat, present) => {
    expect(isPresent({ isOrganizer, isAttendee, partstat })).toBe(present);
  });
});

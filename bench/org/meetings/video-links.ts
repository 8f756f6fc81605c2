// Video links and the numbers their invitations show, derived from the meeting when it is written
// (a million meetings need not hold them): Meet, Teams or Zoom by the organiser's app.
import { DerivedNumbers } from '../random.js';
import type { Meeting } from './meeting-model.js';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** What text generation needs of a random stream: a Random, or DerivedNumbers at write time. */
interface Numbers {
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  hex(length: number): string;
}

function letters(random: Numbers, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += LETTERS[random.int(0, 25)];
  return out;
}

function digits(random: Numbers, length: number): string {
  let out = String(random.int(1, 9));
  for (let i = 1; i < length; i++) out += String(random.int(0, 9));
  return out;
}

/**
 * The meeting's video link, '' when it has none: Meet, Teams or Zoom by the organiser's app.
 * Derived from the meeting when written, so a million meetings need not hold their links.
 */
export function conferenceLink(meeting: Meeting, company: string): string {
  if (!meeting.online) return '';
  const random = new DerivedNumbers(meeting.created ^ meeting.id);
  switch (meeting.app) {
    case 'google':
      return `https://meet.google.com/${letters(random, 3)}-${letters(random, 4)}-${letters(random, 3)}`;
    case 'outlook':
      return (
        `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${random.hex(48)}%40thread.v2/0` +
        `?context=%7b%22Tid%22%3a%22${random.hex(32)}%22%7d`
      );
    case 'apple':
    case 'external': {
      const host = meeting.externalOrganizer?.email.split('@')[1]?.split('.')[0] ?? company;
      return `https://${host}.zoom.us/j/${digits(random, 11)}?pwd=${random.hex(32)}`;
    }
  }
}

/** The numbers a video meeting's invitation shows: twelve digits of meeting ID and a passcode. */
export function meetingCodes(meeting: Meeting): { id: string; passcode: string } {
  const random = new DerivedNumbers(meeting.modified ^ meeting.id);
  return { id: digits(random, 12), passcode: digits(random, 6) };
}

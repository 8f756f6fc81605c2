// The organiser's own words in a meeting's description: an agenda for customer calls, a goal and
// pre-read for market meetings.
import { mailboxPart } from '../people/names.js';
import type { Meeting } from './meeting-model.js';

const AGENDAS = [
  'Agenda: introductions, your goals for the quarter; timeline, budget and next steps.',
  'Agenda:\n- Recap of last call\n- Live demo (analytics, reporting)\n- Open questions; next steps',
  'Agenda: pricing options, contract terms, rollout plan.',
];

/** The organiser's own words in the description ('' for none): agenda, goal, pre-read. */
export function meetingNotes(meeting: Meeting): string {
  if (meeting.description !== '') return meeting.description;
  if (meeting.kind === 'customer') {
    const contact = meeting.guests[0]?.name ?? meeting.externalOrganizer?.name ?? 'there';
    const agenda = AGENDAS[(meeting.id >>> 3) % AGENDAS.length] ?? '';
    return `Hi ${contact.split(' ')[0] ?? contact},\n\n${agenda}`;
  }
  if (meeting.kind === 'market') {
    return (
      `Goal: ${meeting.title.toLowerCase()}.\nWe'd love input from Sales: what are customers asking ` +
      `for, and where do deals stall?\n\nPre-read: https://docs.example/d/${mailboxPart(meeting.title)} ` +
      `(comments welcome; please add your notes before the meeting)`
    );
  }
  return '';
}

// The DESCRIPTION line: the organiser's notes, then the joining instructions a video meeting's
// invitation carries — Google Meet, Microsoft Teams or Zoom, each in its own words.
import type { Meeting } from '../meetings/meeting-model.js';
import { meetingNotes } from '../meetings/meeting-notes.js';
import { meetingCodes } from '../meetings/video-links.js';
import { NON_ASCII, escapeText, foldLine } from './content-lines.js';

const GOOGLE_RULE = '-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-';
const TEAMS_RULE = '_'.repeat(80);

/**
 * The DESCRIPTION line: the organiser's notes, then the joining instructions their app appends
 * (kept TEXT-escaped in the templates, as escaping 600 characters per copy adds up).
 */
export function descriptionLine(meeting: Meeting, link: string): string {
  const notes = meetingNotes(meeting);
  if (notes === '' && link === '') return '';
  const escaped = escapeText(notes);
  const ascii = !NON_ASCII.test(notes);
  if (link === '') return foldLine('DESCRIPTION:' + escaped, ascii);
  const { id, passcode } = meetingCodes(meeting);
  let join: string;
  switch (meeting.app) {
    case 'google':
      join = `${GOOGLE_RULE}\\nJoin with Google Meet: ${link}\\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720`;
      break;
    case 'outlook':
      join =
        `${TEAMS_RULE}\\nMicrosoft Teams meeting\\nJoin on your computer\\, mobile app or room device` +
        `\\nClick here to join the meeting <${link}>\\nMeeting ID: ${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6, 9)} ${id.slice(9)}`;
      break;
    case 'apple':
    case 'external':
      join = `Join Zoom Meeting\\n${link}\\n\\nMeeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7, 11)}\\nPasscode: ${passcode}`;
      break;
  }
  return foldLine(`DESCRIPTION:${escaped === '' ? '' : escaped + '\\n\\n'}${join}`, ascii);
}

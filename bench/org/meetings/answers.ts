// How people answer invitations: colleagues mostly accept (less so when busy with customers, more
// so for one-on-ones and calls), and the organiser's copy can lag behind their answer.
import type { Random } from '../random.js';
import type { Guest, Invitee, PartStat } from './meeting-model.js';

export type AnswerStyle = 'firm' | 'normal' | 'busy' | 'call';

const ANSWERS: Record<AnswerStyle, readonly (readonly [PartStat, number])[]> = {
  firm: [
    ['ACCEPTED', 96],
    ['TENTATIVE', 2],
    ['NEEDS-ACTION', 2],
  ],
  normal: [
    ['ACCEPTED', 80],
    ['TENTATIVE', 7],
    ['DECLINED', 5],
    ['NEEDS-ACTION', 8],
  ],
  busy: [
    ['ACCEPTED', 74],
    ['TENTATIVE', 9],
    ['DECLINED', 9],
    ['NEEDS-ACTION', 8],
  ],
  call: [
    ['ACCEPTED', 92],
    ['TENTATIVE', 4],
    ['DECLINED', 2],
    ['NEEDS-ACTION', 2],
  ],
};

/** An internal invitee answering in `style`, with what the organiser's copy shows. */
export function answerInvitation(
  random: Random,
  person: number,
  style: AnswerStyle,
  optional: boolean,
): Invitee {
  const answer = random.weighted(ANSWERS[style]);
  let organizerSees = answer;
  if ((answer === 'DECLINED' || answer === 'TENTATIVE') && random.chance(0.3))
    organizerSees = 'NEEDS-ACTION';
  else if (answer === 'ACCEPTED' && random.chance(0.03)) organizerSees = 'NEEDS-ACTION';
  return { person, answer, organizerSees, optional };
}

/** A person outside the org, invited, with their answer. */
export function answerAsGuest(random: Random, contact: { email: string; name: string }): Guest {
  const answer = random.weighted<PartStat>([
    ['ACCEPTED', 60],
    ['NEEDS-ACTION', 30],
    ['TENTATIVE', 10],
  ]);
  return { email: contact.email, name: contact.name, answer };
}

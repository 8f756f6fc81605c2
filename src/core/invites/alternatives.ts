// What the essay ("Never invite sales people to a meeting") suggests instead of the invite.

/** The essay's three ways to get sales input without taking salespeople away from selling. */
export const ESSAY_ALTERNATIVES: readonly string[] = [
  'Talk to one or two salespeople one-on-one instead of inviting them to a meeting.',
  'Ride along on a sales call as an observer: see where the salesperson struggles or is unsure.',
  'Ask sales engineering: backing salespeople with product expertise is their job.',
];

/** The question to put to the organiser for one invitee. */
export function whyQuestion(name: string): string {
  return `Why does ${name} need to be there?`;
}

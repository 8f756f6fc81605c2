// Each week's customer calls: salespeople and customer success managers meet their accounts;
// sales engineers join the technical ones (too few of them), product managers fill the void, and
// managers and executives ride along.
import type { Person } from '../people.js';
import type { Random } from '../random.js';
import type { Builder } from './builder.js';
import type { Group } from './colleagues.js';
import { addTo, groupOf } from './colleagues.js';
import type { Meeting } from './meeting-model.js';

const CALL_STAGES: Record<string, readonly (readonly [string, number])[]> = {
  'Account Executive': [
    ['Discovery call', 20],
    ['Product demo', 20],
    ['Technical deep-dive', 10],
    ['Pricing discussion', 10],
    ['Proposal review', 10],
    ['Negotiation', 8],
    ['Contract review', 6],
    ['Follow-up', 10],
    ['Security review', 6],
  ],
  'Sales Representative': [
    ['Intro call', 50],
    ['Qualification call', 30],
    ['First meeting', 20],
  ],
  'Account Manager': [
    ['Expansion discussion', 30],
    ['Renewal negotiation', 20],
    ['Account review', 30],
    ['Upsell: analytics add-on', 20],
  ],
  'Customer Success Manager': [
    ['QBR', 30],
    ['Escalation: data sync issue', 20],
    ['Health check', 30],
    ['Adoption review', 20],
  ],
};

/** A customer call's title: the stage and the account, in one of the ways people write them. */
function callTitle(stage: string, account: string, random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return `${stage} — ${account}`;
    case 1:
      return `${account} | ${stage}`;
    case 2:
      return `${stage}: ${account}`;
    default:
      return `${account} - ${stage}`;
  }
}

interface CallRecord {
  meeting: Meeting;
  seller: number;
  technical: boolean;
  helped: boolean;
}

const CALLS_PER_WEEK: Record<string, [number, number]> = {
  'Account Executive': [16, 20],
  'Sales Representative': [20, 24],
  'Account Manager': [7, 9],
  'Customer Success Manager': [5, 7],
  'Chief Revenue Officer': [1, 2],
};

/** One week of customer calls for a salesperson or CSM; returns the calls placed. */
function customerCalls(b: Builder, seller: Person, week: number): CallRecord[] {
  const r = b.random;
  const [lo, hi] = CALLS_PER_WEEK[seller.role] ?? (seller.level === 'manager' ? [2, 4] : [1, 2]);
  const stages = CALL_STAGES[seller.role] ?? CALL_STAGES['Account Executive'] ?? [];
  const calls: CallRecord[] = [];
  for (let i = r.int(lo, hi); i > 0; i--) {
    const account = b.accountOf(seller.index);
    const stage = r.weighted(stages);
    const technical =
      stage === 'Product demo' || stage === 'Technical deep-dive' || stage === 'Security review';
    const minutes =
      seller.role === 'Sales Representative'
        ? 30
        : technical || stage === 'QBR'
          ? 60
          : r.weighted([
              [30, 25],
              [45, 40],
              [60, 35],
            ]);
    const guests = b.contacts(account, 1, 3);
    const fromCustomer = r.chance(0.15) ? guests.shift() : undefined;
    const meeting = b.oneOff({
      kind: 'customer',
      title: callTitle(stage, account.name, r),
      anchor: seller.index,
      externalOrganizer: fromCustomer,
      guests,
      minutes,
      week,
      earliest: 510,
      latest: 1050,
      utc: fromCustomer !== undefined,
      room: 0.15,
      answers: 'call',
    });
    if (meeting === null) continue;
    if (r.chance(0.02)) {
      meeting.cancelled = true;
      meeting.sequence += 1;
    }
    calls.push({ meeting, seller: seller.index, technical, helped: false });
  }
  return calls;
}

/** The week's calls: sales engineers on technical calls (too few of them), then product managers. */
export function callsAndRideAlongs(b: Builder, week: number): void {
  const r = b.random;
  const calls: CallRecord[] = [];
  for (const index of b.pool('customerFacing')) {
    const person = b.person(index);
    if (
      person.department === 'Sales Engineering' ||
      (person.department === 'Customer Success' && person.level !== 'individual')
    )
      continue;
    calls.push(...customerCalls(b, person, week));
  }
  if (calls.length === 0) return;
  const seLoad = new Map<number, number>();
  for (const call of calls) {
    if (!call.technical || call.meeting.cancelled) continue;
    for (const se of b.choose(b.pool('se'), 4, call.seller)) {
      if ((seLoad.get(se) ?? 0) >= 20) continue;
      if (b.join(call.meeting, se, 2, 'call')) {
        seLoad.set(se, (seLoad.get(se) ?? 0) + 1);
        call.helped = true;
        break;
      }
    }
  }
  const sales = calls.filter((call) => b.person(call.seller).department === 'Sales');
  if (sales.length === 0) return;
  const byGroup = new Map<Group, CallRecord[]>();
  for (const call of sales) {
    const group = groupOf(b.person(call.seller).zone);
    addTo(byGroup, group, call);
  }
  // Product managers fill the void sales engineering leaves (the essay's point).
  for (const pm of b.pool('pm')) {
    const person = b.person(pm);
    const [lo, hi] =
      person.level === 'individual' ? [10, 12] : person.level === 'manager' ? [6, 8] : [3, 4];
    const local = byGroup.get(groupOf(person.zone)) ?? sales;
    let wanted = r.int(lo, hi);
    for (let tries = 0; wanted > 0 && tries < 200; tries++) {
      const call = r.pick(r.chance(0.6) ? local : sales);
      if (call.helped && !r.chance(0.3)) continue;
      if (call.meeting.cancelled || (!call.technical && r.chance(0.75))) continue;
      if (b.join(call.meeting, pm, 2, 'call')) {
        call.helped = true;
        wanted--;
      }
    }
  }
  // Sales managers and executives join some of their people's calls.
  const bySeller = new Map<number, CallRecord[]>();
  for (const call of calls) addTo(bySeller, call.seller, call);
  for (const lead of b.pool('salesLeads')) {
    const teamCalls = b.person(lead).reports.flatMap((p) => bySeller.get(p) ?? []);
    for (let i = r.int(3, 5); i > 0 && teamCalls.length > 0; i--)
      b.join(r.pick(teamCalls).meeting, lead, 2, 'call');
  }
  for (const exec of b.people) {
    if (exec.role !== 'Chief Revenue Officer' && exec.role !== 'Chief Executive Officer') continue;
    for (let i = exec.role === 'Chief Revenue Officer' ? r.int(3, 5) : r.int(1, 2); i > 0; i--) {
      b.join(r.pick(calls).meeting, exec.index, 2, 'call');
    }
  }
}

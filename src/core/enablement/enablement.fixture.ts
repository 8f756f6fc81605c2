// Builders for enablement tests: plain data with defaults, overridden per case.
import type { EnablementItem, EnablementRequest, Moment, Observation, Vote } from './model.js';

export function moment(id: string, extra: Partial<Moment> = {}): Moment {
  return {
    id,
    text: `moment ${id}`,
    kind: 'struggle',
    tags: ['pricing'],
    raisedBy: 'customer',
    severity: 2,
    ...extra,
  };
}

export function observation(id: string, extra: Partial<Observation> = {}): Observation {
  return {
    id,
    kind: 'ride-along',
    observer: 'pm@acme.com',
    salespeople: ['ana@acme.com'],
    date: '2026-03-02',
    account: null,
    occurrence: null,
    moments: [],
    ...extra,
  };
}

export function vote(salesperson: string, extra: Partial<Vote> = {}): Vote {
  return { salesperson, recordedBy: salesperson, at: '2026-03-01T10:00:00Z', ...extra };
}

export function request(id: string, extra: Partial<EnablementRequest> = {}): EnablementRequest {
  return {
    id,
    title: `request ${id}`,
    description: '',
    requestedBy: 'ana@acme.com',
    status: 'open',
    mergedInto: null,
    votes: [],
    createdAt: '2026-03-01T09:00:00Z',
    ...extra,
  };
}

export function item(id: string, extra: Partial<EnablementItem> = {}): EnablementItem {
  return {
    id,
    title: `item ${id}`,
    kind: 'worksheet',
    description: '',
    evidence: { observations: [], moments: [], requests: [] },
    effortDays: 1,
    cost: 0,
    sellingHoursPerWeek: null,
    derivation: null,
    confidence: 1,
    status: 'proposed',
    shippedAt: null,
    tags: [],
    ...extra,
  };
}

export function links(extra: Partial<EnablementItem['evidence']>): EnablementItem['evidence'] {
  return { observations: [], moments: [], requests: [], ...extra };
}

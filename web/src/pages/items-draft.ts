// The add-item form's fields as typed, and the item they make: every figure checked here first so
// the form names the field that is wrong; the server checks again.
import type { HoursDerivation, ItemKind, NewItem } from '../api-types.js';

export interface ItemForm {
  title: string;
  kind: ItemKind;
  effortDays: string;
  cost: string;
  confidence: string;
  /** Entered hours a week, or derived: times a week × salespeople × minutes lost. */
  hoursFrom: 'entered' | 'derived';
  hoursPerWeek: string;
  timesPerWeek: string;
  salespeople: string;
  minutesLost: string;
  description: string;
  tags: string;
}

export function emptyItemForm(): ItemForm {
  return {
    title: '',
    kind: 'worksheet',
    effortDays: '',
    cost: '',
    confidence: '1',
    hoursFrom: 'entered',
    hoursPerWeek: '',
    timesPerWeek: '',
    salespeople: '',
    minutesLost: '',
    description: '',
    tags: '',
  };
}

export type ItemField = keyof ItemForm;

export type ItemDraft =
  { ok: true; item: NewItem } | { ok: false; problems: Partial<Record<ItemField, string>> };

/** A figure of 0 or more (at most `max`), or what is wrong with it. */
function amount(text: string, what: string, max = Infinity): number | string {
  if (text.trim() === '') return `${what}: required`;
  const value = Number(text);
  if (!Number.isFinite(value)) return `${what}: use a number`;
  if (value < 0) return `${what}: must be 0 or more`;
  if (value > max) return `${what}: must be at most ${max}`;
  return value;
}

export function itemDraft(form: ItemForm): ItemDraft {
  const problems: Partial<Record<ItemField, string>> = {};
  const take = (field: ItemField, value: number | string): number => {
    if (typeof value === 'string') {
      problems[field] = value;
      return 0;
    }
    return value;
  };
  const title = form.title.trim();
  if (title === '') problems.title = 'Title: give the item a title';
  const effortDays = take('effortDays', amount(form.effortDays, 'Effort'));
  const cost = take('cost', amount(form.cost, 'Cost'));
  const confidence = take('confidence', amount(form.confidence, 'Confidence', 1));
  let sellingHoursPerWeek: number | null = null;
  let derivation: HoursDerivation | null = null;
  if (form.hoursFrom === 'entered') {
    sellingHoursPerWeek = take('hoursPerWeek', amount(form.hoursPerWeek, 'Selling hours a week'));
  } else {
    derivation = {
      timesPerWeek: take('timesPerWeek', amount(form.timesPerWeek, 'Times a week')),
      salespeople: take('salespeople', amount(form.salespeople, 'Salespeople')),
      minutesLost: take('minutesLost', amount(form.minutesLost, 'Minutes lost')),
    };
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  const tags = form.tags
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t !== '');
  return {
    ok: true,
    item: {
      title,
      kind: form.kind,
      effortDays,
      cost,
      confidence,
      sellingHoursPerWeek,
      derivation,
      ...(form.description.trim() === '' ? {} : { description: form.description.trim() }),
      ...(tags.length === 0 ? {} : { tags }),
    },
  };
}

/** Hours a week the derivation gives so far (null until all three are numbers). */
export function derivedHours(form: ItemForm): number | null {
  const parts = [form.timesPerWeek, form.salespeople, form.minutesLost].map((t) =>
    t.trim() === '' ? NaN : Number(t),
  );
  if (parts.some((n) => !Number.isFinite(n) || n < 0)) return null;
  const [times, people, minutes] = parts as [number, number, number];
  return (times * people * minutes) / 60;
}

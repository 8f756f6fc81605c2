// Staffing suggestions (issue 5 point 7): the essay's rule of thumb — "if you spend more than one
// day a week with any department, that department is understaffed or underskilled (sales usually
// needs more sales engineers)" — turned into enablement items of kind `hire`. Each pair A → B that
// rule 8 flags (PRODUCT.md: A→B per person-week above workweekHours / 5) becomes one suggestion,
// with the rule's own figures as its evidence. Suggestions are shown, not stored, until added.
import { crossDepartmentRows, oneDayHours } from '../reports/cross-department.js';
import { figure } from './figures.js';
import { formatFte } from '../reports/format.js';
import { byText, weeksOf } from '../reports/measures.js';
import type { ReportInput } from '../reports/report-input.js';

/** Rule 8's figures for one flagged pair. */
export interface StaffingEvidence {
  from: string;
  to: string;
  /** |A|: A's active people. */
  people: number;
  /** Σ over A's active people of hours with B / (|A| × weeks). */
  hoursPerPersonWeek: number;
  /** The hours a week B absorbs from A in the range: hoursPerPersonWeek × |A|. */
  hoursPerWeek: number;
  /** hoursPerPersonWeek × |A| / workweekHours. */
  fteAbsorbed: number;
  /** How many of A's people are over one day a week with B themselves. */
  flaggedPeople: number;
  /** workweekHours / 5. */
  thresholdHoursPerWeek: number;
}

export interface StaffingSuggestion {
  title: string;
  kind: 'hire';
  evidence: StaffingEvidence;
  /**
   * Selling hours a week a hire that answers the pair would free: the hours B absorbs from A's
   * customer-oriented people; 0 when A has none; null when withheld by the privacy rule.
   */
  sellingHoursPerWeek: number | null;
  /** Why `sellingHoursPerWeek` is what it is, in words. */
  sellingHoursBasis: string;
  /** The evidence in words, kept as the item's description when the suggestion is added. */
  description: string;
}

/** The flagged pairs of rule 8 as hire suggestions, most FTE absorbed first. */
export function staffingSuggestions(input: ReportInput): StaffingSuggestion[] {
  const weeks = weeksOf(input);
  const threshold = oneDayHours(input.workweekHours);
  const flagged = crossDepartmentRows(input).filter((r) => r.flagged === true);
  const targets = new Map<string, number>();
  for (const r of flagged) targets.set(r.to, (targets.get(r.to) ?? 0) + 1);
  return flagged
    .map((row): StaffingSuggestion => {
      // Not suppressed (flagged is non-null), so the figures are there.
      const evidence: StaffingEvidence = {
        from: row.from,
        to: row.to,
        people: row.people,
        hoursPerPersonWeek: row.hoursPerPersonWeek!,
        hoursPerWeek: row.hoursPerPersonWeek! * row.people,
        fteAbsorbed: row.fteAbsorbed!,
        flaggedPeople: row.flaggedPeople!,
        thresholdHoursPerWeek: threshold,
      };
      const selling = sellingHoursLost(input, evidence, weeks);
      const role = roleFor(row.to);
      const base = role ? `Hire ${role} for ${row.to}` : `Hire for ${row.to}`;
      // Two departments flagged with the same B would otherwise give two items of one title.
      const title = (targets.get(row.to) ?? 0) > 1 ? `${base} (time from ${row.from})` : base;
      return {
        title,
        kind: 'hire',
        evidence,
        sellingHoursPerWeek: selling.hours,
        sellingHoursBasis: selling.basis,
        description: describe(input, evidence),
      };
    })
    .sort(
      (a, b) =>
        b.evidence.fteAbsorbed - a.evidence.fteAbsorbed ||
        byText(a.evidence.from, b.evidence.from) ||
        byText(a.evidence.to, b.evidence.to),
    );
}

/**
 * The selling hours a week a hire for B would free. The one-day rule reads A's time with B as
 * work B should carry itself. When A is customer-oriented (PRODUCT.md: its roles support
 * individual customers), that time is time not spent with customers, so a hire that answers the
 * pair hands it back to selling: the suggestion carries the hours a week B absorbs from A (rule 8). Rule 8 counts every meeting with someone from B, customer calls B joins
 * included, so this is an upper bound — lower it, or the confidence, when adding the item. A
 * market- or other-oriented A loses no selling time: 0, and the suggestion still shows for its
 * FTE. A department mixing orientations counts its customer-oriented people's hours only, shown
 * only when they and the rest both reach privacy.minGroupSize: with the pair's total published,
 * either part gives the other away.
 */
function sellingHoursLost(
  input: ReportInput,
  evidence: StaffingEvidence,
  weeks: number,
): { hours: number | null; basis: string } {
  const members = input.people.filter((p) => p.active && p.department === evidence.from);
  const customers = members.filter((p) => p.orientation === 'customer');
  const from = evidence.from;
  if (customers.length === 0) {
    return {
      hours: 0,
      basis: `${from} is not customer-oriented: the hours ${evidence.to} absorbs are not selling hours`,
    };
  }
  if (customers.length === members.length) {
    return {
      hours: evidence.hoursPerWeek,
      basis:
        `${from} is customer-oriented: the ${figure(evidence.hoursPerWeek)} h a week ` +
        `${evidence.to} absorbs are selling hours lost`,
    };
  }
  const rest = members.length - customers.length;
  if (customers.length < input.minGroupSize || rest < input.minGroupSize) {
    return {
      hours: null,
      basis:
        `withheld: ${from} mixes customer-oriented people with others, and a part is smaller ` +
        `than the privacy minimum of ${input.minGroupSize}`,
    };
  }
  const hours =
    customers.reduce((sum, p) => sum + (p.departmentHours[evidence.to] ?? 0), 0) / weeks;
  return {
    hours,
    basis:
      `the ${figure(hours)} h a week ${evidence.to} absorbs from ${from}’s ` +
      `${customers.length} customer-oriented people are selling hours lost`,
  };
}

function describe(input: ReportInput, e: StaffingEvidence): string {
  return (
    `${input.range.from} to ${input.range.to} (exclusive): ${e.from}’s ${e.people} people spend ` +
    `${figure(e.hoursPerPersonWeek)} h per person-week with ${e.to}, above one day ` +
    `(${figure(e.thresholdHoursPerWeek)} h) — ${figure(e.hoursPerWeek)} h a week, ` +
    `${formatFte(e.fteAbsorbed)} FTE of ${e.from}’s time; ${e.flaggedPeople} of them over a day a ` +
    `week themselves. The one-day rule: ${e.to} looks understaffed or underskilled.`
  );
}

/**
 * The role a department's name suggests, first match wins; "Sales" itself gets a sales engineer,
 * the essay's "sales usually needs more sales engineers". Null when the name says nothing.
 */
const ROLES: readonly [RegExp, string][] = [
  [/\bsolutions? engineering\b/, 'a solutions engineer'],
  [/\b(sales engineering|pre-?sales)\b/, 'a sales engineer'],
  [/\bcustomer success\b/, 'a customer success manager'],
  [/\bproduct marketing\b/, 'a product marketing manager'],
  [/\bproduct( management)?\b/, 'a product manager'],
  [/\bmarketing\b/, 'a marketer'],
  [/\bsales\b/, 'a sales engineer'],
  [/\bsupport\b/, 'a support engineer'],
  [/\bdesign\b/, 'a designer'],
  [/\b(engineering|development)\b/, 'an engineer'],
];

export function roleFor(department: string): string | null {
  const name = department.toLowerCase();
  return ROLES.find(([pattern]) => pattern.test(name))?.[1] ?? null;
}

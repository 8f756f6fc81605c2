// Rule 6: the first rule whose conditions all hold gives the category.
import type { CategoryRule, Conditions, EffectiveRules } from './category-rules.js';
import { FALLBACK_CATEGORY } from './category-rules.js';
import type { MeetingView } from './meeting-view.js';
import type { OrgPerson } from './model.js';

export interface CompiledRule {
  category: string;
  /** Position of the category in the precedence list (rule 4): lower wins overlaps. */
  categoryIndex: number;
  /** 1-based position in the effective rule list, and its label, for `orient explain`. */
  position: number;
  name: string;
  test(view: MeetingView): boolean;
}

export interface CompiledRules {
  categories: readonly string[];
  rules: readonly CompiledRule[];
}

export interface Classification {
  category: string;
  categoryIndex: number;
  /** The rule that matched ("#3 external attendee"), or the fallback. */
  rule: string;
}

export function compileRules(effective: EffectiveRules): CompiledRules {
  const index = new Map(effective.categories.map((c, i) => [c, i]));
  return {
    categories: effective.categories,
    rules: effective.rules.map((rule, i) => ({
      category: rule.category,
      categoryIndex: index.get(rule.category)!,
      position: i + 1,
      name: rule.name ?? rule.category,
      test: compileConditions(rule.when),
    })),
  };
}

export function classify(view: MeetingView, rules: CompiledRules): Classification {
  for (const rule of rules.rules) {
    if (rule.test(view)) {
      return {
        category: rule.category,
        categoryIndex: rule.categoryIndex,
        rule: `#${rule.position} ${rule.name}`,
      };
    }
  }
  const fallback = rules.categories.indexOf(FALLBACK_CATEGORY);
  return {
    category: FALLBACK_CATEGORY,
    categoryIndex: fallback < 0 ? rules.categories.length : fallback,
    rule: 'no rule matched',
  };
}

/** Whole words or phrases, any case: "plan" matches "Q3 plan" but not "planet". */
export function titleMatcher(words: readonly string[]): (title: string) => boolean {
  const alternatives = words.map((w) =>
    w
      .trim()
      .split(/\s+/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('\\s+'),
  );
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
  return (title) => re.test(title);
}

function lowerSet(items: readonly string[] | undefined): Set<string> | undefined {
  return items ? new Set(items.map((s) => s.trim().toLowerCase())) : undefined;
}

function personMatcher(
  spec:
    | { orientation?: readonly string[]; department?: readonly string[]; role?: readonly string[] }
    | undefined,
): ((p: OrgPerson | undefined) => boolean) | undefined {
  if (!spec) return undefined;
  const orientations = spec.orientation ? new Set(spec.orientation) : undefined;
  const departments = lowerSet(spec.department);
  const roles = lowerSet(spec.role);
  return (p) =>
    p !== undefined &&
    (!orientations || orientations.has(p.orientation)) &&
    (!departments || departments.has(p.department.toLowerCase())) &&
    (!roles || roles.has(p.role.toLowerCase()));
}

function inRange(value: number, r: { min?: number; max?: number } | undefined): boolean {
  return !r || ((r.min === undefined || value >= r.min) && (r.max === undefined || value <= r.max));
}

function compileConditions(c: Conditions): (view: MeetingView) => boolean {
  const tests: ((v: MeetingView) => boolean)[] = [];
  if (c.title) {
    const match = titleMatcher(c.title);
    tests.push((v) => match(v.meeting.title));
  }
  if (c.titleRegex !== undefined) {
    const re = new RegExp(c.titleRegex, 'iu');
    tests.push((v) => re.test(v.meeting.title));
  }
  if (c.external !== undefined) {
    const want = c.external;
    tests.push((v) => v.externalPresent === want);
  }
  const self = personMatcher(c.person);
  if (self) tests.push((v) => self(v.self));
  const others = personMatcher(c.othersInclude);
  if (others) tests.push((v) => v.others.some((o) => o.present && o.internal && others(o.person)));
  if (c.allOthersInternal !== undefined) {
    const want = c.allOthersInternal;
    tests.push((v) => v.others.every((o) => !o.present || o.internal) === want);
  }
  if (c.solo !== undefined) {
    const want = c.solo;
    tests.push((v) => (v.others.length === 0) === want);
  }
  if (c.organizer) {
    const spec = c.organizer;
    const who = personMatcher({ orientation: spec.orientation, department: spec.department });
    tests.push((v) => {
      const o = v.organizer;
      if (!o) return false;
      if (spec.internal !== undefined && o.internal !== spec.internal) return false;
      if (spec.self !== undefined && (o.email === v.email) !== spec.self) return false;
      return !who || who(o.person);
    });
  }
  if (c.durationMinutes) {
    const r = c.durationMinutes;
    tests.push((v) => inRange(v.minutes, r));
  }
  if (c.attendees) {
    const r = c.attendees;
    tests.push((v) => inRange(v.listed, r));
  }
  return (v) => tests.every((t) => t(v));
}

export type { CategoryRule };

// Rule 6: categories from an ordered rule list, first match wins. The defaults below are PRODUCT.md
// rule 6 as data; users replace or extend them under `rules` in orient.config.yaml.
import { z } from 'zod';

const orientation = z.enum(['customer', 'market', 'other']);
const names = z.array(z.string().min(1)).min(1);
const range = z
  .strictObject({
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
  })
  .refine(
    (r) => r.min === undefined || r.max === undefined || r.min <= r.max,
    'min must not exceed max',
  );

/** The conditions of a rule; all given conditions must hold. */
export const conditionsSchema = z.strictObject({
  /** Title contains one of these words or phrases (whole words, any case). */
  title: names.optional(),
  /** Title matches this regular expression (case-insensitive). */
  titleRegex: z
    .string()
    .refine((s) => {
      try {
        new RegExp(s, 'iu');
        return true;
      } catch {
        return false;
      }
    }, 'is not a valid regular expression')
    .optional(),
  /** An external attendee is present (rule 1; not declined). */
  external: z.boolean().optional(),
  /** The person whose time is counted. */
  person: z
    .strictObject({
      orientation: z.array(orientation).min(1).optional(),
      department: names.optional(),
      role: names.optional(),
    })
    .optional(),
  /** At least one other attending person from the directory matches. */
  othersInclude: z
    .strictObject({
      orientation: z.array(orientation).min(1).optional(),
      department: names.optional(),
      role: names.optional(),
    })
    .optional(),
  /** Every other attending person is internal (true even when nobody else attends). */
  allOthersInternal: z.boolean().optional(),
  /** Nobody but the person is listed (rooms aside): a solo block. */
  solo: z.boolean().optional(),
  /** The organiser. */
  organizer: z
    .strictObject({
      orientation: z.array(orientation).min(1).optional(),
      department: names.optional(),
      internal: z.boolean().optional(),
      self: z.boolean().optional(),
    })
    .optional(),
  /** Length in minutes, inclusive bounds. */
  durationMinutes: range.optional(),
  /** People listed (organiser and attendees, rooms aside, the person included), inclusive bounds. */
  attendees: range.optional(),
});

export const categoryRuleSchema = z.strictObject({
  /** The category name, e.g. selling, or one of your own. */
  category: z
    .string()
    .regex(
      /^[a-z0-9][a-z0-9-]*$/,
      'use lower-case letters, digits and hyphens, e.g. customer-calls',
    ),
  /** A label for `orient explain`; defaults to the category. */
  name: z.string().min(1).optional(),
  when: conditionsSchema.default({}),
});

export type Conditions = z.output<typeof conditionsSchema>;
export type CategoryRule = z.output<typeof categoryRuleSchema>;

/** Rule 6's ten categories, in order — also the overlap precedence (rule 4). */
export const DEFAULT_CATEGORIES = [
  'selling',
  'sales-support',
  'external',
  'one-on-one',
  'training',
  'planning',
  'content',
  'events',
  'internal',
  'focus',
] as const;

/** Market work = planning + content + events (rule 6). */
export const MARKET_CATEGORIES: readonly string[] = ['planning', 'content', 'events'];

/** Rule 6, first match wins. */
export const DEFAULT_RULES: readonly CategoryRule[] = [
  {
    category: 'selling',
    name: 'external attendee, customer-oriented person',
    when: { external: true, person: { orientation: ['customer'] } },
  },
  {
    category: 'sales-support',
    name: 'external attendee, a customer-oriented person attends',
    when: {
      external: true,
      person: { orientation: ['market', 'other'] },
      othersInclude: { orientation: ['customer'] },
    },
  },
  { category: 'external', name: 'external attendee', when: { external: true } },
  {
    category: 'one-on-one',
    name: 'title: one-on-one',
    when: { title: ['1:1', '1-1', '1on1', 'one-on-one', 'one on one'] },
  },
  {
    category: 'training',
    name: 'title: training',
    when: {
      title: ['training', 'enablement', 'onboarding', 'certification', 'workshop', 'course'],
    },
  },
  {
    category: 'planning',
    name: 'title: planning',
    when: {
      title: [
        'planning',
        'plan',
        'roadmap',
        'strategy',
        'kickoff',
        'offsite',
        'prioritization',
        'prioritisation',
        'OKR',
        'OKRs',
      ],
    },
  },
  {
    category: 'content',
    name: 'title: content',
    when: {
      title: [
        'deck',
        'presentation',
        'slides',
        'ebook',
        'e-book',
        'whitepaper',
        'webinar',
        'collateral',
        'case study',
        'blog',
        'datasheet',
        'one-pager',
        'brochure',
      ],
    },
  },
  {
    category: 'events',
    name: 'title: events',
    when: {
      title: [
        'event',
        'events',
        'conference',
        'trade show',
        'tradeshow',
        'booth',
        'sponsorship',
        'summit',
        'expo',
      ],
    },
  },
  // With the external rules above, any meeting that lists others has only internal people present.
  { category: 'internal', name: 'other people, all internal', when: { solo: false } },
  { category: 'focus', name: 'solo block', when: { solo: true } },
];

/** What `rules` in the config holds. */
export interface RulesSetting {
  mode: 'extend' | 'replace';
  list: readonly CategoryRule[];
}

/** Where no rule matches (only possible with `mode: replace`). */
export const FALLBACK_CATEGORY = 'uncategorised';

export interface EffectiveRules {
  rules: readonly CategoryRule[];
  /** Every category in overlap precedence (rule 4). */
  categories: readonly string[];
}

/**
 * The rule list in force. `extend` puts the user's rules before the defaults (so they win);
 * precedence (rule 4) keeps rule 6's order for the default categories and puts new categories,
 * in the order they first appear, after the title categories (events) and before the catch-alls
 * `internal` and `focus` — a recruiting interview overlapping a team sync is recruiting time.
 * `replace` uses the user's rules alone, in their order, and adds `uncategorised` for anything
 * they leave unmatched.
 */
export function effectiveRules(setting: RulesSetting): EffectiveRules {
  if (setting.mode === 'replace') {
    const categories = unique(setting.list.map((r) => r.category));
    if (!categories.includes(FALLBACK_CATEGORY)) categories.push(FALLBACK_CATEGORY);
    return { rules: setting.list, categories };
  }
  const rules = [...setting.list, ...DEFAULT_RULES];
  const added = unique(setting.list.map((r) => r.category)).filter(
    (c) => !(DEFAULT_CATEGORIES as readonly string[]).includes(c),
  );
  const catchAll = DEFAULT_CATEGORIES.indexOf('internal');
  return {
    rules,
    categories: [
      ...DEFAULT_CATEGORIES.slice(0, catchAll),
      ...added,
      ...DEFAULT_CATEGORIES.slice(catchAll),
    ],
  };
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)];
}

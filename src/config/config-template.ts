// The commented orient.config.yaml that `orient init` writes. Loaded back, it gives the defaults
// (with the internal domains it was given, or the placeholder).
import { stringify } from 'yaml';
import type { Orientation } from '../core/config/config-schema.js';
import type { CategoryRule } from '../core/counting/category-rules.js';
import {
  DEFAULT_ROLES,
  defaultConfig,
  PLACEHOLDER_INTERNAL_DOMAIN,
} from '../core/config/config-schema.js';

export interface ConfigTemplateOptions {
  /** IANA name; the caller validates it (loadConfig rejects a bad one with its line). */
  timezone?: string;
  internalDomains?: string[];
  /** Role titles to add on top of the defaults (e.g. the demo org's leadership titles). */
  roles?: Readonly<Record<string, Orientation>>;
  /** Category rules to write uncommented (mode extend), e.g. the demo's recruiting rule. */
  rules?: readonly CategoryRule[];
}

/** The text of a fresh orient.config.yaml. */
export function configTemplate(options: ConfigTemplateOptions = {}): string {
  const defaults = defaultConfig();
  const timezone = options.timezone ?? defaults.timezone;
  const domains =
    options.internalDomains && options.internalDomains.length > 0
      ? options.internalDomains
      : [PLACEHOLDER_INTERNAL_DOMAIN];
  const placeholder = domains.includes(PLACEHOLDER_INTERNAL_DOMAIN);
  const roleWidth = Math.max(...Object.keys(DEFAULT_ROLES).map((title) => title.length));
  const allRoles = { ...DEFAULT_ROLES, ...(options.roles ?? {}) };
  const roleWidth2 = Math.max(roleWidth, ...Object.keys(allRoles).map((title) => title.length));
  const roles = Object.entries(allRoles).map(
    ([title, orientation]) => `  ${`${scalar(title)}:`.padEnd(roleWidth2 + 1)} ${orientation}`,
  );

  return [
    '# Orient configuration, written by `orient init`. Keys and rules: PRODUCT.md.',
    '# Every key except internalDomains is optional: delete it to get the default shown.',
    '# To use another file, pass `--config FILE` or set the ORIENT_CONFIG environment variable.',
    '',
    '# The organisation’s time zone (an IANA name such as Europe/Berlin). Report ranges are',
    '# whole days and weekly views are ISO weeks (Monday) in this zone (rule 5). Default: UTC.',
    `timezone: ${scalar(timezone)}`,
    '',
    '# Your organisation’s email domains. An attendee is internal when their email domain is',
    '# one of these or a subdomain of one (rule 1); everyone else is external. Required.',
    ...(placeholder
      ? [
          `# ${PLACEHOLDER_INTERNAL_DOMAIN} is a placeholder, a reserved domain nobody uses: replace it`,
          '# with yours, e.g. [acme.com, acme.co.uk]. Until then every attendee counts as external.',
        ]
      : []),
    'internalDomains:',
    ...domains.map((domain) => `  - ${scalar(domain)}`),
    '',
    '# Hours in a working week. Selling share is selling hours / (weeks × workweekHours)',
    '# (rule 7); a department spending more than workweekHours / 5 per person-week with',
    `# another is flagged (rule 8). Default: ${defaults.workweekHours}.`,
    `workweekHours: ${defaults.workweekHours}`,
    '',
    '# Role title (the directory’s role column) → orientation: customer (supports individual',
    '# customers), market (supports the market) or other. Titles match case-insensitively and',
    '# ignore extra spaces; a title not listed is other. These are the defaults: entries you add',
    '# go on top of them, and to drop one, map it to other.',
    'roles:',
    ...roles,
    '',
    '# Privacy. minGroupSize: a group (department, role, …) with fewer people than this',
    `# shows no figures in any view, only "suppressed". Default: ${defaults.privacy.minGroupSize}.`,
    'privacy:',
    `  minGroupSize: ${defaults.privacy.minGroupSize}`,
    '',
    '# Category rules (PRODUCT.md rule 6). Each person’s time in each meeting gets the first',
    '# category that matches, in this order, which also decides overlapping meetings (rule 4):',
    '#    1. selling        an external attendee is present and the person is customer-oriented',
    '#    2. sales-support  an external attendee is present, the person is not customer-oriented',
    '#                     and a customer-oriented colleague attends',
    '#    3. external       any other meeting with an external attendee',
    '#    4. one-on-one     title: 1:1, 1-1, 1on1, one-on-one, one on one',
    '#    5. training       title: training, enablement, onboarding, certification, workshop, course',
    '#    6. planning       title: planning, plan, roadmap, strategy, kickoff, offsite, OKR, …',
    '#    7. content        title: deck, presentation, slides, ebook, whitepaper, webinar, blog, …',
    '#    8. events         title: event, conference, trade show, booth, sponsorship, summit, expo',
    '#    9. internal       other people attend, all internal',
    '#   10. focus          a solo block (no attendees, in the person’s own calendar)',
    '# Titles match case-insensitively on whole words or phrases. Market work = planning +',
    '# content + events. To change the rules, uncomment `rules`: mode extend puts your rules',
    '# before these (so they win), replace uses only yours (a bare list means extend). A rule is',
    '# a category and conditions that must all hold: title (words or phrases), titleRegex,',
    '# external (true/false), person / othersInclude / organizer ({orientation, department,',
    '# role}), allOthersInternal, solo, durationMinutes / attendees ({min, max}).',
    '# `orient explain EMAIL` shows which rule matched each meeting. Default: the rules above.',
    ...(options.rules && options.rules.length > 0
      ? [
          stringify({ rules: { mode: 'extend', list: options.rules } }).trimEnd(),
          '# More examples:',
        ]
      : []),
    '# rules:',
    '#   mode: extend',
    '#   list:',
    '#     - category: recruiting',
    '#       when: { title: [interview, candidate] }',
    '#     - category: selling',
    '#       when: { title: [QBR], person: { orientation: [customer] } }',
    '',
  ].join('\n');
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function scalar(value: string): string {
  const plain =
    /^[A-Za-z][A-Za-z0-9 _./+-]*$/.test(value) &&
    !/\s$/.test(value) &&
    !/^(?:null|true|false|yes|no|on|off|y|n)$/i.test(value);
  return plain ? value : JSON.stringify(value);
}

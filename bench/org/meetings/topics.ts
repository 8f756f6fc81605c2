// What the generated meetings are about: product areas and ebook topics several kinds of meeting
// mention, kept as comma-separated lists so they stay compact in source.

/** The items of a comma-separated list, trimmed. */
export function commaList(text: string): readonly string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export const AREAS = commaList(`
  Analytics, Integrations, Mobile, Billing, Platform, Reporting, Workflow automation,
  Security & compliance, Admin console, Data import
`);
export const EBOOK_TOPICS = commaList(`
  5 ways to cut reporting time, The buyer's guide to workflow automation,
  Security & compliance checklist, Data-driven sales teams
`);

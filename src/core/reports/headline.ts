// The paragraph a leader reads in ten seconds: selling share per customer-oriented role against
// the essay and the published benchmarks (rule 10), the three series that cost the most selling
// time, and the departments that absorb more than a day a week of another's time (rule 8).
import { BENCHMARKS } from './benchmarks.js';
import { formatFte, formatHoursShort, formatShare } from './format.js';
import { byText } from './measures.js';
import type { CrossDepartmentRow, Headline, InviteReviewRow, ReportGroup } from './report.js';

const SERIES_TO_CUT = 3;
const PAIRS_IN_TEXT = 3;
const WITHHELD_NAMED = 3;

export function buildHeadline(
  groups: readonly ReportGroup[],
  inviteReview: readonly InviteReviewRow[],
  crossDepartment: readonly CrossDepartmentRow[],
  workweekHours: number,
): Headline {
  const sellingShareByRole = groups
    .filter((g) => g.by === 'role' && g.customerOriented.people > 0)
    .map((g) => ({
      role: g.name,
      people: g.customerOriented.people,
      suppressed: g.customerOriented.suppressed,
      sellingShare: g.sellingShare,
      sellingShareOfScheduled: g.customerOriented.sellingShareOfScheduled,
    }));
  const org = groups.find((g) => g.by === 'org');
  const overallSellingShare = org?.sellingShare ?? null;
  const seriesToCut = inviteReview.slice(0, SERIES_TO_CUT).map((r) => ({
    uid: r.uid,
    title: r.title,
    organizerDepartment: r.organizerDepartment,
    sellingHoursPerWeek: r.sellingHoursPerWeek,
    annualisedSellingHours: r.annualisedSellingHours,
  }));
  const flaggedPairs = crossDepartment
    .filter((r) => r.flagged === true)
    .map((r) => ({
      from: r.from,
      to: r.to,
      hoursPerPersonWeek: r.hoursPerPersonWeek!,
      fteAbsorbed: r.fteAbsorbed!,
      verdict: r.verdict!,
    }))
    .sort((a, b) => b.hoursPerPersonWeek - a.hoursPerPersonWeek);
  const headline = { sellingShareByRole, overallSellingShare, seriesToCut, flaggedPairs };
  return { text: headlineText(headline, workweekHours), ...headline };
}

function headlineText(h: Omit<Headline, 'text'>, workweekHours: number): string {
  return [sellingText(h, workweekHours), seriesText(h), pairsText(h, workweekHours)].join(' ');
}

function sellingText(h: Omit<Headline, 'text'>, workweekHours: number): string {
  if (h.sellingShareByRole.length === 0) {
    return 'No customer-oriented people were counted, so there is no selling share to show.';
  }
  // Largest roles first; withheld roles only counted (named when few), so the text stays short.
  const shown = h.sellingShareByRole
    .filter((r) => !r.suppressed)
    .sort((a, b) => b.people - a.people || byText(a.role, b.role))
    .map(
      (r) =>
        `${r.role} ${r.sellingShare === null ? 'n/a' : formatShare(r.sellingShare)}` +
        (r.sellingShareOfScheduled === null
          ? ''
          : ` (${formatShare(r.sellingShareOfScheduled)} of scheduled time)`),
    );
  if (h.sellingShareByRole.length > 1 && h.overallSellingShare !== null) {
    shown.push(`all customer-oriented people ${formatShare(h.overallSellingShare)}`);
  }
  const withheld = h.sellingShareByRole.filter((r) => r.suppressed).map((r) => r.role);
  const hidden =
    withheld.length === 0
      ? ''
      : `${shown.length > 0 ? '; ' : ''}${withheld.length} role${withheld.length === 1 ? '' : 's'}` +
        (withheld.length <= WITHHELD_NAMED ? ` (${withheld.join(', ')})` : '') +
        ' withheld for privacy';
  const b = Object.fromEntries(BENCHMARKS.map((x) => [x.id, formatShare(x.sellingShare)]));
  return (
    `Selling time, as a share of a ${formatHoursShort(workweekHours)}-hour week: ` +
    `${shown.join(', ')}${hidden}. The essay puts it near ${b.essay} (half of salespeople’s time ` +
    `goes to work that generates no revenue); CSO Insights 2011 found ` +
    `${b['cso-insights-2011']}, Industrial Performance Group ${b.ipg} (top performers ` +
    `${b['ipg-top-performers']}).`
  );
}

function seriesText(h: Omit<Headline, 'text'>): string {
  if (h.seriesToCut.length === 0) {
    return 'No internal meetings pull customer-oriented people away from selling.';
  }
  const items = h.seriesToCut.map((s, i) => {
    const who = s.organizerDepartment ? ` (${s.organizerDepartment})` : '';
    const unit = i === 0 ? ' of selling' : '';
    return (
      `“${s.title}”${who} ${formatHoursShort(s.sellingHoursPerWeek)} h${unit} a week, ` +
      `${formatHoursShort(s.annualisedSellingHours)} h a year`
    );
  });
  return `Cut first, with the selling time each would return: ${items.join('; ')}.`;
}

function pairsText(h: Omit<Headline, 'text'>, workweekHours: number): string {
  const day = formatHoursShort(workweekHours / 5);
  if (h.flaggedPairs.length === 0) {
    return `No department spends more than a day a week (${day} h) with another.`;
  }
  const items = h.flaggedPairs
    .slice(0, PAIRS_IN_TEXT)
    .map(
      (p) =>
        `${p.from} spends ${formatHoursShort(p.hoursPerPersonWeek)} h per person-week with ` +
        `${p.to} (${formatFte(p.fteAbsorbed)} FTE): ${p.verdict}`,
    );
  const more = h.flaggedPairs.length - items.length;
  const tail = more > 0 ? `; and ${more} more pair${more === 1 ? '' : 's'}` : '';
  return `Over one day a week (${day} h): ${items.join('; ')}${tail}.`;
}

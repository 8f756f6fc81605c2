// Rule 8: time each department spends with each other one, per person-week, against the essay's
// rule of thumb — more than one day a week with a department means it is understaffed or
// underskilled. Rule 8 counts A's active people, with zero for those who spent no time with B.
import { byText, groupByName, weeksOf } from './measures.js';
import type { ReportInput, ReportPerson } from './report-input.js';
import type { CrossDepartmentRow, FlaggedPeople, FlaggedPerson } from './report.js';

/** One working day a week (rule 8). */
export function oneDayHours(workweekHours: number): number {
  return workweekHours / 5;
}

export function verdictFor(department: string): string {
  return `${department} looks understaffed or underskilled`;
}

/**
 * Every ordered pair (A, B): A a department with active people, B any other department seen (in
 * the people or in their department hours). A row is suppressed when |A| < minGroupSize.
 */
export function crossDepartmentRows(input: ReportInput): CrossDepartmentRow[] {
  const weeks = weeksOf(input);
  const threshold = oneDayHours(input.workweekHours);
  const departments = allDepartments(input.people);
  const rows: CrossDepartmentRow[] = [];
  for (const [from, members] of activeByDepartment(input.people)) {
    const suppressed = members.length < input.minGroupSize;
    const withOthers = timeWithOthers(members, from, weeks, threshold);
    for (const to of departments) {
      if (to === from) continue;
      const { hours, overThreshold } = withOthers.get(to) ?? { hours: 0, overThreshold: 0 };
      const perPersonWeek = hours / (members.length * weeks);
      const flagged = perPersonWeek > threshold;
      rows.push({
        from,
        to,
        people: members.length,
        suppressed,
        hoursPerPersonWeek: suppressed ? null : perPersonWeek,
        flagged: suppressed ? null : flagged,
        fteAbsorbed: suppressed ? null : (perPersonWeek * members.length) / input.workweekHours,
        verdict: suppressed || !flagged ? null : verdictFor(to),
        flaggedPeople: suppressed ? null : overThreshold,
      });
    }
  }
  return rows;
}

/**
 * Per other department: the members' hours with it, added in member order, and how many of them
 * are over the threshold. A member with no time with it adds 0 to neither, so is skipped.
 */
function timeWithOthers(
  members: readonly ReportPerson[],
  from: string,
  weeks: number,
  threshold: number,
): Map<string, { hours: number; overThreshold: number }> {
  const out = new Map<string, { hours: number; overThreshold: number }>();
  for (const p of members) {
    for (const [to, h] of Object.entries(p.departmentHours)) {
      if (to === from) continue;
      let acc = out.get(to);
      if (!acc) {
        acc = { hours: 0, overThreshold: 0 };
        out.set(to, acc);
      }
      acc.hours += h;
      if (h / weeks > threshold) acc.overThreshold++;
    }
  }
  return out;
}

/**
 * The one-day threshold per person: per department a count of its active people above it with
 * any other department (suppressed like the cross-department rows), and with `people` the
 * person-level list, one row per (person, department), most hours first.
 */
export function flaggedPeople(input: ReportInput, people: boolean): FlaggedPeople {
  const weeks = weeksOf(input);
  const threshold = oneDayHours(input.workweekHours);
  const list: FlaggedPerson[] = [];
  const byDepartment: FlaggedPeople['byDepartment'] = [];
  for (const [department, members] of activeByDepartment(input.people)) {
    let count = 0;
    for (const p of members) {
      const over = Object.entries(p.departmentHours)
        .filter(([to, h]) => to !== department && h / weeks > threshold)
        .map(([to, h]) => ({
          email: p.email,
          name: p.name,
          department,
          to,
          hoursPerWeek: h / weeks,
        }));
      if (over.length > 0) count++;
      list.push(...over);
    }
    const suppressed = members.length < input.minGroupSize;
    byDepartment.push({
      department,
      people: members.length,
      suppressed,
      flaggedPeople: suppressed ? null : count,
    });
  }
  list.sort(
    (a, b) => b.hoursPerWeek - a.hoursPerWeek || byText(a.email, b.email) || byText(a.to, b.to),
  );
  return { thresholdHoursPerWeek: threshold, byDepartment, ...(people ? { people: list } : {}) };
}

/** Active people per department, departments by name. */
function activeByDepartment(people: readonly ReportPerson[]): Map<string, ReportPerson[]> {
  return groupByName(
    people.filter((p) => p.active),
    (p) => p.department,
  );
}

function allDepartments(people: readonly ReportPerson[]): string[] {
  const names = new Set<string>();
  for (const p of people) {
    names.add(p.department);
    for (const d of Object.keys(p.departmentHours)) names.add(d);
  }
  return [...names].sort(byText);
}

// RFC 5545 §3.4–3.6: BEGIN/END nesting of components.
import { CalendarSyntaxError } from './calendar-error.js';
import { PARTIAL_LINE, type ContentLine } from './content-lines.js';

export interface Component {
  name: string;
  properties: ContentLine[];
  components: Component[];
  line: number;
}

/** Builds the component tree. Every BEGIN needs its END; the file must hold a VCALENDAR. */
export function buildComponents(lines: readonly ContentLine[]): Component[] {
  const roots: Component[] = [];
  const stack: Component[] = [];
  for (const cl of lines) {
    if (cl.name === PARTIAL_LINE) {
      const open = stack[stack.length - 1];
      throw new CalendarSyntaxError(
        open ? open.line : cl.line,
        open
          ? `BEGIN:${open.name} is never closed: the file ends early, in the middle of line ${cl.line} (truncated?)`
          : `not an iCalendar content line (no ':'): ${JSON.stringify(cl.value.slice(0, 40))}`,
      );
    }
    if (cl.name === 'BEGIN') {
      const name = cl.value.trim().toUpperCase();
      if (name === '') throw new CalendarSyntaxError(cl.line, 'BEGIN without a component name');
      const component: Component = { name, properties: [], components: [], line: cl.line };
      const parent = stack[stack.length - 1];
      if (parent) parent.components.push(component);
      else if (name !== 'VCALENDAR') {
        throw new CalendarSyntaxError(cl.line, `expected BEGIN:VCALENDAR, found BEGIN:${name}`);
      } else roots.push(component);
      stack.push(component);
    } else if (cl.name === 'END') {
      const name = cl.value.trim().toUpperCase();
      const open = stack.pop();
      if (!open) throw new CalendarSyntaxError(cl.line, `END:${name} without a matching BEGIN`);
      if (open.name !== name) {
        throw new CalendarSyntaxError(
          cl.line,
          `END:${name} does not close BEGIN:${open.name} from line ${open.line}`,
        );
      }
    } else {
      const open = stack[stack.length - 1];
      if (!open) {
        throw new CalendarSyntaxError(
          cl.line,
          `${cl.name} outside BEGIN:VCALENDAR … END:VCALENDAR`,
        );
      }
      open.properties.push(cl);
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    throw new CalendarSyntaxError(
      unclosed.line,
      `BEGIN:${unclosed.name} is never closed: the file ends early (truncated?)`,
    );
  }
  if (roots.length === 0) {
    throw new CalendarSyntaxError(
      1,
      'no VCALENDAR in the file: it is empty, or not an iCalendar file',
    );
  }
  return roots;
}

export function firstProperty(c: Component, name: string): ContentLine | undefined {
  for (const p of c.properties) if (p.name === name) return p;
  return undefined;
}

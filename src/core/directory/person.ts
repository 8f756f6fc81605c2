// A person as the directory import stores them: one row of people.csv, validated.

export interface DirectoryPerson {
  /** Lower-cased; the person's identity across imports and calendars. */
  email: string;
  name: string;
  department: string;
  role: string;
  /** The manager's email (lower-cased), or null. */
  manager: string | null;
  /** An IANA time zone name, or null when the file gives none. */
  timezone: string | null;
}

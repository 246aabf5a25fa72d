/**
 * Every date and time the web app shows, in the browser's locale: one style for a day, one for a
 * moment. Values stay ISO-8601 everywhere else (inputs, the API, `<time dateTime>`).
 */
const DAY = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
const MOMENT = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' });

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date (YYYY-MM-DD) is that day wherever the browser is; a moment is its day where the browser is. */
function parse(iso: string): Date | undefined {
  const m = CALENDAR_DATE.exec(iso);
  const date = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A day ("May 20, 2011" in en-US) from a calendar date or a moment. */
export function formatDate(iso: string): string {
  const date = parse(iso);
  return date ? DAY.format(date) : iso;
}

/** A moment, to the minute ("May 20, 2011 at 3:05 PM" in en-US). */
export function formatDateTime(iso: string): string {
  const date = parse(iso);
  return date ? MOMENT.format(date) : iso;
}

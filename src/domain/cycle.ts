/**
 * A cycle is a school year, labelled as research teams write it: `2009-10`.
 * It runs from July 1 of its first year to June 30 of the next.
 */
const CYCLE_LABEL = /^(\d{4})-(\d{2})$/;

export interface CycleYears {
  label: string;
  startYear: number;
}

export function parseCycleLabel(label: string): CycleYears | undefined {
  const match = CYCLE_LABEL.exec(label.trim());
  if (!match) return undefined;
  const startYear = Number(match[1]);
  const endShort = Number(match[2]);
  if ((startYear + 1) % 100 !== endShort) return undefined;
  return { label: `${match[1]}-${match[2]}`, startYear };
}

export const cycleStarts = (c: CycleYears): string => `${c.startYear}-07-01`;
export const cycleEnds = (c: CycleYears): string => `${c.startYear + 1}-06-30`;

/** True when an ISO date (YYYY-MM-DD) falls within the school year. */
export function dateInCycle(date: string, c: CycleYears): boolean {
  return date >= cycleStarts(c) && date <= cycleEnds(c);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * What is wrong with the day the user says something happened with a partner (a version issued, a
 * report or member check sent, a meeting held), or null: a date, not after today, not before the
 * cycle began when its years are known. `what` names it in the message ("the date sent").
 */
export function happenedOnProblem(value: string, today: string, cycleLabel: string, what: string): string | null {
  if (!isIsoDate(value)) return `${what} is a date, YYYY-MM-DD`;
  if (value > today) return `${what} (${value}) is in the future: say the day it happened, today (${today}) at the latest`;
  const years = parseCycleLabel(cycleLabel);
  if (years && value < cycleStarts(years)) return `${what} (${value}) is before the cycle ${years.label} began (${cycleStarts(years)})`;
  return null;
}

/**
 * The latest day that is today somewhere (UTC+14) at the moment `iso`: the user's own calendar may
 * be a day ahead of the server's, and a meeting held this morning in Auckland is not in the future.
 */
export function latestToday(iso: string): string {
  return new Date(Date.parse(iso) + 14 * 3600_000).toISOString().slice(0, 10);
}

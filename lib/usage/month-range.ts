// The Stats tab's month range, from `?from=YYYY-MM&to=YYYY-MM`. A missing, malformed or
// backwards range is the default (the 12 months ending with the current UTC month), so a bad
// link shows the default view, never an error.
import { z } from "zod";

export const DEFAULT_MONTHS = 12;
/** Ten years: a longer range is cut to the last 120 months before its end. */
export const MAX_MONTHS = 120;

export type MonthRange = { from: string; to: string };

const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** "2017-03" as a month count since year 0, so months can be subtracted. */
function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function monthOfIndex(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

export function currentMonth(now: Date): string {
  return now.toISOString().slice(0, 7);
}

/** Moves a month by `delta` months ("2017-01", -1 -> "2016-12"). */
export function addMonths(month: string, delta: number): string {
  return monthOfIndex(monthIndex(month) + delta);
}

/** The `count` months ending with `to`. */
export function lastMonths(to: string, count: number): MonthRange {
  return { from: addMonths(to, -(count - 1)), to };
}

export function defaultMonthRange(now: Date): MonthRange {
  return lastMonths(currentMonth(now), DEFAULT_MONTHS);
}

/** Every month of the range, oldest first. */
export function monthsOf(range: MonthRange): string[] {
  const months: string[] = [];
  for (let index = monthIndex(range.from); index <= monthIndex(range.to); index++) months.push(monthOfIndex(index));
  return months;
}

const rangeParamsSchema = z.object({
  from: monthSchema.optional().catch(undefined),
  to: monthSchema.optional().catch(undefined),
});

/** The range a URL asks for. Only `to` given: the 12 months ending there; only `from`: from there
 * to the current month. End before start, or anything unreadable: the default. */
export function parseMonthRange(params: Record<string, string | string[] | undefined>, now: Date): MonthRange {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const { from, to } = rangeParamsSchema.parse({ from: first(params.from), to: first(params.to) });
  const fallback = defaultMonthRange(now);
  if (from === undefined && to === undefined) return fallback;
  const end = to ?? currentMonth(now);
  const start = from ?? lastMonths(end, DEFAULT_MONTHS).from;
  if (monthIndex(end) < monthIndex(start)) return fallback;
  if (monthIndex(end) - monthIndex(start) + 1 > MAX_MONTHS) return lastMonths(end, MAX_MONTHS);
  return { from: start, to: end };
}

/** The query string of a range, for links and the presets. */
export function monthRangeQuery(range: MonthRange): string {
  return `from=${range.from}&to=${range.to}`;
}

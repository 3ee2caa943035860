// Rules compare calendar days in UTC, the time zone every date in the console is shown in.
const DAY_MS = 86_400_000;

/** The UTC midnight starting the day of `date`, in milliseconds. */
export function utcDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

export { DAY_MS };

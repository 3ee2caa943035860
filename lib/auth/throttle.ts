// The sign-in throttle's rule, as a pure function of recent failures: after LIMIT failures within
// WINDOW, further attempts are refused until WINDOW after the last of them.
export const EMAIL_FAILURE_LIMIT = 5;
export const ADDRESS_FAILURE_LIMIT = 30;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

/** `failures` newest first. Returns when attempts are allowed again, or null when they are now. */
export function throttledUntil(failures: readonly Date[], limit: number, now: Date, windowMs = THROTTLE_WINDOW_MS): Date | null {
  if (failures.length < limit) return null;
  const newest = failures[0];
  const oldestOfLimit = failures[limit - 1];
  if (newest.getTime() - oldestOfLimit.getTime() > windowMs) return null;
  const until = new Date(newest.getTime() + windowMs);
  return until > now ? until : null;
}

// Norwegian organisation numbers: nine digits, the last a MOD11 check digit (weights 3 2 7 6 5 4 3 2).
// Checked before any registry call, so a typo gets a clear message instead of a round trip.

const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Digits of the input with the spaces people type ("923 609 016") removed; null when anything
 * else than digits and spaces is there. */
function digitsOf(input: string): string | null {
  const compact = input.replace(/\s+/g, "");
  return /^\d+$/.test(compact) ? compact : null;
}

/** The check digit for the first eight digits, or null when that remainder gives 10 (no such
 * number is ever issued). */
export function mod11CheckDigit(firstEight: string): number | null {
  const sum = WEIGHTS.reduce((total, weight, index) => total + weight * Number(firstEight[index]), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** The nine-digit number when the input is a valid organisation number, else null. */
export function normalizeOrganisationNumber(input: string): string | null {
  const digits = digitsOf(input);
  if (!digits || digits.length !== 9) return null;
  return mod11CheckDigit(digits.slice(0, 8)) === Number(digits[8]) ? digits : null;
}

export function isValidOrganisationNumber(input: string): boolean {
  return normalizeOrganisationNumber(input) !== null;
}

/** True when the input is meant as a number (digits and spaces only), valid or not: the search box
 * then looks the number up instead of searching names. */
export function looksLikeOrganisationNumber(input: string): boolean {
  const digits = digitsOf(input.trim());
  return digits !== null && digits.length >= 7 && digits.length <= 11;
}

/** "923609016" -> "923 609 016", the way the registry prints it. */
export function formatOrganisationNumber(digits: string): string {
  return /^\d{9}$/.test(digits) ? `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}` : digits;
}

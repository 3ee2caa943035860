// Valid Norwegian organisation numbers for test data (the customer rule checks MOD11), grouped
// by a key so a test can find its own customers by the leading digits.
import { mod11CheckDigit } from "../../lib/registry/organisation-number";

const codes = new Map<string, number>();

/** The three leading digits of `key`'s numbers: a new code per key, the same on every call. */
export function orgPrefix(key: string): string {
  if (!codes.has(key)) codes.set(key, 100 + codes.size);
  return String(codes.get(key));
}

/** A valid number: the key's prefix, the index (below 10,000), then whichever eighth digit gives
 * a check digit (one of two consecutive ones always does). */
export function orgNumber(key: string, index: number, prefix = orgPrefix(key)): string {
  return completeOrgNumber(`${prefix}${String(index).padStart(4, "0")}`);
}

/** The valid number that starts with these seven digits. */
export function completeOrgNumber(seven: string): string {
  for (let eighth = 0; eighth <= 9; eighth += 1) {
    const check = mod11CheckDigit(`${seven}${eighth}`);
    if (check !== null) return `${seven}${eighth}${check}`;
  }
  throw new Error(`No valid organisation number starts with ${seven}`);
}

// The API token format: "cc_" + 32 random bytes in base64url. Only its SHA-256 is stored
// (docs/decisions/011-api-tokens.md); the prefix is a non-secret label for the console.
import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "cc_";
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 8;

export function generateApiToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** SHA-256 hex. A fast hash is enough: the token has 256 bits of entropy, so there is no
 * dictionary to try, unlike a password. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function displayPrefixOf(token: string): string {
  return token.slice(0, DISPLAY_PREFIX_LENGTH);
}

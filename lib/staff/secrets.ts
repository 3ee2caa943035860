// One-time passwords and invitation tokens: random, shown once, only their hashes stored.
import { createHash, randomBytes } from "node:crypto";

export const INVITATION_VALID_MS = 72 * 60 * 60 * 1000;

/** 16 characters from an alphabet without look-alikes (0/O, 1/l/I): about 90 bits. */
export function generateOneTimePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = randomBytes(16);
  return [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
}

export function generateInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

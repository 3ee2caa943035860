// Rules for a staff password: at least 12 characters, not one of the common passwords committed in
// lib/staff/common-passwords.txt, not the user's email. One function, used by every form.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./password-policy-limits";

let common: Set<string> | null = null;

function normalize(password: string): string {
  return password.toLowerCase().replace(/\s+/g, "");
}

function commonPasswords(): Set<string> {
  common ??= new Set(
    readFileSync(join(process.cwd(), "lib/staff/common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#"))
      .map(normalize),
  );
  return common;
}

/** The problem with `password`, or null when it is acceptable. */
export function passwordProblem(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (commonPasswords().has(normalize(password))) return "This password is one of the most common ones; choose another.";
  if (email && normalize(password).includes(normalize(email).split("@")[0]) && normalize(email).split("@")[0].length >= 4) {
    return "Do not use your email address in the password.";
  }
  return null;
}

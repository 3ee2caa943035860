// Demo API tokens, so the admin's token page has rows to show. Their values are random and
// thrown away (only the hash is stored); create a new token in the console to call the API.
import type { PrismaClient } from "../../generated/prisma/client";
import { displayPrefixOf, generateApiToken, hashApiToken } from "../../lib/api-tokens/token";

export async function seedApiTokens(db: PrismaClient, adminId: number, now: Date) {
  const day = 24 * 60 * 60 * 1000;
  const tokens = [
    { name: "CRM sync", scope: "read_write", createdAt: new Date(now.getTime() - 40 * day), lastUsedAt: new Date(now.getTime() - 2 * 60 * 60 * 1000), revokedAt: null },
    { name: "BI dashboard", scope: "read", createdAt: new Date(now.getTime() - 90 * day), lastUsedAt: new Date(now.getTime() - 31 * day), revokedAt: new Date(now.getTime() - 30 * day) },
  ];
  for (const token of tokens) {
    const value = generateApiToken();
    await db.apiToken.create({ data: { ...token, tokenHash: hashApiToken(value), prefix: displayPrefixOf(value), createdById: adminId } });
  }
}

// Reads of API tokens: the console's list, and the lookup every API request makes.
import { writeAuditLog } from "../audit/write-audit-log";
import { getDb } from "../db/client";
import type { ApiTokenScope } from "./schema";
import { hashApiToken } from "./token";

export async function listApiTokens() {
  return getDb().apiToken.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

export type ActiveApiToken = { id: number; name: string; scope: ApiTokenScope; lastUsedAt: Date | null };

/** The token a bearer value names, or null when it is unknown or revoked. */
export async function findActiveApiToken(token: string): Promise<ActiveApiToken | null> {
  const found = await getDb().apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: { id: true, name: true, scope: true, lastUsedAt: true, revokedAt: true },
  });
  if (!found || found.revokedAt) return null;
  return { id: found.id, name: found.name, scope: found.scope as ApiTokenScope, lastUsedAt: found.lastUsedAt };
}

/** How stale lastUsedAt may be before a request writes it again: one write per token per
 * minute at most, instead of one per request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export async function touchApiToken(token: ActiveApiToken, now = new Date()): Promise<void> {
  if (token.lastUsedAt && now.getTime() - token.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) return;
  const threshold = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  // The condition repeats the check in the database, so concurrent requests write once; the
  // activity log gets one "used" row per minute of use at most, with the same write.
  await getDb().$transaction(async (tx) => {
    const touched = await tx.apiToken.updateMany({
      where: { id: token.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: threshold } }] },
      data: { lastUsedAt: now },
    });
    if (touched.count === 1) {
      await writeAuditLog(tx, { event: "api_token.used", actor: { id: null, label: `api-token:${token.name}#${token.id}` }, entityType: "api_token", entityId: token.id });
    }
  });
}

// Writes of API tokens, each in one transaction with its audit row. The token value leaves this
// module once, in createApiToken's result, and is never stored or logged.
import { AppError } from "../app-error";
import { writeAuditLog, type AuditActor } from "../audit/write-audit-log";
import { getDb } from "../db/client";
import type { ApiTokenCreateInput } from "./schema";
import { displayPrefixOf, generateApiToken, hashApiToken } from "./token";

export async function createApiToken(actor: AuditActor & { id: number }, input: ApiTokenCreateInput) {
  const token = generateApiToken();
  const record = await getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: {
        name: input.name,
        scope: input.scope,
        tokenHash: hashApiToken(token),
        prefix: displayPrefixOf(token),
        createdById: actor.id,
      },
      select: { id: true, name: true, scope: true, prefix: true, createdAt: true },
    });
    await writeAuditLog(tx, {
      event: "api_token.created",
      actor,
      entityType: "api_token",
      entityId: created.id,
      changes: { name: created.name, scope: created.scope, prefix: created.prefix },
    });
    return created;
  });
  return { token, record };
}

export async function revokeApiToken(actor: AuditActor, id: number, now = new Date()) {
  return getDb().$transaction(async (tx) => {
    const existing = await tx.apiToken.findUnique({ where: { id }, select: { id: true, name: true, revokedAt: true } });
    if (!existing) throw new AppError("NOT_FOUND", `API token ${id} does not exist`);
    if (existing.revokedAt) throw new AppError("CONFLICT", "This token is already revoked");
    await tx.apiToken.update({ where: { id }, data: { revokedAt: now } });
    await writeAuditLog(tx, {
      event: "api_token.revoked",
      actor,
      entityType: "api_token",
      entityId: id,
      changes: { name: existing.name, revokedAt: { before: null, after: now.toISOString() } },
    });
  });
}

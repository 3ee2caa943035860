// The activity log: audit rows of exports, imports, API tokens and staff changes, plus every
// sign-in attempt, newest first. Two tables read with the same filters and merged: a page N needs
// the newest N pages of each, which stays small for the 200 pages the URL allows.
import type { Prisma } from "../../generated/prisma/client";
import { AUDIT_EVENT_LABELS, type AuditEvent } from "../audit/events";
import { getDb } from "../db/client";
import { ACTIVITY_PAGE_SIZE, type ActivityKind, type ActivityQuery } from "./schema";

const EVENTS_BY_KIND: Record<Exclude<ActivityKind, "sign_in">, AuditEvent[]> = {
  export: ["customers.exported"],
  import: ["customers.imported"],
  api_token: ["api_token.created", "api_token.used", "api_token.revoked"],
  staff: ["staff_user.created", "staff_user.role_changed", "staff_user.deactivated", "staff_user.password_reset", "staff_user.password_changed", "staff_user.invitation_accepted"],
};
const SIGN_IN_LABELS: Record<string, string> = { success: "Signed in", failure: "Sign-in failed", throttled: "Sign-in throttled" };

export type ActivityRow = { key: string; at: Date; kind: ActivityKind; what: string; who: string; detail: string };

function dateRange(query: ActivityQuery): Prisma.DateTimeFilter | undefined {
  if (!query.from && !query.to) return undefined;
  return {
    ...(query.from ? { gte: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { lt: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
  };
}

function auditWhere(query: ActivityQuery): Prisma.AuditLogWhereInput | null {
  if (query.kind === "sign_in") return null;
  const events = query.kind ? EVENTS_BY_KIND[query.kind] : Object.values(EVENTS_BY_KIND).flat();
  return { action: { in: events }, ...(query.user ? { actorId: query.user } : {}), ...(dateRange(query) ? { createdAt: dateRange(query) } : {}) };
}

/** A user's sign-ins are the attempts linked to them and those made with their email while no
 * account was looked up (a throttled attempt records no user): so filtering on a user shows the
 * guesses against their account too. */
async function signInWhere(query: ActivityQuery): Promise<Prisma.SignInAttemptWhereInput | null> {
  if (query.kind && query.kind !== "sign_in") return null;
  let user: Prisma.SignInAttemptWhereInput = {};
  if (query.user) {
    const staff = await getDb().staffUser.findUnique({ where: { id: query.user }, select: { email: true } });
    user = { OR: [{ staffUserId: query.user }, ...(staff ? [{ email: staff.email }] : [])] };
  }
  return { ...user, ...(dateRange(query) ? { createdAt: dateRange(query) } : {}) };
}

function kindOf(action: string): ActivityKind {
  return (Object.entries(EVENTS_BY_KIND).find(([, events]) => (events as string[]).includes(action))?.[0] ?? "staff") as ActivityKind;
}

/** The newest `limit` rows matching `query`, both sources merged. */
export async function readActivity(query: ActivityQuery, limit: number): Promise<ActivityRow[]> {
  const db = getDb();
  const audits = auditWhere(query);
  const signIns = await signInWhere(query);
  const [auditRows, signInRows] = await Promise.all([
    audits ? db.auditLog.findMany({ where: audits, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit }) : [],
    signIns ? db.signInAttempt.findMany({ where: signIns, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: limit }) : [],
  ]);
  const rows: ActivityRow[] = [
    ...auditRows.map((row) => ({
      key: `a${row.id}`, at: row.createdAt, kind: kindOf(row.action), what: AUDIT_EVENT_LABELS[row.action as AuditEvent] ?? row.action,
      who: row.actorLabel, detail: row.changes === "{}" ? `${row.entityType} ${row.entityId}` : `${row.entityType} ${row.entityId}: ${row.changes}`,
    })),
    ...signInRows.map((row) => ({
      key: `s${row.id}`, at: row.createdAt, kind: "sign_in" as const, what: SIGN_IN_LABELS[row.outcome] ?? row.outcome,
      who: row.email, detail: `from ${row.clientAddress}`,
    })),
  ];
  return rows.sort((a, b) => b.at.getTime() - a.at.getTime() || b.key.localeCompare(a.key, "en", { numeric: true })).slice(0, limit);
}

export async function findActivity(query: ActivityQuery) {
  const db = getDb();
  const audits = auditWhere(query);
  const signIns = await signInWhere(query);
  const [rows, auditCount, signInCount] = await Promise.all([
    readActivity(query, query.page * ACTIVITY_PAGE_SIZE),
    audits ? db.auditLog.count({ where: audits }) : 0,
    signIns ? db.signInAttempt.count({ where: signIns }) : 0,
  ]);
  return { rows: rows.slice((query.page - 1) * ACTIVITY_PAGE_SIZE), total: auditCount + signInCount, page: query.page, pageSize: ACTIVITY_PAGE_SIZE };
}

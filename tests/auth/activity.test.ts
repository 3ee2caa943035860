// Issue 14 item 8 on a real database: the activity log shows exports, imports, API token creation,
// use and revocation, sign-ins (success, failure, throttled) and staff changes; filters by kind,
// user (a user's throttled attempts included) and date; pages; and its CSV neutralizes formulas.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { findActivity, readActivity } from "@/lib/activity/queries";
import { activityCsv } from "@/lib/activity/csv";
import { activityQuerySchema, ACTIVITY_PAGE_SIZE } from "@/lib/activity/schema";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/mutations";
import { authenticateApiRequest } from "@/lib/api/auth";
import { attemptSignIn, recordSignInAttempt } from "@/lib/auth/sign-in";
import { hashPassword } from "@/lib/auth/password";
import { createStaffUser } from "@/lib/staff/mutations";

let adminId: number;
let targetId: number;
const query = (params: Record<string, string>) => activityQuerySchema.parse(params);

beforeAll(async () => {
  const passwordHash = await hashPassword("the right password");
  const admin = await getDb().staffUser.create({ data: { email: "boss@example.com", name: "Boss", role: "ADMIN", passwordHash } });
  adminId = admin.id;
  const target = await getDb().staffUser.create({ data: { email: "target@example.com", name: "Target", role: "SUPPORT", passwordHash } });
  targetId = target.id;
  const actor = { id: admin.id, label: admin.email };

  await getDb().$transaction(async (tx) => {
    await writeAuditLog(tx, { event: "customers.exported", actor, entityType: "customer", entityId: "export", changes: { format: "csv", rows: 12, filter: "status=paying" } });
    await writeAuditLog(tx, { event: "customers.imported", actor, entityType: "import_job", entityId: "job1", changes: { fileName: "clinics.csv", created: 3 } });
  });
  const { token, record } = await createApiToken({ id: admin.id, label: admin.email }, { name: "crm", scope: "read" });
  await authenticateApiRequest(new Request("http://localhost/api/v1/customers", { headers: { Authorization: `Bearer ${token}` } }), "read");
  await revokeApiToken(actor, record.id);
  await createStaffUser(actor, { name: "New Finance", email: "finance-new@example.com", role: "FINANCE", method: "password" });

  await attemptSignIn({ email: "boss@example.com", password: "the right password" }, "10.0.0.1");
  // Five wrong guesses at the target's account, then a throttled sixth: the log shows all of them.
  for (let i = 0; i < 6; i += 1) await attemptSignIn({ email: "target@example.com", password: `guess ${i}` }, "10.0.0.2");
}, 120_000);

describe("the activity log", () => {
  it("lists every kind the issue names, newest first", async () => {
    const rows = await readActivity(query({}), 500);
    const whats = rows.map((row) => row.what);
    expect(whats).toEqual(expect.arrayContaining([
      "Signed in", "Sign-in failed", "Sign-in throttled", "API token created", "API token used", "API token revoked",
    ]));
    expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(["export", "import", "api_token", "sign_in", "staff"]));
    expect(rows.find((row) => row.kind === "export")!.detail).toContain('"rows":12');
    const times = rows.map((row) => row.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("filters by kind, by user (their throttled attempts included) and by date", async () => {
    const signIns = await readActivity(query({ kind: "sign_in" }), 500);
    expect(signIns.every((row) => row.kind === "sign_in")).toBe(true);
    const target = await readActivity(query({ user: String(targetId) }), 500);
    expect(target.map((row) => row.what).sort()).toEqual([...Array(5).fill("Sign-in failed"), "Sign-in throttled"].sort());
    const admin = await readActivity(query({ user: String(adminId), kind: "api_token" }), 500);
    expect(admin.map((row) => row.what).sort()).toEqual(["API token created", "API token revoked"]);
    expect(await readActivity(query({ from: "2000-01-01", to: "2000-12-31" }), 500)).toEqual([]);
    const today = new Date().toISOString().slice(0, 10);
    expect((await readActivity(query({ from: today, to: today }), 500)).length).toBe((await readActivity(query({}), 500)).length);
  });

  it("pages by 50 with the total, and the CSV neutralizes formula-looking cells", async () => {
    for (let i = 0; i < ACTIVITY_PAGE_SIZE; i += 1) await recordSignInAttempt(`bulk${i}@example.com`, "10.0.0.3", "failure", null);
    const first = await findActivity(query({}));
    const second = await findActivity(query({ page: "2" }));
    expect(first.rows).toHaveLength(ACTIVITY_PAGE_SIZE);
    expect(second.total).toBe(first.total);
    expect(second.rows).toHaveLength(first.total - ACTIVITY_PAGE_SIZE);
    const keys = new Set(first.rows.map((row) => row.key));
    expect(second.rows.some((row) => keys.has(row.key))).toBe(false);

    // The email of a sign-in attempt is whatever the attacker typed.
    await attemptSignIn({ email: "=HYPERLINK(\"https://evil.example\")", password: "x" }, "10.0.0.4");
    const csv = activityCsv(await readActivity(query({ kind: "sign_in" }), 10));
    // (Recorded lower-cased, as every sign-in email is.)
    expect(csv).toContain(`"'=hyperlink(""https://evil.example"")"`);
    expect(csv).not.toMatch(/(^|,|")=hyperlink/im);
  });
});

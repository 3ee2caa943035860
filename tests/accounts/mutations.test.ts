// Integration: account writes against a real SQLite database, each with its audit row in the
// customer's audit log; another customer's account and a retention off the list are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { createAccount, deleteAccount, updateAccount } from "@/lib/accounts/mutations";
import { getCustomerAccountOrThrow, listCustomerAccounts } from "@/lib/accounts/queries";
import { accountInputSchema } from "@/lib/accounts/schema";
import { listCustomerAuditLog } from "@/lib/audit/queries";
import { createCustomer } from "@/lib/customers/mutations";
import { customerInputSchema } from "@/lib/customers/schema";
import type { AuditActor } from "@/lib/audit/write-audit-log";
import { createStaffActor } from "../helpers/factories";

let actor: AuditActor;
let customerId: number;
let otherCustomerId: number;

beforeAll(async () => {
  actor = await createStaffActor();
  customerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Bayside Clinic" }))).id;
  otherCustomerId = (await createCustomer(actor, customerInputSchema.parse({ name: "Other Practice" }))).id;
});

const input = (name: string, dataRetention: string) => accountInputSchema.parse({ name, dataRetention });

describe("createAccount", () => {
  it("adds the account to the customer and records it in the customer's audit log", async () => {
    const account = await createAccount(actor, customerId, input("  Bayside Main Office ", "7y"));
    expect(await listCustomerAccounts(customerId)).toContainEqual({ id: account.id, customerId, name: "Bayside Main Office", dataRetention: "7y", version: 1 });

    const [latest] = await listCustomerAuditLog(customerId);
    expect(latest).toMatchObject({ action: "account.created", actorLabel: actor.label });
    expect(await getDb().auditLog.findUniqueOrThrow({ where: { id: latest.id } })).toMatchObject({ entityType: "account", entityId: String(account.id) });
    expect(latest.changes).toEqual({
      name: { before: null, after: "Bayside Main Office" },
      dataRetention: { before: null, after: "7 years" },
    });
  });

  it("refuses a customer that does not exist, writing nothing", async () => {
    const accounts = await getDb().account.count();
    const audits = await getDb().auditLog.count();
    await expect(createAccount(actor, 999_999, input("Ghost", "1y"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getDb().account.count()).toBe(accounts);
    expect(await getDb().auditLog.count()).toBe(audits);
  });
});

describe("updateAccount", () => {
  it("records exactly the changed fields", async () => {
    const account = await createAccount(actor, customerId, input("Annex", "30d"));
    await updateAccount(actor, customerId, account.id, input("Annex", "forever"));
    const [latest] = await listCustomerAuditLog(customerId);
    expect(latest.action).toBe("account.updated");
    expect(latest.changes).toEqual({ dataRetention: { before: "30 days", after: "Forever" } });
    expect((await getCustomerAccountOrThrow(customerId, account.id)).dataRetention).toBe("forever");
  });

  it("refuses another customer's account through this customer, changing nothing", async () => {
    const foreign = await createAccount(actor, otherCustomerId, input("Theirs", "1y"));
    const audits = await getDb().auditLog.count();
    await expect(updateAccount(actor, customerId, foreign.id, input("Mine now", "30d"))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteAccount(actor, customerId, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getCustomerAccountOrThrow(customerId, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getCustomerAccountOrThrow(otherCustomerId, foreign.id)).toMatchObject({ name: "Theirs", dataRetention: "1y" });
    expect(await getDb().auditLog.count()).toBe(audits);
  });
});

describe("deleteAccount", () => {
  it("removes the account and records what it was", async () => {
    const account = await createAccount(actor, customerId, input("Closing Site", "1y"));
    await deleteAccount(actor, customerId, account.id);
    expect((await listCustomerAccounts(customerId)).map((a) => a.id)).not.toContain(account.id);
    const [latest] = await listCustomerAuditLog(customerId);
    expect(latest.action).toBe("account.deleted");
    expect(await getDb().auditLog.findUniqueOrThrow({ where: { id: latest.id } })).toMatchObject({ entityType: "account", entityId: String(account.id) });
    expect(latest.changes).toEqual({
      name: { before: "Closing Site", after: null },
      dataRetention: { before: "1 year", after: null },
    });
  });
});

describe("accountInputSchema", () => {
  it("refuses a data retention off the list with a message", () => {
    const result = accountInputSchema.safeParse({ name: "Clinic", dataRetention: "5y" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["dataRetention"], message: "Choose a data retention from the list" });
  });

  it("refuses an empty name with a message", () => {
    const result = accountInputSchema.safeParse({ name: "   ", dataRetention: "1y" });
    expect(result.error?.issues[0]).toMatchObject({ path: ["name"], message: "Enter the account's name" });
  });
});

// Unit: the bulk action's input contract, refused before anything is read.
import { describe, expect, it } from "vitest";
import { BULK_MAX_CUSTOMERS, bulkActionSchema } from "@/lib/customers/bulk/schema";

const ids = (count: number) => Array.from({ length: count }, (_, index) => index + 1);
const statusChange = { kind: "status", status: "paying" };

function messagesOf(input: unknown): string[] {
  const parsed = bulkActionSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

describe("bulkActionSchema", () => {
  it("accepts 10,000 ids and counts a repeated id once", () => {
    const parsed = bulkActionSchema.parse({ target: { kind: "ids", ids: ids(BULK_MAX_CUSTOMERS) }, change: statusChange });
    expect(parsed.target.kind === "ids" && parsed.target.ids).toHaveLength(BULK_MAX_CUSTOMERS);
    const repeated = bulkActionSchema.parse({ target: { kind: "ids", ids: [3, 3, 4] }, change: statusChange });
    expect(repeated.target).toEqual({ kind: "ids", ids: [3, 4] });
  });

  it("refuses 10,001 ids with a message naming the limit", () => {
    expect(messagesOf({ target: { kind: "ids", ids: ids(BULK_MAX_CUSTOMERS + 1) }, change: statusChange })).toEqual([
      "A bulk action changes at most 10,000 customers; select fewer",
    ]);
  });

  it("refuses an empty selection", () => {
    expect(messagesOf({ target: { kind: "ids", ids: [] }, change: statusChange })).toEqual(["Select at least one customer"]);
  });

  it("refuses ids that are not positive whole numbers", () => {
    for (const bad of [0, -4, 1.5, "12"]) {
      expect(messagesOf({ target: { kind: "ids", ids: [1, bad] }, change: statusChange }).length).toBeGreaterThan(0);
    }
  });

  it("refuses an unknown status, naming the allowed ones", () => {
    expect(messagesOf({ target: { kind: "ids", ids: [1] }, change: { kind: "status", status: "dormant" } })).toEqual([
      "Choose a status: trial, paying, suspended, churned",
    ]);
  });

  it("refuses a manager that is not a staff id, and accepts none (unassign)", () => {
    for (const bad of ["bree", 0, -1, 2.5, undefined]) {
      expect(messagesOf({ target: { kind: "ids", ids: [1] }, change: { kind: "accountManager", accountManagerId: bad } })).toEqual(["Choose an account manager"]);
    }
    const none = bulkActionSchema.parse({ target: { kind: "ids", ids: [1] }, change: { kind: "accountManager", accountManagerId: null } });
    expect(none.change).toEqual({ kind: "accountManager", accountManagerId: null });
  });

  it("refuses an unknown change or target kind", () => {
    expect(messagesOf({ target: { kind: "ids", ids: [1] }, change: { kind: "delete" } })).toEqual(["Choose a change: status, account manager or archive"]);
    expect(messagesOf({ target: { kind: "everything" }, change: statusChange })).toEqual(["Choose the customers: selected ids or all matching"]);
  });

  it("all matching: needs the count the user saw, within the limit", () => {
    const ok = bulkActionSchema.parse({ target: { kind: "matching", query: "status=trial", expectedCount: 12 }, change: { kind: "archive" } });
    expect(ok.target).toEqual({ kind: "matching", query: "status=trial", expectedCount: 12 });
    expect(messagesOf({ target: { kind: "matching", query: "", expectedCount: 10_001 }, change: { kind: "archive" } })).toEqual([
      "A bulk action changes at most 10,000 customers; narrow the filters",
    ]);
    expect(messagesOf({ target: { kind: "matching", query: "" }, change: { kind: "archive" } }).length).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { can, PERMISSIONS, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import { ROLES } from "@/lib/auth/roles";

describe("permission table", () => {
  it("gives admins every permission", () => {
    for (const permission of PERMISSIONS) expect(can({ role: "ADMIN" }, permission)).toBe(true);
  });

  it("lets account managers create, edit and archive customers", () => {
    const am = { role: "ACCOUNT_MANAGER" };
    expect(can(am, "customers.write")).toBe(true);
    expect(can(am, "customers.archive")).toBe(true);
    expect(can(am, "staff.manage")).toBe(false);
  });

  it("lets support read and edit notes, and nothing else that writes", () => {
    const support = { role: "SUPPORT" };
    expect(can(support, "customers.read")).toBe(true);
    expect(can(support, "customers.notes")).toBe(true);
    expect(can(support, "customers.write")).toBe(false);
    expect(can(support, "customers.archive")).toBe(false);
    expect(can(support, "customers.export")).toBe(false);
    expect(can(support, "contracts.write")).toBe(false);
  });

  it("lets finance read, export and manage contracts but not edit customers", () => {
    const finance = { role: "FINANCE" };
    expect(can(finance, "customers.read")).toBe(true);
    expect(can(finance, "customers.export")).toBe(true);
    expect(can(finance, "contracts.write")).toBe(true);
    expect(can(finance, "customers.write")).toBe(false);
    expect(can(finance, "customers.archive")).toBe(false);
  });

  it("denies by default: no user, an unknown role", () => {
    expect(can(null, "customers.read")).toBe(false);
    expect(can(undefined, "customers.read")).toBe(false);
    expect(can({ role: "GUEST" }, "customers.read")).toBe(false);
    expect(can({ role: "admin" }, "customers.read")).toBe(false);
  });

  it("has an entry for every role, and every role can read customers", () => {
    for (const role of ROLES) {
      expect(ROLE_PERMISSIONS[role]).toBeDefined();
      expect(can({ role }, "customers.read")).toBe(true);
    }
  });
});

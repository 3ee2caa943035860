import { describe, expect, it } from "vitest";
import {
  customerInputSchema,
  customerUpdateSchema,
  DEFAULT_PAGE_SIZE,
  parseCustomerListQuery,
} from "@/lib/customers/schema";

describe("customer list URL parameters", () => {
  it("gives the default view for an empty URL", () => {
    expect(parseCustomerListQuery({})).toEqual({
      q: "",
      status: undefined,
      origin: undefined,
      warning: undefined,
      archived: "active",
      sort: "createdAt",
      dir: "desc",
      page: 1,
      pageSize: DEFAULT_PAGE_SIZE,
    });
  });

  it("reads every filter", () => {
    const query = parseCustomerListQuery({
      q: " parker ",
      status: "paying",
      origin: "manage",
      warnings: "1",
      archived: "all",
      sort: "name",
      page: "3",
      pageSize: "100",
    });
    expect(query).toMatchObject({ q: "parker", status: "paying", origin: "manage", warning: "any", archived: "all", sort: "name", dir: "asc", page: 3, pageSize: 100 });
  });

  const nonsense = {
    sort: "password",
    dir: "sideways",
    page: "-1",
    pageSize: "7",
    status: "deleted",
    origin: "<script>",
    archived: "maybe",
    warnings: "yes please",
    warning: "no_such_rule",
    q: "x".repeat(10_000),
  };

  it("falls back to defaults for nonsense instead of failing", () => {
    expect(parseCustomerListQuery(nonsense)).toEqual(parseCustomerListQuery({}));
  });

  it.each(Object.entries(nonsense))("falls back to the default for %s alone", (key, value) => {
    expect(parseCustomerListQuery({ [key]: value })).toEqual(parseCustomerListQuery({}));
  });

  it("takes the first of repeated parameters", () => {
    expect(parseCustomerListQuery({ status: ["trial", "paying"] }).status).toBe("trial");
  });

  it("rejects fractional and huge pages", () => {
    expect(parseCustomerListQuery({ page: "2.5" }).page).toBe(1);
    expect(parseCustomerListQuery({ page: "1e12" }).page).toBe(1);
  });
});

describe("customer input", () => {
  it("needs only a name", () => {
    const parsed = customerInputSchema.parse({ name: "  Acme Clinic " });
    expect(parsed.name).toBe("Acme Clinic");
    expect(parsed.status).toBeUndefined();
  });

  it("reports a missing name at the name field", () => {
    const result = customerInputSchema.safeParse({ name: "   " });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["name"], message: "Name is required" });
  });

  it("turns empty optional fields into null and normalizes email and country", () => {
    const parsed = customerInputSchema.parse({
      name: "Acme",
      billingEmail: " Billing@Acme.COM ",
      country: "no",
      city: "",
      partnerId: "",
      accountManagerId: "4",
      tags: "vip, pilot , vip,",
    });
    expect(parsed).toMatchObject({ billingEmail: "billing@acme.com", country: "NO", city: null, partnerId: null, accountManagerId: 4, tags: ["vip", "pilot"] });
  });

  it.each([
    ["billingEmail", "not-an-email", "Enter a valid email address"],
    ["country", "XX", "Use a two-letter country code such as US or NO"],
    ["status", "deleted", "Choose a status from the list"],
    ["accountManagerId", "abc", "Choose a value from the list"],
    ["name", "n".repeat(201), "Name must be at most 200 characters"],
  ])("rejects %s = %s with a message at that field", (field, value, message) => {
    const result = customerInputSchema.safeParse({ name: "Acme", [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues.find((issue) => issue.path[0] === field)?.message).toBe(message);
  });

  it("lets an edit send only the fields it changes", () => {
    expect(customerUpdateSchema.parse({ billingEmail: "a@b.co" })).toEqual({ billingEmail: "a@b.co" });
  });
});

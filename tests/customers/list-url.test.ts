import { describe, expect, it } from "vitest";
import { customerListHref } from "@/lib/customers/list-url";
import { parseCustomerListQuery } from "@/lib/customers/schema";
import { formatAddressLines, formatLocation } from "@/lib/customers/format";

describe("customerListHref", () => {
  it("is the bare list for the default view", () => {
    expect(customerListHref(parseCustomerListQuery({}))).toBe("/customers");
  });

  it("round-trips a filtered, sorted, paged view through the URL", () => {
    const query = parseCustomerListQuery({ q: "parker & co", status: "paying", warnings: "1", archived: "all", sort: "name", dir: "desc", page: "3", pageSize: "100" });
    const href = customerListHref(query);
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseCustomerListQuery(params)).toEqual(query);
  });

  it("applies changes such as a new sort on top of the current filters", () => {
    const query = parseCustomerListQuery({ status: "trial", page: "4" });
    expect(customerListHref(query, { sort: "name", dir: "asc", page: 1 })).toBe("/customers?status=trial&sort=name");
  });
});

describe("customer formatting", () => {
  it("shows the location as city, region", () => {
    expect(formatLocation({ city: "Kellyland", region: "KL" })).toBe("Kellyland, KL");
    expect(formatLocation({ city: null, region: "KL" })).toBe("KL");
  });

  it("prints the address as seed 000 does, line by line", () => {
    expect(
      formatAddressLines({ addressLine1: "Bayside High", addressLine2: "Bayside High", city: "Kellyland", region: "KL", postalCode: "31111", country: "US" }),
    ).toEqual(["Bayside High", "Bayside High", "Kellyland, KL 31111", "US"]);
  });
});

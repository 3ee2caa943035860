import { describe, expect, it } from "vitest";
import { parseCustomerListQuery } from "@/lib/customers/schema";
import { exportFilename } from "@/lib/export/filename";

const now = new Date("2026-11-24T10:00:00Z");
const byFilter = (params: Record<string, string>) => ({ kind: "filter" as const, query: parseCustomerListQuery(params) });

describe("exportFilename", () => {
  it("names the filter and the date", () => {
    expect(exportFilename(byFilter({}), "csv", now)).toBe("customers-2026-11-24.csv");
    expect(exportFilename(byFilter({ status: "paying", warnings: "1" }), "csv", now)).toBe("customers-paying-warnings-2026-11-24.csv");
    expect(exportFilename(byFilter({ status: "paying", origin: "manage", warnings: "1", q: "Parker" }), "xlsx", now)).toBe(
      "customers-paying-manage-warnings-search-parker-2026-11-24.xlsx",
    );
    expect(exportFilename(byFilter({ warning: "trial_past_end" }), "csv", now)).toBe("customers-warnings-trial-past-end-2026-11-24.csv");
    expect(exportFilename(byFilter({ archived: "all" }), "csv", now)).toBe("customers-with-archived-2026-11-24.csv");
  });

  it("keeps only safe characters from a search", () => {
    expect(exportFilename(byFilter({ q: 'Tromsø "Ærlig" ../etc/passwd' }), "csv", now)).toBe("customers-search-tromso-aerlig-etc-passwd-2026-11-24.csv");
    expect(exportFilename(byFilter({ q: "\"'/\\" }), "csv", now)).toBe("customers-2026-11-24.csv");
  });

  it("names a selection by its size", () => {
    const query = parseCustomerListQuery({});
    expect(exportFilename({ kind: "ids", ids: [3, 4, 5], query }, "xlsx", now)).toBe("customers-selected-3-2026-11-24.xlsx");
  });
});

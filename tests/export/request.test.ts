import { describe, expect, it } from "vitest";
import { MAX_SELECTED_IDS, paramsRecord, parseExportRequest } from "@/lib/export/request";

describe("parseExportRequest", () => {
  it("takes the list's filter and sort, ignoring the page", () => {
    const parsed = parseExportRequest({ format: "csv", bom: "1", status: "paying", warnings: "1", sort: "name", page: "7", pageSize: "25" });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.request.format).toBe("csv");
    expect(parsed.request.bom).toBe(true);
    expect(parsed.request.selection).toMatchObject({ kind: "filter", query: { status: "paying", warning: "any", sort: "name", dir: "asc" } });
  });

  it("rejects a missing or unknown format and bad ids with a message", () => {
    expect(parseExportRequest({})).toEqual({ ok: false, error: "format must be csv or xlsx" });
    expect(parseExportRequest({ format: "xls" })).toEqual({ ok: false, error: "format must be csv or xlsx" });
    expect(parseExportRequest({ format: "csv", ids: "1,abc" })).toMatchObject({ ok: false, error: "ids must be customer ids" });
    expect(parseExportRequest({ format: "csv", ids: "-3" })).toMatchObject({ ok: false });
    const tooMany = Array.from({ length: MAX_SELECTED_IDS + 1 }, (_, index) => String(index + 1));
    expect(parseExportRequest({ format: "csv", ids: tooMany })).toMatchObject({ ok: false, error: expect.stringContaining("At most 10,000") });
  });

  it("accepts ids repeated or comma-separated, without duplicates", () => {
    const record = paramsRecord(new URLSearchParams("format=xlsx&ids=3&ids=4,5&ids=3").entries());
    const parsed = parseExportRequest(record);
    expect(parsed.ok && parsed.request.selection).toMatchObject({ kind: "ids", ids: [3, 4, 5] });
  });
});

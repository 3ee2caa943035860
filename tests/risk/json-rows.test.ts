// The daily recompute reads its rows as JSON (lib/db/json-rows.ts). JSON has no dates: SQLite
// hands over its stored text with an offset, PostgreSQL a timestamp without a zone (UTC by the
// schema's convention). Both must come back as the same instant, whatever the machine's zone.
import { describe, expect, it } from "vitest";
import { jsonDate, jsonDateOrNull } from "@/lib/db/json-rows";

describe("jsonDate", () => {
  it("reads SQLite's stored text, PostgreSQL's zone-less text and epoch milliseconds as the same UTC instant", () => {
    const instant = "2026-02-05T13:14:15.500Z";
    expect(jsonDate("2026-02-05T13:14:15.500+00:00").toISOString()).toBe(instant);
    expect(jsonDate("2026-02-05T13:14:15.5").toISOString()).toBe(instant);
    expect(jsonDate(instant).toISOString()).toBe(instant);
    expect(jsonDate(Date.parse(instant)).toISOString()).toBe(instant);
  });

  it("keeps an explicit offset", () => {
    expect(jsonDate("2026-02-05T01:00:00.000+01:00").toISOString()).toBe("2026-02-05T00:00:00.000Z");
    expect(jsonDate("2026-02-04T23:00:00.000-01:00").toISOString()).toBe("2026-02-05T00:00:00.000Z");
  });

  it("gives null for a missing date", () => {
    expect(jsonDateOrNull(null)).toBeNull();
    expect(jsonDateOrNull("2026-02-05T00:00:00")?.toISOString()).toBe("2026-02-05T00:00:00.000Z");
  });
});

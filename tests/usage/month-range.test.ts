// Unit: the Stats tab's month range from the URL; every bad range becomes the default.
import { describe, expect, it } from "vitest";
import { addMonths, defaultMonthRange, MAX_MONTHS, monthsOf, parseMonthRange } from "@/lib/usage/month-range";

const now = new Date("2026-11-24T16:00:00Z");
const defaults = { from: "2025-12", to: "2026-11" };

describe("parseMonthRange", () => {
  it("defaults to the 12 months ending with the current UTC month", () => {
    expect(parseMonthRange({}, now)).toEqual(defaults);
    expect(defaultMonthRange(new Date("2027-01-01T00:30:00Z"))).toEqual({ from: "2026-02", to: "2027-01" });
  });

  it("takes a valid range as given", () => {
    expect(parseMonthRange({ from: "2017-03", to: "2017-05" }, now)).toEqual({ from: "2017-03", to: "2017-05" });
    expect(parseMonthRange({ from: "2017-03", to: "2017-03" }, now)).toEqual({ from: "2017-03", to: "2017-03" });
  });

  it("falls back to the default when the end is before the start", () => {
    expect(parseMonthRange({ from: "2017-05", to: "2017-03" }, now)).toEqual(defaults);
  });

  it("falls back to the default for nonsense", () => {
    for (const params of [
      { from: "2017-13", to: "2017-14" },
      { from: "yesterday", to: "today" },
      { from: "2017-3", to: "2017-5" },
      { from: ["2017-03", "2017-04"], to: "2017-02" },
    ]) {
      expect(parseMonthRange(params, now)).toEqual(defaults);
    }
  });

  it("completes a range given by one end", () => {
    expect(parseMonthRange({ to: "2017-05" }, now)).toEqual({ from: "2016-06", to: "2017-05" });
    expect(parseMonthRange({ from: "2026-01" }, now)).toEqual({ from: "2026-01", to: "2026-11" });
    expect(parseMonthRange({ from: "2017-03", to: "bad" }, now)).toEqual({ from: "2017-03", to: "2026-11" });
    expect(parseMonthRange({ from: "2030-01" }, now)).toEqual(defaults);
  });

  it("cuts a range longer than ten years to the last 120 months", () => {
    const range = parseMonthRange({ from: "1990-01", to: "2026-11" }, now);
    expect(range).toEqual({ from: "2016-12", to: "2026-11" });
    expect(monthsOf(range)).toHaveLength(MAX_MONTHS);
  });
});

describe("months", () => {
  it("moves across year ends", () => {
    expect(addMonths("2017-01", -1)).toBe("2016-12");
    expect(addMonths("2016-12", 1)).toBe("2017-01");
    expect(addMonths("2017-03", -24)).toBe("2015-03");
  });

  it("lists every month of a range, oldest first", () => {
    expect(monthsOf({ from: "2016-11", to: "2017-02" })).toEqual(["2016-11", "2016-12", "2017-01", "2017-02"]);
  });
});

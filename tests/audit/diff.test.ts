import { describe, expect, it } from "vitest";
import { diffFields } from "@/lib/audit/diff";

describe("diffFields", () => {
  it("lists only the fields that changed, with both values", () => {
    expect(diffFields({ name: "A", city: "Oslo" }, { name: "B", city: "Oslo" })).toEqual({ name: { before: "A", after: "B" } });
  });

  it("treats empty text and null as the same", () => {
    expect(diffFields({ notes: "" }, { notes: null })).toEqual({});
  });

  it("records dates as ISO text", () => {
    const at = new Date("2026-11-24T10:00:00Z");
    expect(diffFields({ archivedAt: null }, { archivedAt: at })).toEqual({ archivedAt: { before: null, after: "2026-11-24T10:00:00.000Z" } });
  });
});

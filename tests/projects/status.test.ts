// Unit: a project's status at the edges of its dates, which are whole days in UTC.
import { describe, expect, it } from "vitest";
import { projectStatus } from "@/lib/projects/status";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// Start 2026-03-10, end 2026-03-20 (both days in UTC).
const project = { startDate: day("2026-03-10"), endDate: day("2026-03-20") };

describe("projectStatus", () => {
  it("is upcoming until the last moment of the day before the start day (UTC)", () => {
    expect(projectStatus(project, new Date("2026-03-09T23:59:59.999Z"))).toBe("upcoming");
  });

  it("is active from the first moment of the start day (UTC)", () => {
    expect(projectStatus(project, new Date("2026-03-10T00:00:00.000Z"))).toBe("active");
  });

  it("is still active all of the end day, to its last moment (UTC)", () => {
    expect(projectStatus(project, new Date("2026-03-20T00:00:00.000Z"))).toBe("active");
    expect(projectStatus(project, new Date("2026-03-20T23:59:59.999Z"))).toBe("active");
  });

  it("is past from the first moment of the day after the end day (UTC)", () => {
    expect(projectStatus(project, new Date("2026-03-21T00:00:00.000Z"))).toBe("past");
  });

  it("uses the UTC day, not the local one: 23:30 at UTC-5 on the 9th is already the 10th in UTC", () => {
    expect(projectStatus(project, new Date("2026-03-09T23:30:00.000-05:00"))).toBe("active");
  });

  it("a one-day project is active on that day only", () => {
    const oneDay = { startDate: day("2026-03-10"), endDate: day("2026-03-10") };
    expect(projectStatus(oneDay, new Date("2026-03-09T12:00:00Z"))).toBe("upcoming");
    expect(projectStatus(oneDay, new Date("2026-03-10T12:00:00Z"))).toBe("active");
    expect(projectStatus(oneDay, new Date("2026-03-11T00:00:00Z"))).toBe("past");
  });

  it("a project without an end date stays active once started", () => {
    const open = { startDate: day("2020-01-01"), endDate: null };
    expect(projectStatus(open, new Date("2019-12-31T23:59:59Z"))).toBe("upcoming");
    expect(projectStatus(open, new Date("2040-01-01T00:00:00Z"))).toBe("active");
  });
});

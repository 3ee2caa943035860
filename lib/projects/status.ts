// A project's status is derived from its dates, never stored: the edges are whole days in UTC.
// On its start day a project is active; on its end day it is still active; the day after its end
// day it is past. A project without an end date stays active once it has started.
export const PROJECT_STATUSES = ["active", "upcoming", "past"] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, string> = { active: "Active", upcoming: "Upcoming", past: "Past" };

const DAY_MS = 86_400_000;

/** Midnight UTC of the day `now` falls on. */
export function utcToday(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

export function projectStatus(project: { startDate: Date; endDate: Date | null }, now: Date): ProjectStatus {
  const today = utcToday(now).getTime();
  if (utcToday(project.startDate).getTime() > today) return "upcoming";
  if (project.endDate !== null && utcToday(project.endDate).getTime() < today) return "past";
  return "active";
}

/** The same rule as a Prisma filter (dates are stored as UTC midnights), for the Projects tab's
 * status filter: the list and its count stay in SQL. */
export function projectStatusWhere(status: ProjectStatus, now: Date) {
  const today = utcToday(now);
  if (status === "upcoming") return { startDate: { gt: today } };
  if (status === "past") return { endDate: { lt: today } };
  return { startDate: { lte: today }, OR: [{ endDate: null }, { endDate: { gte: today } }] };
}

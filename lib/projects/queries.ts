// Reads of a customer's projects: the Projects tab's list and one project for its edit form.
import { AppError } from "../app-error";
import { getDb } from "../db/client";
import { projectStatusWhere, type ProjectStatus } from "./status";

const PROJECT_COLUMNS = { id: true, customerId: true, name: true, startDate: true, endDate: true, billedMinor: true, paidMinor: true, currency: true } as const;

export type ProjectRow = { id: number; customerId: number; name: string; startDate: Date; endDate: Date | null; billedMinor: bigint; paidMinor: bigint; currency: string };

/** Newest start first; the status filter is SQL (projectStatusWhere), not a filter after the fact. */
export async function listCustomerProjects(customerId: number, options: { status?: ProjectStatus; now?: Date } = {}): Promise<ProjectRow[]> {
  const statusWhere = options.status ? projectStatusWhere(options.status, options.now ?? new Date()) : {};
  return getDb().project.findMany({
    where: { customerId, ...statusWhere },
    orderBy: [{ startDate: "desc" }, { id: "desc" }],
    select: PROJECT_COLUMNS,
  });
}

/** A project of another customer is "not found" from this customer's URL. */
export async function getCustomerProjectOrThrow(customerId: number, projectId: number): Promise<ProjectRow> {
  const project = await getDb().project.findUnique({ where: { id: projectId }, select: PROJECT_COLUMNS });
  if (!project || project.customerId !== customerId) throw new AppError("NOT_FOUND", `Project ${projectId} does not exist`);
  return project;
}

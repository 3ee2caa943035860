/** The audit log's names for the fields a project row records (lib/projects/mutations.ts). */
export const PROJECT_FIELD_LABELS: Record<string, string> = {
  project: "Project",
  startDate: "Start Date",
  endDate: "End Date",
  billed: "Billed",
  paid: "Paid",
  currency: "Currency",
};

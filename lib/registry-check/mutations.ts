// Writes started from the customer page: check one customer now, and take the registry's name
// and address. Both go through the same code as the daily run and the customer edit, so they
// are audited the same way.
import { AppError } from "../app-error";
import type { AuditActor } from "../audit/write-audit-log";
import { getDb } from "../db/client";
import { updateCustomer } from "../customers/mutations";
import { customerUpdateSchema } from "../customers/schema";
import { normalizeOrganisationNumber } from "../registry/organisation-number";
import { registryDifferences } from "./differences";
import { runRegistryCheck, type CheckSummary } from "./run-check";
import { createRegistryStatusSource } from "./source";
import { registryStatusLabel } from "./status-label";
import type { RegistryStatusSource } from "./types";

/** A click waits for the answer: a shorter timeout and one retry, not the nightly run's patience. */
const interactiveSource = () => createRegistryStatusSource({ timeoutMs: 4_000, maxAttempts: 2, backoffMs: 500 });

export type CheckNowResult = { tone: "ok" | "error"; message: string };

export async function checkCustomerRegistryNow(actor: AuditActor, customerId: number, source: RegistryStatusSource = interactiveSource()): Promise<CheckNowResult> {
  const exists = await getDb().customer.findUnique({ where: { id: customerId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
  const summary: CheckSummary = await runRegistryCheck(getDb(), source, { customerId, actor, limit: 1 });
  if (summary.skips[0]) return { tone: "error", message: `Not checked: ${summary.skips[0].reason}.` };
  if (summary.failures[0]) return { tone: "error", message: `The check failed: ${summary.failures[0].reason}. The earlier answer is kept.` };
  const row = await getDb().customerRegistryCheck.findUnique({ where: { customerId } });
  return { tone: "ok", message: `Checked: ${registryStatusLabel(row)}${summary.changed > 0 ? " (changed)" : ""}.` };
}

/** Copies the registry's name and address fields that differ from ours, as one audited edit.
 * Only what the server stored from the registry is taken; nothing comes from the form. */
export async function takeRegistryValues(actor: AuditActor, customerId: number): Promise<{ fields: string[] }> {
  const customer = await getDb().customer.findUnique({
    where: { id: customerId },
    select: { name: true, organisationNumber: true, addressLine1: true, addressLine2: true, postalCode: true, city: true, registryCheck: true },
  });
  if (!customer) throw new AppError("NOT_FOUND", `Customer ${customerId} does not exist`);
  const check = customer.registryCheck;
  if (!check || check.outcome !== "found" || check.organisationNumber !== normalizeOrganisationNumber(customer.organisationNumber ?? "")) {
    throw new AppError("CONFLICT", "There is no registry answer for this customer's organisation number; check the registry first.");
  }
  const differences = registryDifferences(customer, check);
  if (differences.length === 0) throw new AppError("CONFLICT", "The name and address already match the registry.");
  const update = customerUpdateSchema.parse(Object.fromEntries(differences.map((difference) => [difference.field, difference.registry])));
  await updateCustomer(actor, customerId, update);
  return { fields: differences.map((difference) => difference.field) };
}

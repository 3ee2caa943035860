// Reads for the customer page's registry panel.
import { getDb } from "../db/client";
import { normalizeOrganisationNumber } from "../registry/organisation-number";
import { registryDifferences, type RegistryDifference } from "./differences";
import { registryStatusLabel } from "./status-label";

export type RegistryPanel = {
  organisationNumber: string | null;
  /** The stored check; null when this customer was never checked. */
  check: {
    status: string;
    outcome: string | null;
    finding: boolean;
    organisationNumber: string;
    /** The check was for another number than the customer has now (it was edited since). */
    forOtherNumber: boolean;
    registryName: string | null;
    registryChangedOn: string | null;
    answeredAt: Date | null;
    checkedAt: Date;
    lastError: string | null;
    lastErrorAt: Date | null;
  } | null;
  differences: RegistryDifference[];
};

type CustomerFields = {
  id: number;
  name: string;
  organisationNumber: string | null;
  addressLine1: string | null;
  addressLine2: string | null;
  postalCode: string | null;
  city: string | null;
};

export async function getRegistryPanel(customer: CustomerFields): Promise<RegistryPanel> {
  const row = await getDb().customerRegistryCheck.findUnique({ where: { customerId: customer.id } });
  if (!row) return { organisationNumber: customer.organisationNumber, check: null, differences: [] };
  const current = normalizeOrganisationNumber(customer.organisationNumber ?? "");
  const forOtherNumber = current !== row.organisationNumber;
  return {
    organisationNumber: customer.organisationNumber,
    check: {
      status: registryStatusLabel(row),
      outcome: row.outcome,
      finding: row.bankrupt || row.underLiquidation || row.forcedLiquidation || row.removed,
      organisationNumber: row.organisationNumber,
      forOtherNumber,
      registryName: row.registryName,
      registryChangedOn: row.registryChangedOn,
      answeredAt: row.answeredAt,
      checkedAt: row.checkedAt,
      lastError: row.lastError,
      lastErrorAt: row.lastErrorAt,
    },
    differences: forOtherNumber || row.outcome !== "found" ? [] : registryDifferences(customer, row),
  };
}

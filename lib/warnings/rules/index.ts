// Every warning rule, in the order the banner, the list filter and /warnings list them (critical
// first). One rule per file; a rule's id is stored in CustomerWarning.rule, so never rename one.
import type { WarningRule } from "../types";
import { contractAutoInvoicingOff } from "./contract-auto-invoicing-off";
import { contractExpiredWhilePaying } from "./contract-expired-while-paying";
import { overlappingContracts } from "./overlapping-contracts";
import { payingWithoutBillingEmail } from "./paying-without-billing-email";
import { payingWithoutContract } from "./paying-without-contract";
import { registryBankrupt } from "./registry-bankrupt";
import { registryDeleted } from "./registry-deleted";
import { registryDissolving } from "./registry-dissolving";
import { scannerNotSeen30Days } from "./scanner-not-seen-30-days";
import { trialPastEnd } from "./trial-past-end";

export const WARNING_RULES: readonly WarningRule[] = [
  payingWithoutContract,
  contractExpiredWhilePaying,
  registryBankrupt,
  registryDissolving,
  registryDeleted,
  payingWithoutBillingEmail,
  trialPastEnd,
  scannerNotSeen30Days,
  contractAutoInvoicingOff,
  overlappingContracts,
];

export const WARNING_RULE_IDS = WARNING_RULES.map((rule) => rule.id);

export function findWarningRule(id: string): WarningRule | undefined {
  return WARNING_RULES.find((rule) => rule.id === id);
}

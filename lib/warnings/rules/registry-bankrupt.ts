// Rule `registry_bankrupt`: the company registry (Brønnøysund) reports the customer bankrupt
// (konkurs) at its last answered check. Critical: the next invoice may never be paid. Churned
// customers are left out (registry-finding.ts).
import { registryFindingApplies } from "../registry-finding";
import type { WarningRule } from "../types";

export const registryBankrupt: WarningRule = {
  id: "registry_bankrupt",
  message: "bankrupt according to the company registry",
  severity: "critical",
  applies: (subject) => registryFindingApplies(subject)?.bankrupt === true,
};

// Rule `registry_deleted`: the company registry has deleted the customer's company (a slettedato,
// or HTTP 410 for its number) at its last answered check: it no longer exists as a company.
// Critical. Churned customers are left out. A number the registry never knew (404) is not this.
import { registryFindingApplies } from "../registry-finding";
import type { WarningRule } from "../types";

export const registryDeleted: WarningRule = {
  id: "registry_deleted",
  message: "deleted from the company registry",
  severity: "critical",
  applies: (subject) => registryFindingApplies(subject)?.removed === true,
};

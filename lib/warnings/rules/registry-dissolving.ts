// Rule `registry_dissolving`: the company registry reports the customer being dissolved (under
// avvikling) or under forced liquidation or dissolution (tvangsavvikling / tvangsoppløsning) at its
// last answered check. Critical: the company is winding up. Churned customers are left out.
import { registryFindingApplies } from "../registry-finding";
import type { WarningRule } from "../types";

export const registryDissolving: WarningRule = {
  id: "registry_dissolving",
  message: "being dissolved according to the company registry",
  severity: "critical",
  applies: (subject) => {
    const registry = registryFindingApplies(subject);
    return registry !== null && (registry.underLiquidation || registry.forcedLiquidation);
  },
};

// Rule `overlapping_contracts`: two or more contracts of the same type are active today, so the
// same usage would be invoiced twice (the invoice preview bills the shared days once and says so).
// Contracts of different types, ended ones and ones not started yet do not count.
import { isContractActive } from "../contract-activity";
import type { WarningRule } from "../types";

export const overlappingContracts: WarningRule = {
  id: "overlapping_contracts",
  message: "overlapping active contracts of the same type",
  severity: "warning",
  applies: (subject, now) => {
    const activeTypes = subject.contracts.filter((contract) => isContractActive(contract, now)).map((contract) => contract.type);
    return new Set(activeTypes).size < activeTypes.length;
  },
};

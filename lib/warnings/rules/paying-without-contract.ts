import { isContractActive } from "../contract-activity";
import type { WarningRule } from "../types";

export const payingWithoutContract: WarningRule = {
  id: "paying_without_contract",
  message: "paying without contract",
  severity: "critical",
  applies: (subject, now) =>
    subject.status === "paying" && !subject.contracts.some((contract) => isContractActive(contract, now)),
};
